/**
 * "My decision summary": what matters to me, my SURE answers and my questions, with today's date
 * and the date the site's decision content was reviewed. Built in the browser from what the person
 * saved on this device; nothing is sent anywhere. Printing uses the site's print styles (no navigation,
 * no buttons).
 *
 * accessibilityCriteria:
 * - Each part has its own heading (h2) under the page's h1.
 * - Each empty part says so and links to where it can be filled in.
 * - The print button is a real button; the browser's own print works the same way.
 */
import { useEffect, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $decision } from '@/stores/decision';
import { $questionList } from '@/stores/question-list';
import { parseDecision, type DecisionState } from '@/lib/decision/decision-record';
import { buildDecisionSummary } from '@/lib/decision/summary';
import type { StatementLike } from '@/lib/decision/values';
import type { SureWords } from '@/lib/decision/sure';
import type { ToolStrings } from '@/i18n';
import type { Lang } from '@/lib/i18n/lang';

export interface Props {
  statements: StatementLike[];
  /** Grid row id → the row's question. */
  gridRows: Record<string, string>;
  /** Every bank question id → its text (from content/questions/ at build time). */
  bankTexts: Record<string, string>;
  /** The decision content's review dates, YYYY-MM-DD. */
  lastReviewed: string;
  nextReview: string;
  decideHref: string;
  questionsHref: string;
  /** The edition's clinic and emergency numbers as printed lines (src/lib/edition/contacts.ts). */
  contacts: string[];
  lang: Lang;
  /** The decision aid's words, and the SURE items (content/decision/sure.yaml) and answer labels, in the page's language. */
  t: ToolStrings['decide'];
  sure: SureWords;
}

/** Answers carried in the link (#answers=...) when this browser cannot keep them. */
function answersFromHash(): DecisionState | null {
  const match = /^#answers=(.+)$/.exec(window.location.hash);
  if (!match) return null;
  try {
    return parseDecision(decodeURIComponent(match[1]!))?.value ?? null;
  } catch {
    return null;
  }
}

function isEmpty(state: DecisionState): boolean {
  return Object.keys(state.values).length === 0 && Object.keys(state.sure).length === 0;
}

export default function DecisionSummary(props: Props) {
  const saved = useStore($decision);
  const list = useStore($questionList);
  const [fromLink, setFromLink] = useState<DecisionState | null>(null);
  useEffect(() => setFromLink(answersFromHash()), []);
  const decision = isEmpty(saved) && fromLink ? fromLink : saved;
  const { t: decide, sure, lang } = props;
  const t = decide.summary;

  const doc = buildDecisionSummary({
    statements: props.statements,
    values: decision.values,
    sure: decision.sure,
    questions: list.items,
    bankTexts: props.bankTexts,
    gridRows: props.gridRows,
    now: new Date(),
    lastReviewed: new Date(`${props.lastReviewed}T00:00:00Z`),
    nextReview: new Date(`${props.nextReview}T00:00:00Z`),
    lang,
    words: { sure, notAnswered: t.notAnswered },
  });
  const { priorities } = doc;

  return (
    <div data-decision-summary>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]" data-summary-dates>
        <dt className="font-bold">{t.madeOn}</dt>
        <dd>
          <time dateTime={doc.dateIso}>{doc.date}</time>
        </dd>
        <dt className="font-bold">{t.lastReviewed}</dt>
        <dd>
          <time dateTime={doc.lastReviewedIso}>{doc.lastReviewed}</time> {t.nextReviewBefore}{' '}
          <time dateTime={doc.nextReviewIso}>{doc.nextReview}</time>)
        </dd>
      </dl>

      {doc.isEmpty && (
        <p className="mt-6 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-summary-empty>
          {t.emptyBefore} <a href={`${props.decideHref}#what-matters-to-you`}>{t.emptyValuesLink}</a> {t.emptyAnd}{' '}
          <a href={`${props.decideHref}#are-you-ready`}>{t.emptySureLink}</a>
          {t.emptyAndChoose} <a href={props.questionsHref}>{t.emptyQuestionsLink}</a>.
        </p>
      )}

      <div className="mt-6 flex flex-wrap gap-3" data-print="hide">
        <button
          type="button"
          className="min-h-11 rounded bg-brand px-4 font-bold text-on-brand"
          onClick={() => window.print()}
        >
          {t.print}
        </button>
        <a href={props.decideHref} className="inline-flex min-h-11 items-center px-2">
          {t.changeAnswers}
        </a>
        <a href={props.questionsHref} className="inline-flex min-h-11 items-center px-2">
          {t.changeQuestions}
        </a>
      </div>

      <section aria-labelledby="summary-values" className="mt-8" data-summary-part="values">
        <h2 id="summary-values" className="text-2xl font-bold">
          {t.valuesHeading}
        </h2>
        {priorities.answered === 0 ? (
          <p className="mt-2">
            {t.notFilled} <a href={`${props.decideHref}#what-matters-to-you`}>{t.rateLink}</a>.
          </p>
        ) : (
          <>
            {priorities.top.length > 0 ? (
              <>
                <p className="mt-2 font-bold">{t.mattersMost}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6" data-summary-top>
                  {priorities.top.map((s) => (
                    <li key={s.id}>
                      {s.text} ({decide.ratingsInSentence[s.rating]})
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-2">{t.noneImportant}</p>
            )}
            {priorities.alsoImportant.length > 0 && (
              <>
                <p className="mt-3 font-bold">{t.alsoImportant}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {priorities.alsoImportant.map((s) => (
                    <li key={s.id}>
                      {s.text} ({decide.ratingsInSentence[s.rating]})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {priorities.lessImportant.length > 0 && (
              <>
                <p className="mt-3 font-bold">{t.lessImportant}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {priorities.lessImportant.map((s) => (
                    <li key={s.id}>
                      {s.text} ({decide.ratingsInSentence[s.rating]})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {doc.rowsToLookAt.length > 0 && (
              <>
                <p className="mt-3 font-bold">{t.rowsToTalkAbout}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {doc.rowsToLookAt.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="summary-sure" className="mt-8" data-summary-part="sure">
        <h2 id="summary-sure" className="text-2xl font-bold">
          {t.sureHeading}
        </h2>
        {doc.sureAnswered === 0 ? (
          <p className="mt-2">
            {t.notFilled} <a href={`${props.decideHref}#are-you-ready`}>{t.answerSureLink}</a>.
          </p>
        ) : (
          <>
            <table className="mt-2 w-full border-collapse text-left">
              <caption className="sr-only">{t.sureCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="border border-line p-2">
                    {t.questionColumn}
                  </th>
                  <th scope="col" className="border border-line p-2">
                    {t.answerColumn}
                  </th>
                </tr>
              </thead>
              <tbody>
                {doc.sure.map((line) => (
                  <tr key={line.id}>
                    <th scope="row" className="border border-line p-2 font-normal">
                      {line.question}
                    </th>
                    <td className="border border-line p-2 font-bold">{line.answer}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {doc.sureNoCount > 0 && <p className="mt-2">{t.answeredNo(doc.sureNoCount)}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="summary-questions" className="mt-8" data-summary-part="questions">
        <h2 id="summary-questions" className="text-2xl font-bold">
          {t.questionsHeading}
        </h2>
        {doc.questions.length === 0 ? (
          <p className="mt-2">
            {t.noQuestions} <a href={props.questionsHref}>{t.chooseLink}</a>.
          </p>
        ) : (
          <ol className="mt-2 list-decimal space-y-2 pl-8" data-summary-questions>
            {doc.questions.map((q, index) => (
              <li key={index}>
                {q.text}
                {q.important && <strong>{t.mostImportantTag}</strong>}
              </li>
            ))}
          </ol>
        )}
        {doc.unknownQuestions > 0 && <p className="mt-2 text-muted">{t.unknownQuestions(doc.unknownQuestions)}</p>}
      </section>

      <section aria-labelledby="summary-notes" className="mt-8" data-summary-part="notes">
        <h2 id="summary-notes" className="text-2xl font-bold">
          {t.notesHeading}
        </h2>
        <p className="mt-2">{t.notesPrompt}</p>
        <div aria-hidden="true" className="mt-2 space-y-8">
          {[0, 1, 2, 3, 4].map((line) => (
            <div key={line} className="border-b border-line pt-6" />
          ))}
        </div>
      </section>

      <section aria-labelledby="summary-contacts" className="mt-8" data-summary-part="contacts">
        <h2 id="summary-contacts" className="text-2xl font-bold">
          {t.contactsHeading}
        </h2>
        <ul className="mt-2 space-y-1" data-edition-contacts>
          {props.contacts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <p className="mt-8 text-sm">{t.footer}</p>
    </div>
  );
}
