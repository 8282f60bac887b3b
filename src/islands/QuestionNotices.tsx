/**
 * Messages about keeping the list: storage blocked or full, a saved list that could not be read
 * (with its kept copy, which the person can look at or delete), and questions this version of the
 * site does not know.
 */
import { useState } from 'react';
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
}

const box = 'rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';
const button = 'min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';

const keptKeys = () => listKeptCopies(browserStorage(), questionRecord.id).map((copy) => copy.key);

export default function QuestionNotices({ storage, list, bankById }: Props) {
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
    setShown(values.map((value) => value ?? '(We could not read it.)'));
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
          <p className="font-bold">
            {storage.save === 'full'
              ? 'Your browser’s storage is full, so your list is not being saved.'
              : 'Your browser is not letting this site save your list.'}
          </p>
          <p className="mt-1">
            You can still build, print and share your list now, but it will be gone when you close this page. To keep
            it, copy the link to your list below and save it, or print it.
          </p>
        </div>
      )}
      {showKept && (
        <div className={box} role={unreadableNow ? 'alert' : 'status'} data-storage-notice={unreadableNow ? storage.load : 'kept'}>
          <p className="font-bold">
            {storage.load === 'repaired'
              ? 'Some questions in the list saved in this browser could not be read, so we left them out.'
              : storage.load === 'corrupt'
                ? 'We could not read the list saved in this browser, so we started a new one.'
                : 'Earlier, a list saved in this browser could not be read, so a new one was started.'}
          </p>
          <p className="mt-1">
            {storage.locked
              ? 'There is no room to keep a copy of the old data, so we will not save over it until you choose.'
              : 'Nothing was thrown away: we kept a copy of the old saved data in this browser.'}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className={button} onClick={show}>
              Show the old data
            </button>
            {storage.locked ? (
              <button type="button" className={button} onClick={() => unlockQuestionStorage()}>
                Start saving my new list
              </button>
            ) : (
              <button type="button" className={button} onClick={removeCopies}>
                {keptCopies.length > 1 ? 'Delete the copies' : 'Delete the copy'}
              </button>
            )}
            <button type="button" className={button} onClick={() => setDismissed(true)}>
              Hide this message
            </button>
          </div>
          {shown?.map((value, i) => (
            <pre
              key={i}
              tabIndex={0}
              aria-label="The old saved data"
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
          <p>
            {unknown === 1 ? '1 question' : `${unknown} questions`} in your list came from another version of this site.
            We cannot show {unknown === 1 ? 'its' : 'their'} words, so {unknown === 1 ? 'it' : 'they'} will not print. You can
            remove {unknown === 1 ? 'it' : 'them'} from your list.
          </p>
        </div>
      )}
    </>
  );
}
