/**
 * "Print or share your list": print, download as text, email, a share link to copy, and
 * "Clear my list" (asks first in a dialog, then offers undo).
 */
import { useMemo, useRef, useState } from 'react';
import { setQuestionList } from '@/stores/question-list';
import { itemsForOutput, type BankQuestion } from '@/lib/questions/question-bank';
import { EMPTY_LIST, type QuestionListState } from '@/lib/questions/question-list';
import { fileDate, listAsText, mailtoHref, PRINT_TEXT } from '@/lib/questions/list-output';
import { shareUrl } from '@/lib/questions/share-code';
import type { Announce, UndoOffer } from './QuestionBuilder';

interface Props {
  list: QuestionListState;
  bankById: ReadonlyMap<string, BankQuestion>;
  pageAddress: string;
  siteName: string;
  announce: Announce;
  offerUndo: (offer: UndoOffer | null) => void;
  onPrint: () => void;
}

const primary = 'min-h-11 rounded bg-brand px-4 font-bold text-on-brand';
const secondary =
  'inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand no-underline visited:text-brand';

export default function QuestionOutputActions({ list, bankById, pageAddress, siteName, announce, offerUndo, onPrint }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  const link = useMemo(() => shareUrl(pageAddress, list), [pageAddress, list]);
  const text = useMemo(
    () =>
      listAsText({
        items: itemsForOutput(list, bankById),
        date: new Date(),
        shareLink: link,
        siteUrl: new URL(pageAddress).origin,
        siteName,
      }),
    [list, bankById, link, pageAddress, siteName],
  );
  const count = list.items.length;

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `my-questions-${fileDate(new Date())}.txt`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // Give the browser a moment to start the download before the address is released.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce('Your list was saved as a text file in your downloads.');
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyMessage('Link copied. Paste it into a message or a note to keep it.');
    } catch {
      setCopyMessage('We could not copy the link. Select the link above and copy it yourself.');
    }
  };

  const clear = () => {
    const before = list;
    dialogRef.current?.close();
    setQuestionList(EMPTY_LIST);
    offerUndo({ message: `Your list was cleared (${before.items.length} questions).`, previous: before });
    announce('Your list was cleared. You can undo this.');
    document.getElementById('your-list-heading')?.focus();
  };

  if (count === 0) {
    return (
      <section aria-labelledby="output-heading" data-question-output>
        <h2 id="output-heading" className="text-2xl font-bold">
          Print or share your list
        </h2>
        <p className="mt-2">Add some questions first. Then you can print them, save them or send them.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="output-heading" data-question-output>
      <h2 id="output-heading" className="text-2xl font-bold">
        Print or share your list
      </h2>
      <p className="mt-2">
        The printed page has space to write answers, and a few questions to ask yourself before you decide.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={primary} onClick={onPrint}>
          Print my questions
        </button>
        <button type="button" className={secondary} onClick={download}>
          Download as text
        </button>
        <a className={secondary} href={mailtoHref(PRINT_TEXT.title, text)}>
          Email my questions
        </a>
      </div>

      <div className="mt-6">
        <label htmlFor="share-link" className="font-bold">
          Link to your list
        </label>
        <p id="share-link-hint" className="text-sm text-muted">
          The questions are inside the link itself, so they are not stored on our site. Anyone you send it to can see
          them.
        </p>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="share-link"
            type="text"
            readOnly
            value={link}
            aria-describedby="share-link-hint"
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-11 min-w-0 flex-1 rounded border-2 border-line bg-paper px-2 text-ink"
            data-share-link
          />
          <button type="button" className={secondary} onClick={copy}>
            Copy link
          </button>
        </div>
        <p role="status" className="mt-1 text-sm">
          {copyMessage}
        </p>
      </div>

      <div className="mt-6">
        <button
          type="button"
          ref={clearRef}
          className="min-h-11 rounded border-2 border-emergency bg-paper px-4 font-bold text-emergency"
          onClick={() => dialogRef.current?.showModal()}
        >
          Clear my list
        </button>
      </div>

      <dialog
        ref={dialogRef}
        aria-labelledby="clear-heading"
        aria-describedby="clear-text"
        onClose={() => clearRef.current?.isConnected && document.activeElement === document.body && clearRef.current.focus()}
        className="m-auto max-w-md rounded border-4 border-brand bg-paper p-6 text-ink backdrop:bg-black/60"
        data-clear-dialog
      >
        <h2 id="clear-heading" className="text-xl font-bold">
          Clear your list?
        </h2>
        <p id="clear-text" className="mt-2">
          This removes all {count} question{count === 1 ? '' : 's'} from this browser. You can undo it right after.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          {/* A confirm dialog focuses its safe choice first (WAI-ARIA dialog pattern). */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
          <button type="button" className={secondary} autoFocus onClick={() => dialogRef.current?.close()}>
            No, keep my list
          </button>
          <button type="button" className="min-h-11 rounded bg-emergency px-4 font-bold text-paper" onClick={clear}>
            Yes, clear my list
          </button>
        </div>
      </dialog>
    </section>
  );
}
