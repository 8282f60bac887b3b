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
import { Button, ButtonRow, LINK_BUTTON } from './ui/Button';
import { CheckboxField, Field } from './ui/Field';
import { Section } from './ui/Section';
import { usePageAddress } from './ui/hydration';

interface Props {
  list: QuestionListState;
  bankById: ReadonlyMap<string, BankQuestion>;
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

export default function QuestionOutputActions({
  list,
  bankById,
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
  const count = list.items.length;
  const pageAddress = usePageAddress();
  const link = useMemo(() => (pageAddress ? shareUrl(pageAddress, list) : ''), [pageAddress, list]);
  // The list as text (download and email), only once there is a list to send.
  const text = useMemo(
    () =>
      count > 0 && pageAddress
        ? listAsText({
            items: itemsForOutput(list, bankById),
            date: new Date(),
            shareLink: link,
            siteUrl: new URL(pageAddress).origin,
            siteName,
            words: { print: t.print, sure },
            lang,
          })
        : '',
    [count, list, bankById, link, pageAddress, siteName, t, sure, lang],
  );

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

  return (
    <Section headingId="output-heading" heading={t.outputHeading} data-question-output>
      {count === 0 ? <p className="mt-2">{t.addFirst}</p> : <p className="mt-2">{t.outputIntro}</p>}
      {count > 0 && bilingual.available && (
        <div className="mt-3 flex items-start gap-3">
          <CheckboxField
            id={bilingualId}
            label={t.printBilingual}
            hint={t.printBilingualHint}
            checked={bilingual.on}
            onChange={bilingual.set}
            data={{ 'data-print-bilingual': true }}
          />
        </div>
      )}
      {count > 0 && (
        <>
          <ButtonRow className="mt-3 gap-2">
            <Button variant="primary" onClick={onPrint}>
              {t.printButton}
            </Button>
            <Button onClick={download}>{t.downloadText}</Button>
            <a className={LINK_BUTTON} href={mailtoHref(t.print.title, text)}>
              {t.email}
            </a>
          </ButtonRow>

          <Field className="mt-6" id="share-link" label={t.linkLabel} hint={t.linkHint}>
            {(control) => (
              <>
                <div className="mt-1 flex flex-wrap gap-2">
                  <input
                    {...control}
                    type="text"
                    readOnly
                    value={link}
                    onFocus={(event) => event.currentTarget.select()}
                    className="min-h-11 min-w-0 flex-1 rounded border-2 border-line bg-paper px-2 text-ink"
                    data-share-link
                  />
                  <Button onClick={copy}>{t.copyLink}</Button>
                </div>
                <p role="status" className="mt-1 text-sm">
                  {copyMessage}
                </p>
              </>
            )}
          </Field>

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
            <ButtonRow className="mt-4 gap-2">
              {/* A confirm dialog focuses its safe choice first (WAI-ARIA dialog pattern). */}
              {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
              <Button autoFocus onClick={() => dialogRef.current?.close()}>
                {t.keepList}
              </Button>
              <button
                type="button"
                className="min-h-11 rounded border-2 border-emergency bg-emergency px-4 font-bold text-paper"
                onClick={clear}
              >
                {t.yesClear}
              </button>
            </ButtonRow>
          </dialog>
        </>
      )}
    </Section>
  );
}
