/**
 * "What this site keeps on this device": lists every record and kept copy in plain words, downloads
 * them all as one backup file, restores from one (shows what would change and asks first), and
 * deletes everything with one button (after asking). All the rules live in src/lib/storage/; this
 * island only shows them and passes on the person's choices.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ToolStrings } from '@/i18n';
import { formatDateTime, listInWords } from '@/lib/i18n/intl';
import type { Lang } from '@/lib/i18n/lang';
import {
  applyRestore,
  BACKUP_MAX_CHARS,
  backupFileName,
  backupText,
  buildBackup,
  parseBackup,
  planRestore,
  restoreChangesNothing,
  type RestorePlan,
} from '@/lib/storage/backup';
import { deleteAllSiteData, deleteKeptCopy, probeStorage, readKeptCopy, type SaveStatus } from '@/lib/storage/records';
import { describeSiteData, keepsNothing, type SiteData } from '@/lib/storage/site-data';
import type { RecordFacts } from '@/lib/storage/record-kind';
import { browserStorage, RECORD_WRITTEN_EVENT } from '@/lib/storage/stored-value';
import { Button, ButtonRow } from './ui/Button';
import { Field } from './ui/Field';
import { Notice, NOTICE_BOX } from './ui/Notice';
import { Section } from './ui/Section';
import KeptList from './my-data/KeptList';
import RestorePlanView from './my-data/RestorePlanView';
import type { RecordWords } from './my-data/record-words';

export interface Props {
  lang: Lang;
  strings: ToolStrings['myData'];
  /** What each record is called and holds (by record id). */
  records: ToolStrings['records'];
}

/** Tells islands on this page that records changed under them (the storage event reaches other tabs only). */
function announceWrites(keys: string[]): void {
  for (const key of keys) window.dispatchEvent(new CustomEvent(RECORD_WRITTEN_EVENT, { detail: { key } }));
}

export default function SiteDataManager({ lang, strings: t, records }: Props) {
  const when = (ms: number) => formatDateTime(ms, lang);
  const recordWords = (id: string): RecordWords | undefined => (records as Record<string, RecordWords | undefined>)[id];
  const recordLabel = (id: string) => recordWords(id)?.label ?? t.unknownRecord;
  const storage = browserStorage();
  const [data, setData] = useState<SiteData>(() => describeSiteData(storage));
  const [access] = useState<SaveStatus>(() => probeStorage(storage));
  const [shown, setShown] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const deleteHeading = useRef<HTMLHeadingElement>(null);
  const refresh = useCallback(() => setData(describeSiteData(browserStorage())), []);

  // Another tab changed something: show it.
  useEffect(() => {
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [refresh]);
  useEffect(() => {
    if (plan) planHeading.current?.focus();
  }, [plan]);
  useEffect(() => {
    if (confirmDelete) deleteHeading.current?.focus();
  }, [confirmDelete]);

  const say = (text: string, problem = false) => setMessage({ text, problem });

  const download = () => {
    const text = backupText(buildBackup(browserStorage()));
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = backupFileName();
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(t.backupDownloading);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setPlan(null);
    if (!file) return;
    // Check the size before reading, so a huge file is never loaded into the page.
    if (file.size > BACKUP_MAX_CHARS * 4) {
      say(t.fileTooBig, true);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(t.fileUnopenable, true);
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      say(
        parsed.problem === 'too-big' ? t.fileTooBig : parsed.problem === 'newer-version' ? t.newerBackup : t.notABackup,
        true,
      );
      return;
    }
    const next = planRestore(browserStorage(), parsed);
    if (restoreChangesNothing(next)) {
      say(`${t.alreadyHere}${next.skipped.length ? t.someUnreadableInFile : ''}`);
      return;
    }
    setMessage(null);
    setPlan(next);
  };

  const restore = () => {
    if (!plan) return;
    const failed = applyRestore(browserStorage(), plan);
    announceWrites(plan.changes.map((change) => change.kind.key));
    setPlan(null);
    refresh();
    const failedNames = failed.map((id) => (id === 'kept-copy' ? t.aKeptCopy : recordLabel(id)));
    if (failed.length) say(t.restoreFailed(listInWords(failedNames, lang)), true);
    else say(t.restored);
    fileInput.current?.focus();
  };

  const deleteAll = () => {
    const target = browserStorage();
    setConfirmDelete(false);
    if (!target) {
      say(t.deleteBlocked, true);
      return;
    }
    const failed = deleteAllSiteData(target);
    announceWrites(data.records.map((record) => record.kind.key));
    setShown({});
    refresh();
    if (failed.length) say(t.deletePartly, true);
    else say(t.deleted);
  };

  const toggleCopy = (key: string) =>
    setShown((old) => {
      if (key in old) {
        const { [key]: _gone, ...rest } = old;
        return rest;
      }
      return { ...old, [key]: readKeptCopy(browserStorage(), key) ?? t.copyUnreadable };
    });

  const removeCopy = (key: string) => {
    if (deleteKeptCopy(browserStorage(), key)) say(t.copyDeleted);
    else say(t.copyNotDeleted, true);
    refresh();
  };

  const nothing = keepsNothing(data);
  const summaryOf = (id: string, facts: RecordFacts) => recordWords(id)?.summary(facts) ?? '';

  return (
    <div className="space-y-8" data-site-data>
      {access !== 'ok' && (
        <Notice role="alert" title={access === 'full' ? t.storageFull : t.storageBlocked} data-storage-notice={access}>
          <p className="mt-1">{t.storageWhy}</p>
        </Notice>
      )}

      <Section headingId="kept-now" heading={t.keptNowHeading}>
        {nothing ? (
          <p className="mt-3" data-keeps-nothing>
            {t.keepsNothing}
          </p>
        ) : (
          <KeptList
            data={data}
            shown={shown}
            onToggleCopy={toggleCopy}
            onDeleteCopy={removeCopy}
            recordLabel={recordLabel}
            recordWords={recordWords}
            when={when}
            lang={lang}
            t={t}
          />
        )}
      </Section>

      <p
        role="status"
        className={message?.problem ? `${NOTICE_BOX} font-bold` : message ? 'font-bold' : ''}
        data-site-data-message
      >
        {message?.text}
      </p>

      <Section headingId="backup" heading={t.backupHeading}>
        <p className="mt-2">{t.backupIntro}</p>
        <Button variant="primary" className="mt-3" onClick={download} data-download-backup>
          {t.downloadBackup}
        </Button>
      </Section>

      <Section headingId="restore" heading={t.restoreHeading}>
        <p className="mt-2">{t.restoreIntro}</p>
        <Field className="mt-3" id="restore-file" label={t.restoreFileLabel} labelClassName="block font-bold">
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              className="mt-1 block min-h-11 w-full max-w-md"
              onChange={chooseFile}
              disabled={access !== 'ok'}
              data-restore-file
            />
          )}
        </Field>
        {plan && (
          <RestorePlanView
            plan={plan}
            headingRef={planHeading}
            onRestore={restore}
            onCancel={() => {
              setPlan(null);
              say(t.nothingChanged);
              fileInput.current?.focus();
            }}
            recordLabel={recordLabel}
            recordWords={recordWords}
            summaryOf={summaryOf}
            t={t}
          />
        )}
      </Section>

      <Section headingId="delete-all" heading={t.deleteHeading}>
        <p className="mt-2">{t.deleteIntro}</p>
        {confirmDelete ? (
          <Notice className="mt-3" data-delete-confirm>
            <h3 ref={deleteHeading} tabIndex={-1} className="font-bold">
              {t.deleteConfirmHeading}
            </h3>
            <ButtonRow className="mt-3 gap-2">
              <Button variant="primary" onClick={deleteAll}>
                {t.deleteConfirm}
              </Button>
              <Button onClick={() => setConfirmDelete(false)}>{t.cancel}</Button>
            </ButtonRow>
          </Notice>
        ) : (
          <Button className="mt-3" onClick={() => setConfirmDelete(true)} data-delete-all>
            {t.deleteButton}
          </Button>
        )}
      </Section>
    </div>
  );
}
