/**
 * Messages about keeping the list: storage blocked or full, a saved list that could not be read
 * (with its kept copy, which the person can look at or delete), and questions this version of the
 * site does not know.
 */
import { useState } from 'react';
import type { ToolStrings } from '@/i18n';
import { questionStore, unlockQuestionStorage, type QuestionStorageState } from '@/stores/question-list';
import { questionRecord } from '@/lib/questions/question-record';
import { deleteKeptCopy, listKeptCopies, readKeptCopy } from '@/lib/storage/records';
import { browserStorage, readKey } from '@/lib/storage/stored-value';
import type { BankQuestion } from '@/lib/questions/question-bank';
import type { QuestionListState } from '@/lib/questions/question-list';
import { Button, ButtonRow } from './ui/Button';
import { KeptValue } from './ui/KeptValue';
import { Notice } from './ui/Notice';
import { useBrowserState } from './ui/hydration';

interface Props {
  storage: QuestionStorageState;
  list: QuestionListState;
  bankById: ReadonlyMap<string, BankQuestion>;
  t: ToolStrings['questions']['notices'];
}

const keptKeys = () => listKeptCopies(browserStorage(), questionRecord.id).map((copy) => copy.key);

export default function QuestionNotices({ storage, list, bankById, t }: Props) {
  // Copies may come from this visit (the store) or from a topic page (its small script). They are
  // in this browser's storage, so the server renders none and they show once hydrated.
  const [keptCopies, setKeptCopies] = useBrowserState(keptKeys, []);
  const [shown, setShown] = useState<string[] | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const unknown = list.items.filter((item) => item.kind === 'bank' && !bankById.has(item.id)).length;
  const unreadableNow = storage.load === 'corrupt' || storage.load === 'repaired';
  const showKept = !dismissed && (unreadableNow || keptCopies.length > 0);

  const show = () => {
    const values = storage.locked
      ? [readKey(browserStorage(), questionRecord.key)]
      : keptCopies.map((key) => readKeptCopy(browserStorage(), key));
    setShown(values.map((value) => value ?? t.unreadable));
  };
  const removeCopies = () => {
    for (const key of keptCopies) deleteKeptCopy(browserStorage(), key);
    const left = keptKeys();
    setKeptCopies(left);
    setShown(null);
    if (left.length === 0) questionStore.dismissUnreadable();
  };

  return (
    <>
      {storage.save !== 'ok' && (
        <Notice role="status" title={storage.save === 'full' ? t.full : t.blocked} data-storage-notice={storage.save}>
          <p className="mt-1">{t.stillWorks}</p>
        </Notice>
      )}
      {showKept && (
        <Notice
          role={unreadableNow ? 'alert' : 'status'}
          title={storage.load === 'repaired' ? t.repaired : storage.load === 'corrupt' ? t.corrupt : t.earlier}
          data-storage-notice={unreadableNow ? storage.load : 'kept'}
        >
          <p className="mt-1">{storage.locked ? t.locked : t.kept}</p>
          <ButtonRow className="mt-3 gap-2">
            <Button onClick={show}>{t.showOld}</Button>
            {storage.locked ? (
              <Button onClick={() => unlockQuestionStorage()}>{t.unlock}</Button>
            ) : (
              <Button onClick={removeCopies}>{keptCopies.length > 1 ? t.deleteCopies : t.deleteCopy}</Button>
            )}
            <Button onClick={() => setDismissed(true)}>{t.hide}</Button>
          </ButtonRow>
          {shown?.map((value, i) => (
            <KeptValue key={i} value={value} label={t.oldDataLabel} />
          ))}
        </Notice>
      )}
      {unknown > 0 && (
        <Notice role="status" data-unknown-notice>
          <p>{t.unknown(unknown)}</p>
        </Notice>
      )}
    </>
  );
}
