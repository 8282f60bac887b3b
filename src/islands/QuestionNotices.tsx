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

interface Props {
  storage: QuestionStorageState;
  list: QuestionListState;
  bankById: ReadonlyMap<string, BankQuestion>;
  t: ToolStrings['questions']['notices'];
}

const box = 'rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';
const button = 'min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';

const keptKeys = () => listKeptCopies(browserStorage(), questionRecord.id).map((copy) => copy.key);

export default function QuestionNotices({ storage, list, bankById, t }: Props) {
  // Copies may come from this visit (the store) or from a topic page (its small script).
  const [keptCopies, setKeptCopies] = useState(keptKeys);
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
        <div className={box} role="status" data-storage-notice={storage.save}>
          <p className="font-bold">{storage.save === 'full' ? t.full : t.blocked}</p>
          <p className="mt-1">{t.stillWorks}</p>
        </div>
      )}
      {showKept && (
        <div className={box} role={unreadableNow ? 'alert' : 'status'} data-storage-notice={unreadableNow ? storage.load : 'kept'}>
          <p className="font-bold">{storage.load === 'repaired' ? t.repaired : storage.load === 'corrupt' ? t.corrupt : t.earlier}</p>
          <p className="mt-1">{storage.locked ? t.locked : t.kept}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className={button} onClick={show}>
              {t.showOld}
            </button>
            {storage.locked ? (
              <button type="button" className={button} onClick={() => unlockQuestionStorage()}>
                {t.unlock}
              </button>
            ) : (
              <button type="button" className={button} onClick={removeCopies}>
                {keptCopies.length > 1 ? t.deleteCopies : t.deleteCopy}
              </button>
            )}
            <button type="button" className={button} onClick={() => setDismissed(true)}>
              {t.hide}
            </button>
          </div>
          {shown?.map((value, i) => (
            <pre
              key={i}
              tabIndex={0}
              aria-label={t.oldDataLabel}
              className="mt-3 max-h-60 overflow-auto whitespace-pre-wrap break-all rounded border border-line bg-paper p-2 text-sm"
              data-kept-value
            >
              {value.slice(0, 5000)}
            </pre>
          ))}
        </div>
      )}
      {unknown > 0 && (
        <div className={box} role="status" data-unknown-notice>
          <p>{t.unknown(unknown)}</p>
        </div>
      )}
    </>
  );
}
