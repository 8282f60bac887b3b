/**
 * "Print or share your list": print, download as text, email, a share link to copy, and
 * "Clear my list" (asks first in a dialog, then offers undo).
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { ToolStrings } from '@/i18n';
import type { Lang } from '@/lib/i18n/lang';
import type { SureWords } from '@/lib/decision/sure';
import { setQuestionList } from '@/stores/question-list';
import { itemsForOutput, type BankQuestion } from '@/lib/questions/question-bank';
import { EMPTY_LIST, type QuestionListState } from '@/lib/questions/question-list';
import { fileDate, listAsText, mailtoHref } from '@/lib/questions/list-output';
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
  lang: Lang;
  t: ToolStrings['questions'];
  sure: SureWords;
  /** Offer "print in Spanish and English" (pages in a language other than English), and whether it is on. */
  bilingual: { available: boolean; on: boolean; set: (on: boolean) => void };
}

const primary = 'min-h-11 rounded bg-brand px-4 font-bold text-on-brand';
const secondary =
  'inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand no-underline visited:text-brand';

export default function QuestionOutputActions({
  list,
  bankById,
  pageAddress,
  siteName,
  announce,
  offerUndo,
  onPrint,
  lang,
  t,
  sure,
  bilingual,
}: Props) {
  const bilingualId = useId();
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
        words: { print: t.print, sure },
        lang,
      }),
    [list, bankById, link, pageAddress, siteName, t, sure, lang],
  );
  const count = list.items.length;

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = t.fileName(fileDate(new Date()));
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // Give the browser a moment to start the download before the address is released.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce(t.downloaded);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyMessage(t.copied);
    } catch {
      setCopyMessage(t.copyFailed);
    }
  };

  const clear = () => {
    const before = list;
    dialogRef.current?.close();
    setQuestionList(EMPTY_LIST);
    offerUndo({ message: t.clearedUndo(before.items.length), previous: before });
    announce(t.clearedAnnounce);
    document.getElementById('your-list-heading')?.focus();
  };

  if (count === 0) {
    return (
      <section aria-labelledby="output-heading" data-question-output>
        <h2 id="output-heading" className="text-2xl font-bold">
          {t.outputHeading}
        </h2>
        <p className="mt-2">{t.addFirst}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="output-heading" data-question-output>
      <h2 id="output-heading" className="text-2xl font-bold">
        {t.outputHeading}
      </h2>
      <p className="mt-2">{t.outputIntro}</p>
      {bilingual.available && (
        <div className="mt-3 flex items-start gap-3">
          <input
            type="checkbox"
            id={bilingualId}
            checked={bilingual.on}
            onChange={(event) => bilingual.set(event.currentTarget.checked)}
            aria-describedby={`${bilingualId}-hint`}
            className="mt-1 size-6 shrink-0 accent-brand"
            data-print-bilingual
          />
          <div>
            <label htmlFor={bilingualId} className="font-bold">
              {t.printBilingual}
            </label>
            <p id={`${bilingualId}-hint`} className="text-sm text-muted">
              {t.printBilingualHint}
            </p>
          </div>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={primary} onClick={onPrint}>
          {t.printButton}
        </button>
        <button type="button" className={secondary} onClick={download}>
          {t.downloadText}
        </button>
        <a className={secondary} href={mailtoHref(t.print.title, text)}>
          {t.email}
        </a>
      </div>

      <div className="mt-6">
        <label htmlFor="share-link" className="font-bold">
          {t.linkLabel}
        </label>
        <p id="share-link-hint" className="text-sm text-muted">
          {t.linkHint}
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
            {t.copyLink}
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
          {t.clearList}
        </button>
      </div>

      <dialog
        ref={dialogRef}
        aria-labelledby="clear-heading"
        aria-describedby="clear-text"
        onClose={() =>
          clearRef.current?.isConnected && document.activeElement === document.body && clearRef.current.focus()
        }
        className="m-auto max-w-md rounded border-4 border-brand bg-paper p-6 text-ink backdrop:bg-black/60"
        data-clear-dialog
      >
        <h2 id="clear-heading" className="text-xl font-bold">
          {t.clearHeading}
        </h2>
        <p id="clear-text" className="mt-2">
          {t.clearText(count)}
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          {/* A confirm dialog focuses its safe choice first (WAI-ARIA dialog pattern). */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
          <button type="button" className={secondary} autoFocus onClick={() => dialogRef.current?.close()}>
            {t.keepList}
          </button>
          <button type="button" className="min-h-11 rounded bg-emergency px-4 font-bold text-paper" onClick={clear}>
            {t.yesClear}
          </button>
        </div>
      </dialog>
    </section>
  );
}
