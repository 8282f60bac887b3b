/**
 * "What matters to you": the person rates each statement on a four-step scale and sees their
 * own priorities summed up. It never scores, ranks or suggests an option (src/lib/decision/values).
 *
 * accessibilityCriteria:
 * - Each statement is a radio group (fieldset and legend); arrow keys move between the choices.
 * - Every choice is a label at least 44 px tall.
 * - Storage problems are shown in words (role="alert"); answers still work on this page.
 * - "Clear my answers" asks again before anything is removed.
 */
import { useId, useState } from 'react';
import {
  $decision,
  $decisionStorage,
  clearValues,
  decisionStore,
  setRating,
  unlockDecisionStorage,
} from '@/stores/decision';
import { RATINGS, summarizePriorities, type StatementLike } from '@/lib/decision/values';
import type { ToolStrings } from '@/i18n';
import StorageNotice from './DecisionStorageNotice';
import { RadioOption } from './ui/Field';
import { useStoreAfterHydration } from './ui/hydration';
import { FRESH_STATUS } from '@/stores/record-store';

export interface Props {
  statements: StatementLike[];
  /** Grid row id → its question, to point at the rows that matter to the person. */
  rowQuestions: Record<string, string>;
  t: ToolStrings['decide'];
  myDataHref: string;
}

export default function ValuesExercise({ statements, rowQuestions, t, myDataHref }: Props) {
  // Rendered on the server (client:visible): the server's empty answers until hydrated.
  const decision = useStoreAfterHydration($decision, decisionStore.kind.empty);
  const storage = useStoreAfterHydration($decisionStorage, FRESH_STATUS);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [cleared, setCleared] = useState('');
  const baseId = useId();
  const summary = summarizePriorities(statements, decision.values);

  return (
    <div data-values-exercise>
      <StorageNotice storage={storage} onUnlock={unlockDecisionStorage} t={t} myDataHref={myDataHref} />
      <div className="space-y-6">
        {statements.map((statement, index) => {
          const current = decision.values[statement.id];
          return (
            <fieldset key={statement.id} className="rounded border-2 border-line p-4" data-statement={statement.id}>
              <legend className="px-1 text-lg font-bold">
                <span className="sr-only">{t.statementOf(index + 1, statements.length)}</span>
                {statement.text}
              </legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {RATINGS.map((rating) => (
                  <RadioOption
                    key={rating}
                    id={`${baseId}-${statement.id}-${rating}`}
                    name={`${baseId}-${statement.id}`}
                    value={rating}
                    label={t.ratings[rating]}
                    checked={current === rating}
                    onSelect={() => {
                      setCleared('');
                      setRating(statement.id, rating);
                    }}
                    className="px-2"
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>

      <section
        aria-labelledby={`${baseId}-summary`}
        className="mt-8 rounded border-l-8 border-brand bg-brand-soft p-5"
        data-priorities
      >
        <h3 id={`${baseId}-summary`} className="text-xl font-bold">
          {t.prioritiesHeading}
        </h3>
        {summary.answered === 0 ? (
          <p className="mt-2">{t.prioritiesEmpty}</p>
        ) : (
          <>
            <p className="mt-2">{t.rated(summary.answered, summary.total)}</p>
            {summary.top.length > 0 ? (
              <>
                <p className="mt-3 font-bold">{t.mattersMost}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6" data-top-priorities>
                  {summary.top.map((s) => (
                    <li key={s.id}>
                      {s.text} ({t.ratingsInSentence[s.rating]})
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-3">{t.noneImportant}</p>
            )}
            {summary.alsoImportant.length > 0 && (
              <>
                <p className="mt-3 font-bold">{t.alsoImportant}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {summary.alsoImportant.map((s) => (
                    <li key={s.id}>
                      {s.text} ({t.ratingsInSentence[s.rating]})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {summary.rowsToLookAt.length > 0 && (
              <>
                <p className="mt-3">{t.rowsAbout}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {summary.rowsToLookAt.map((rowId) => (
                    <li key={rowId}>
                      <a href={`#row-${rowId}`}>{rowQuestions[rowId] ?? rowId}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="mt-3">{t.notPointing}</p>
          </>
        )}
      </section>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        {!confirmingClear ? (
          <button
            type="button"
            className="min-h-11 rounded border-2 border-ink px-4 font-bold"
            onClick={() => setConfirmingClear(true)}
            disabled={summary.answered === 0}
          >
            {t.clearAnswers}
          </button>
        ) : (
          <div role="group" aria-label={t.clearAnswersGroup} className="flex flex-wrap items-center gap-3">
            <span>{t.clearAnswersQuestion}</span>
            <button
              type="button"
              className="min-h-11 rounded bg-brand px-4 font-bold text-on-brand"
              onClick={() => {
                clearValues();
                setConfirmingClear(false);
                setCleared(t.answersCleared);
              }}
            >
              {t.clearYes}
            </button>
            <button
              type="button"
              className="min-h-11 rounded border-2 border-ink px-4 font-bold"
              onClick={() => setConfirmingClear(false)}
            >
              {t.clearNo}
            </button>
          </div>
        )}
        <p role="status" className="min-h-6">
          {cleared}
        </p>
      </div>
    </div>
  );
}
