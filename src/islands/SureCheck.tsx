/**
 * The SURE check: four yes/no questions. Any "no" offers matching questions from the question bank,
 * with a button that adds them to the person's question list. Unscored: it never says what to choose.
 *
 * accessibilityCriteria:
 * - Each item is a radio group (fieldset and legend) with "Yes" and "No"; arrow keys move between them.
 * - The questions offered after a "no" appear right after that item, in reading order.
 * - Adding questions is confirmed in a polite live region that is on the page from the start.
 * - Every control is at least 44 px tall.
 */
import { useId, useState } from 'react';
import {
  $decision,
  $decisionStorage,
  clearSure,
  decisionStore,
  setSureAnswer,
  unlockDecisionStorage,
} from '@/stores/decision';
import { $questionList, addBankQuestions, questionStore } from '@/stores/question-list';
import { FRESH_STATUS } from '@/stores/record-store';
import { hasBankQuestion } from '@/lib/questions/question-list';
import { sureStatus, type SureAnswer, type SureId, type SureWords } from '@/lib/decision/sure';
import StorageNotice from './DecisionStorageNotice';
import { RadioOption } from './ui/Field';
import { useStoreAfterHydration } from './ui/hydration';
import type { ToolStrings } from '@/i18n';

export interface Props {
  /** Bank id → question text, for every question the SURE check can offer (built at build time). */
  questionTexts: Record<string, string>;
  /** Address of the question list page. */
  questionsHref: string;
  myDataHref: string;
  t: ToolStrings['decide'];
  /** The SURE items (content/decision/sure.yaml) and the answer labels, in the page's language. */
  sure: SureWords;
}

export default function SureCheck({ questionTexts, questionsHref, myDataHref, t, sure }: Props) {
  // Rendered on the server (client:visible): the server's empty values until hydrated.
  const decision = useStoreAfterHydration($decision, decisionStore.kind.empty);
  const storage = useStoreAfterHydration($decisionStorage, FRESH_STATUS);
  const list = useStoreAfterHydration($questionList, questionStore.kind.empty);
  const [announcement, setAnnouncement] = useState('');
  const baseId = useId();
  const status = sureStatus(sure.items, decision.sure);
  const inList = (id: string) => hasBankQuestion(list, id);

  function answer(id: SureId, value: SureAnswer) {
    setAnnouncement('');
    setSureAnswer(id, value);
  }

  function add(ids: string[]) {
    const before = ids.filter((id) => inList(id)).length;
    const result = addBankQuestions(ids);
    const added = result.added ?? 0;
    const total = result.state.items.length;
    if (!result.ok && result.problem === 'list-full') {
      setAnnouncement(`${added > 0 ? t.addedSome(added) : ''}${t.listFull}`);
    } else if (added === 0) {
      setAnnouncement(before > 0 ? t.alreadyInList : t.noneAdded);
    } else {
      setAnnouncement(t.added(added, total));
    }
  }

  return (
    <div data-sure-check>
      <StorageNotice storage={storage} onUnlock={unlockDecisionStorage} t={t} myDataHref={myDataHref} />
      <ol className="space-y-6">
        {sure.items.map((item) => {
          const current = decision.sure[item.id];
          const offered = item.questionIds.filter((id) => questionTexts[id]);
          const allAdded = offered.length > 0 && offered.every((id) => inList(id));
          return (
            <li key={item.id} data-sure-item={item.id}>
              <fieldset className="rounded border-2 border-line p-4">
                <legend className="px-1 text-lg font-bold">
                  <span
                    aria-hidden="true"
                    className="mr-2 inline-block min-w-7 rounded bg-brand text-center text-on-brand"
                  >
                    {item.letter}
                  </span>
                  {item.question}
                </legend>
                <div className="mt-2 flex flex-wrap gap-3">
                  {(['yes', 'no'] as const).map((value) => (
                    <RadioOption
                      key={value}
                      id={`${baseId}-${item.id}-${value}`}
                      name={`${baseId}-${item.id}`}
                      value={value}
                      label={value === 'yes' ? sure.yes : sure.no}
                      checked={current === value}
                      onSelect={() => answer(item.id, value)}
                      className="min-w-24 px-3"
                    />
                  ))}
                </div>
                {current === 'no' && (
                  <div className="mt-4 rounded bg-paper-alt p-4" data-sure-follow-up={item.id}>
                    <p>{item.ifNo}</p>
                    {offered.length > 0 && (
                      <>
                        <p className="mt-3 font-bold">{t.questionsYouCouldAsk}</p>
                        <ul className="mt-1 list-disc space-y-1 pl-6">
                          {offered.map((id) => (
                            <li key={id} data-question-id={id}>
                              {questionTexts[id]}
                              {inList(id) && <span className="text-muted">{t.inYourList}</span>}
                            </li>
                          ))}
                        </ul>
                        <button
                          type="button"
                          className="mt-3 min-h-11 rounded bg-brand px-4 font-bold text-on-brand disabled:bg-paper disabled:text-ink disabled:border-2 disabled:border-line"
                          onClick={() => add(offered)}
                          disabled={allAdded}
                          data-add-sure-questions={item.id}
                        >
                          {allAdded ? t.allInList : t.addQuestions(offered.filter((id) => !inList(id)).length)}
                        </button>
                      </>
                    )}
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>

      <p role="status" aria-live="polite" className="mt-4 min-h-6 font-bold" data-sure-announcement>
        {announcement}
      </p>
      {announcement && (
        <p>
          <a href={questionsHref}>{t.seeList}</a>
        </p>
      )}

      <div className="mt-6 rounded border-l-8 border-brand bg-brand-soft p-5" data-sure-status>
        {!status.complete ? (
          <p>{t.answeredOf(status.answered, sure.items.length)}</p>
        ) : status.allYes ? (
          <p>{t.allYes}</p>
        ) : (
          <p>{t.someNo(status.noItems.length)}</p>
        )}
        {status.answered > 0 && (
          <button
            type="button"
            className="mt-3 min-h-11 rounded border-2 border-ink px-4 font-bold"
            onClick={() => {
              clearSure();
              setAnnouncement(t.sureCleared);
            }}
          >
            {t.clearSure}
          </button>
        )}
      </div>
    </div>
  );
}
