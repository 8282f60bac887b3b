/**
 * A list that arrived in a link (#q=…). Shows it, as plain text only, and asks before it touches
 * the person's own list: add to it, replace it, or just look (and print). A link that cannot be
 * read gets a plain message, and the saved list is left as it was.
 */
import { useEffect, useRef } from 'react';
import type { ToolStrings } from '@/i18n';
import { resolveItems, type BankQuestion } from '@/lib/questions/question-bank';
import type { QuestionListState } from '@/lib/questions/question-list';
import { shareErrorMessage, type DecodeResult } from '@/lib/questions/share-code';

interface Props {
  result: DecodeResult;
  bankById: ReadonlyMap<string, BankQuestion>;
  ownCount: number;
  onImport: (state: QuestionListState, mode: 'merge' | 'replace') => void;
  onPrint: (state: QuestionListState) => void;
  onClose: () => void;
  t: ToolStrings['questions'];
}

const primary = 'min-h-11 rounded bg-brand px-4 font-bold text-on-brand';
const secondary = 'min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';

export default function QuestionSharedList({ result, bankById, ownCount, onImport, onPrint, onClose, t }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus here on arrival, so keyboard and screen reader users meet the question first.
  useEffect(() => headingRef.current?.focus(), [result]);

  if (!result.ok) {
    return (
      <section aria-labelledby="shared-heading" className="rounded border-l-8 border-y-2 border-r-2 border-emergency bg-emergency-soft p-4" data-shared-error={result.error}>
        <h2 id="shared-heading" ref={headingRef} tabIndex={-1} className="text-xl font-bold focus:shadow-none focus:outline-none">
          {t.sharedCouldNotOpen}
        </h2>
        <p className="mt-2">{shareErrorMessage(result.error, t.shareErrors)}</p>
        <p className="mt-2">{t.ownUnchanged}</p>
        <button type="button" onClick={onClose} className={`mt-3 ${secondary}`}>
          {t.closeMessage}
        </button>
      </section>
    );
  }

  const items = resolveItems(result.state.items, bankById);
  const count = items.length;
  const unknown = result.unknownIds.length;
  return (
    <section aria-labelledby="shared-heading" className="rounded border-2 border-brand bg-brand-soft p-5" data-shared-list>
      <h2 id="shared-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:shadow-none focus:outline-none">
        {t.sharedHeading}
      </h2>
      <p className="mt-2">{t.sharedCount(count)}</p>
      {unknown > 0 && (
        <p className="mt-2 font-bold" data-shared-unknown>
          {t.sharedUnknown(unknown)}
        </p>
      )}
      {result.dropped > 0 && (
        <p className="mt-2 font-bold">{t.sharedDropped(result.dropped)}</p>
      )}
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
          <div className="mt-2 flex flex-wrap gap-2">
            {ownCount > 0 ? (
              <>
                <button type="button" className={primary} onClick={() => onImport(result.state, 'merge')}>
                  {t.addThese}
                </button>
                <button type="button" className={secondary} onClick={() => onImport(result.state, 'replace')}>
                  {t.replaceWithThese}
                </button>
              </>
            ) : (
              <button type="button" className={primary} onClick={() => onImport(result.state, 'replace')}>
                {t.saveAsMine}
              </button>
            )}
            <button type="button" className={secondary} onClick={() => onPrint(result.state)}>
              {t.printThis}
            </button>
            <button type="button" className={secondary} onClick={onClose}>
              {t.closeWithoutSaving}
            </button>
          </div>
          {ownCount > 0 && (
            <p className="mt-2 text-sm">{t.ownCountNote(ownCount)}</p>
          )}
        </>
      )}
      {count === 0 && (
        <button type="button" onClick={onClose} className={`mt-3 ${secondary}`}>
          {t.closeMessage}
        </button>
      )}
    </section>
  );
}
