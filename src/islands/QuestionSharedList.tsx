/**
 * A list that arrived in a link (#q=…). Shows it, as plain text only, and asks before it touches
 * the person's own list: add to it, replace it, or just look (and print). A link that cannot be
 * read gets a plain message, and the saved list is left as it was.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { ToolStrings } from '@/i18n';
import { resolveItems, type BankQuestion } from '@/lib/questions/question-bank';
import type { QuestionListState } from '@/lib/questions/question-list';
import { shareErrorMessage, type DecodeResult } from '@/lib/questions/share-code';
import { Button, ButtonRow } from './ui/Button';

interface Props {
  result: DecodeResult;
  bankById: ReadonlyMap<string, BankQuestion>;
  ownCount: number;
  onImport: (state: QuestionListState, mode: 'merge' | 'replace') => void;
  onPrint: (state: QuestionListState) => void;
  onClose: () => void;
  t: ToolStrings['questions'];
}

/** The panel's heading, which takes focus when a list arrives; its size depends on what arrived. */
function SharedHeading({
  text,
  className,
  headingRef,
}: {
  text: string;
  className: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <h2
      id="shared-heading"
      ref={headingRef}
      tabIndex={-1}
      className={`${className} font-bold focus:shadow-none focus:outline-none`}
    >
      {text}
    </h2>
  );
}

export default function QuestionSharedList({ result, bankById, ownCount, onImport, onPrint, onClose, t }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus here on arrival, so keyboard and screen reader users meet the question first.
  useEffect(() => headingRef.current?.focus(), [result]);
  const close = (
    <Button onClick={onClose} className="mt-3">
      {t.closeMessage}
    </Button>
  );
  if (!result.ok) {
    return (
      <section
        aria-labelledby="shared-heading"
        className="rounded border-l-8 border-y-2 border-r-2 border-emergency bg-emergency-soft p-4"
        data-shared-error={result.error}
      >
        <SharedHeading headingRef={headingRef} text={t.sharedCouldNotOpen} className="text-xl" />
        <p className="mt-2">{shareErrorMessage(result.error, t.shareErrors)}</p>
        <p className="mt-2">{t.ownUnchanged}</p>
        {close}
      </section>
    );
  }

  const items = resolveItems(result.state.items, bankById);
  const count = items.length;
  const unknown = result.unknownIds.length;
  return (
    <section
      aria-labelledby="shared-heading"
      className="rounded border-2 border-brand bg-brand-soft p-5"
      data-shared-list
    >
      <SharedHeading headingRef={headingRef} text={t.sharedHeading} className="text-2xl" />
      <p className="mt-2">{t.sharedCount(count)}</p>
      {unknown > 0 && (
        <p className="mt-2 font-bold" data-shared-unknown>
          {t.sharedUnknown(unknown)}
        </p>
      )}
      {result.dropped > 0 && <p className="mt-2 font-bold">{t.sharedDropped(result.dropped)}</p>}
      {count > 0 && (
        <ol className="mt-3 list-decimal space-y-1 pl-6" data-shared-items>
          {items.map(({ item, text }) => (
            <li key={item.id} className="break-words">
              <span dir={item.kind === 'custom' ? 'auto' : undefined}>{text}</span>
              {item.important && <span className="font-bold">{t.mostImportantTag}</span>}
            </li>
          ))}
        </ol>
      )}
      {count > 0 && (
        <>
          <p className="mt-4 font-bold">{t.whatToDo}</p>
          <ButtonRow className="mt-2 gap-2">
            {ownCount > 0 ? (
              <>
                <Button variant="primary" onClick={() => onImport(result.state, 'merge')}>
                  {t.addThese}
                </Button>
                <Button onClick={() => onImport(result.state, 'replace')}>{t.replaceWithThese}</Button>
              </>
            ) : (
              <Button variant="primary" onClick={() => onImport(result.state, 'replace')}>
                {t.saveAsMine}
              </Button>
            )}
            <Button onClick={() => onPrint(result.state)}>{t.printThis}</Button>
            <Button onClick={onClose}>{t.closeWithoutSaving}</Button>
          </ButtonRow>
          {ownCount > 0 && <p className="mt-2 text-sm">{t.ownCountNote(ownCount)}</p>}
        </>
      )}
      {count === 0 && close}
    </section>
  );
}
