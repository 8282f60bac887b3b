/**
 * "What this site keeps on this device": lists every record and kept copy in plain words, downloads
 * them all as one backup file, restores from one (shows what would change and asks first), and
 * deletes everything with one button (after asking). All the rules live in src/lib/storage/; this
 * island only shows them and passes on the person's choices.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
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
import { browserStorage, RECORD_WRITTEN_EVENT } from '@/lib/storage/stored-value';

const box = 'rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';
const button = 'min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';
const primary = 'min-h-11 rounded border-2 border-brand bg-brand px-4 font-bold text-on-brand';

const when = (ms: number) => new Date(ms).toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'short' });

/** Tells islands on this page that records changed under them (the storage event reaches other tabs only). */
function announceWrites(keys: string[]): void {
  for (const key of keys) window.dispatchEvent(new CustomEvent(RECORD_WRITTEN_EVENT, { detail: { key } }));
}

export default function SiteDataManager() {
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
    say('Your backup file is downloading. Keep it somewhere safe: anyone who opens it can read it.');
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setPlan(null);
    if (!file) return;
    // Check the size before reading, so a huge file is never loaded into the page.
    if (file.size > BACKUP_MAX_CHARS * 4) {
      say('This file is too big to be a backup from this site, so nothing was changed.', true);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say('We could not open this file, so nothing was changed.', true);
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      say(parsed.message, true);
      return;
    }
    const next = planRestore(browserStorage(), parsed);
    if (restoreChangesNothing(next)) {
      const skippedNote = next.skipped.length ? ' Some parts of the file could not be read.' : '';
      say(`Everything in this backup is already on this device, so nothing was changed.${skippedNote}`);
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
    if (failed.length) say(`We could not restore: ${failed.join(', ')}. Your browser may be full or blocking storage.`, true);
    else say('Restored from your backup file.');
    fileInput.current?.focus();
  };

  const deleteAll = () => {
    const target = browserStorage();
    setConfirmDelete(false);
    if (!target) {
      say('Your browser is not letting this site use its storage, so we could not delete anything. You can clear it in your browser settings.', true);
      return;
    }
    const failed = deleteAllSiteData(target);
    announceWrites(data.records.map((record) => record.kind.key));
    setShown({});
    refresh();
    if (failed.length) say('Some data could not be deleted. Your browser may be blocking storage. You can also clear it in your browser settings.', true);
    else say('Everything this site kept on this device has been deleted.');
  };

  const removeCopy = (key: string) => {
    if (deleteKeptCopy(browserStorage(), key)) say('The kept copy has been deleted.');
    else say('We could not delete the kept copy.', true);
    refresh();
  };

  const nothing = keepsNothing(data);

  return (
    <div className="space-y-8" data-site-data>
      {access !== 'ok' && (
        <div className={box} role="alert" data-storage-notice={access}>
          <p className="font-bold">
            {access === 'full'
              ? 'Your browser’s storage is full, so this site cannot save anything new on this device.'
              : 'Your browser is not letting this site keep anything on this device right now.'}
          </p>
          <p className="mt-1">
            This can happen in a private window or with some privacy settings. The site still works, but what you enter is
            forgotten when you close the page.
          </p>
        </div>
      )}

      <section aria-labelledby="kept-now">
        <h2 id="kept-now" className="text-2xl font-bold">
          What is kept now
        </h2>
        {nothing ? (
          <p className="mt-3" data-keeps-nothing>
            This site keeps nothing on this device right now.
          </p>
        ) : (
          <ul className="mt-3 space-y-3">
            {data.records.map((record) => (
              <li key={record.kind.id} className="rounded border-2 border-line p-3" data-record={record.kind.id}>
                <h3 className="font-bold">{record.kind.label}</h3>
                <p>{record.kind.description}</p>
                {record.summary === null ? (
                  <p className="mt-1 font-bold">We could not read this. Open its page and we will keep a copy and tell you more.</p>
                ) : (
                  <p className="mt-1">
                    <span data-record-summary>{record.summary}</span>
                    {record.dropped > 0 && '. Some parts could not be read'}.
                    {record.changedAt !== undefined && ` Last changed ${when(record.changedAt)}.`}
                  </p>
                )}
              </li>
            ))}
            {data.keptCopies.map((copy) => (
              <li key={copy.key} className="rounded border-2 border-urgent p-3" data-kept-copy={copy.key}>
                <h3 className="font-bold">A kept copy of {copy.recordLabel.replace(/^Your /, 'your ')}</h3>
                <p>
                  Saved data that this site could not read, kept on {when(copy.keptAt)} so that nothing was lost (
                  {copy.size.toLocaleString('en-US')} characters).
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <button
                    type="button"
                    className={button}
                    aria-expanded={copy.key in shown}
                    onClick={() =>
                      setShown((old) => {
                        if (copy.key in old) {
                          const { [copy.key]: _gone, ...rest } = old;
                          return rest;
                        }
                        return { ...old, [copy.key]: readKeptCopy(browserStorage(), copy.key) ?? '(We could not read it.)' };
                      })
                    }
                  >
                    {copy.key in shown ? 'Hide the copy' : 'Show the copy'}
                  </button>
                  <button type="button" className={button} onClick={() => removeCopy(copy.key)}>
                    Delete this copy
                  </button>
                </div>
                {copy.key in shown && (
                  <pre
                    tabIndex={0}
                    aria-label="The kept copy"
                    className="mt-3 max-h-60 overflow-auto whitespace-pre-wrap break-all rounded border border-line bg-paper p-2 text-sm"
                    data-kept-value
                  >
                    {shown[copy.key]!.slice(0, 5000)}
                  </pre>
                )}
              </li>
            ))}
            {data.otherKeys.length > 0 && (
              <li className="rounded border-2 border-line p-3" data-other-keys>
                <h3 className="font-bold">Other data from this site</h3>
                <p>
                  {data.otherKeys.length === 1 ? '1 item' : `${data.otherKeys.length} items`} saved by another version of this
                  site. This version cannot read {data.otherKeys.length === 1 ? 'it' : 'them'}. “Delete everything” removes{' '}
                  {data.otherKeys.length === 1 ? 'it' : 'them'} too.
                </p>
              </li>
            )}
          </ul>
        )}
      </section>

      <p role="status" className={message?.problem ? `${box} font-bold` : message ? 'font-bold' : ''} data-site-data-message>
        {message?.text}
      </p>

      <section aria-labelledby="backup">
        <h2 id="backup" className="text-2xl font-bold">
          Make a backup
        </h2>
        <p className="mt-2">
          Download everything above as one file. You can use it to move your data to another browser, or to get it back if
          this browser forgets it. The file stays on your device; it is not sent anywhere.
        </p>
        <button type="button" className={`${primary} mt-3`} onClick={download} data-download-backup>
          Download a backup file
        </button>
      </section>

      <section aria-labelledby="restore">
        <h2 id="restore" className="text-2xl font-bold">
          Restore from a backup file
        </h2>
        <p className="mt-2">
          Choose a backup file you downloaded from this site. We check it first and show you what would change. Nothing is
          changed until you say so.
        </p>
        <label htmlFor="restore-file" className="mt-3 block font-bold">
          Backup file
        </label>
        <input
          ref={fileInput}
          id="restore-file"
          type="file"
          accept=".json,application/json"
          className="mt-1 block min-h-11"
          onChange={chooseFile}
          disabled={access !== 'ok'}
          data-restore-file
        />
        {plan && (
          <div className="mt-4 rounded border-2 border-brand p-4" data-restore-plan>
            <h3 ref={planHeading} tabIndex={-1} className="text-xl font-bold">
              What restoring would change
            </h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {plan.changes.map((change) => (
                <li key={change.kind.id} data-restore-change={change.action}>
                  <strong>{change.kind.label}</strong>:{' '}
                  {change.action === 'same'
                    ? 'already the same here; no change.'
                    : change.action === 'add'
                      ? `will be added (${change.incoming}).`
                      : `what is here now (${change.current}) will be replaced by the file’s (${change.incoming}).`}
                  {change.dropped > 0 && ' Some parts of it in the file could not be read and will be left out.'}
                </li>
              ))}
              {plan.keptCopies.length > 0 && (
                <li>
                  {plan.keptCopies.length === 1 ? '1 kept copy' : `${plan.keptCopies.length} kept copies`} of data that could
                  not be read will be added.
                </li>
              )}
              {plan.skipped.map((skip, i) => (
                <li key={`skip-${i}`} data-restore-skip>
                  <strong>{skip.name}</strong> will not be restored: {skip.reason}
                </li>
              ))}
            </ul>
            <p className="mt-2">Data on this device that is not in the file stays as it is.</p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" className={primary} onClick={restore}>
                Restore these
              </button>
              <button
                type="button"
                className={button}
                onClick={() => {
                  setPlan(null);
                  say('Nothing was changed.');
                  fileInput.current?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="delete-all">
        <h2 id="delete-all" className="text-2xl font-bold">
          Delete everything
        </h2>
        <p className="mt-2">
          This removes everything this site keeps on this device: your question list, your decision aid answers, and every
          other record and kept copy listed above. It cannot be undone. If you may want it later, download a backup file
          first.
        </p>
        {confirmDelete ? (
          <div className={`${box} mt-3`} data-delete-confirm>
            <h3 ref={deleteHeading} tabIndex={-1} className="font-bold">
              Delete everything this site keeps on this device?
            </h3>
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" className={primary} onClick={deleteAll}>
                Yes, delete everything
              </button>
              <button type="button" className={button} onClick={() => setConfirmDelete(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={`${button} mt-3`} onClick={() => setConfirmDelete(true)} data-delete-all>
            Delete everything
          </button>
        )}
      </section>
    </div>
  );
}
