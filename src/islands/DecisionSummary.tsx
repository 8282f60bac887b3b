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

interface Props {
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
  });
  const { priorities } = doc;

  return (
    <div data-decision-summary>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]" data-summary-dates>
        <dt className="font-bold">Made on</dt>
        <dd>
          <time dateTime={doc.dateIso}>{doc.date}</time>
        </dd>
        <dt className="font-bold">Site facts last reviewed</dt>
        <dd>
          <time dateTime={doc.lastReviewedIso}>{doc.lastReviewed}</time> (next review due{' '}
          <time dateTime={doc.nextReviewIso}>{doc.nextReview}</time>)
        </dd>
      </dl>

      {doc.isEmpty && (
        <p className="mt-6 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-summary-empty>
          There is nothing in your summary yet. Fill in <a href={`${props.decideHref}#what-matters-to-you`}>what matters to you</a>{' '}
          and <a href={`${props.decideHref}#are-you-ready`}>the SURE check</a>, and{' '}
          <a href={props.questionsHref}>choose your questions</a>.
        </p>
      )}

      <div className="mt-6 flex flex-wrap gap-3" data-print="hide">
        <button type="button" className="min-h-11 rounded bg-brand px-4 font-bold text-on-brand" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a href={props.decideHref} className="inline-flex min-h-11 items-center px-2">
          Change my answers
        </a>
        <a href={props.questionsHref} className="inline-flex min-h-11 items-center px-2">
          Change my questions
        </a>
      </div>

      <section aria-labelledby="summary-values" className="mt-8" data-summary-part="values">
        <h2 id="summary-values" className="text-2xl font-bold">
          What matters to me
        </h2>
        {priorities.answered === 0 ? (
          <p className="mt-2">
            Not filled in yet. <a href={`${props.decideHref}#what-matters-to-you`}>Rate what matters to you</a>.
          </p>
        ) : (
          <>
            {priorities.top.length > 0 ? (
              <>
                <p className="mt-2 font-bold">Matters most to me:</p>
                <ul className="mt-1 list-disc space-y-1 pl-6" data-summary-top>
                  {priorities.top.map((s) => (
                    <li key={s.id}>
                      {s.text} ({s.ratingLabel.toLowerCase()})
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-2">I did not rate anything as quite or very important.</p>
            )}
            {priorities.alsoImportant.length > 0 && (
              <>
                <p className="mt-3 font-bold">Also important to me:</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {priorities.alsoImportant.map((s) => (
                    <li key={s.id}>
                      {s.text} ({s.ratingLabel.toLowerCase()})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {priorities.lessImportant.length > 0 && (
              <>
                <p className="mt-3 font-bold">Less important to me:</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {priorities.lessImportant.map((s) => (
                    <li key={s.id}>
                      {s.text} ({s.ratingLabel.toLowerCase()})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {doc.rowsToLookAt.length > 0 && (
              <>
                <p className="mt-3 font-bold">Questions from the comparison table to talk about:</p>
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
          My SURE answers
        </h2>
        {doc.sureAnswered === 0 ? (
          <p className="mt-2">
            Not filled in yet. <a href={`${props.decideHref}#are-you-ready`}>Answer the four SURE questions</a>.
          </p>
        ) : (
          <>
            <table className="mt-2 w-full border-collapse text-left">
              <caption className="sr-only">My answers to the four SURE questions</caption>
              <thead>
                <tr>
                  <th scope="col" className="border border-line p-2">
                    Question
                  </th>
                  <th scope="col" className="border border-line p-2">
                    My answer
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
            {doc.sureNoCount > 0 && (
              <p className="mt-2">
                I answered no to {doc.sureNoCount} of 4. I may want more help before I decide.
              </p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="summary-questions" className="mt-8" data-summary-part="questions">
        <h2 id="summary-questions" className="text-2xl font-bold">
          My questions
        </h2>
        {doc.questions.length === 0 ? (
          <p className="mt-2">
            No questions yet. <a href={props.questionsHref}>Choose or write your questions</a>.
          </p>
        ) : (
          <ol className="mt-2 list-decimal space-y-2 pl-8" data-summary-questions>
            {doc.questions.map((q, index) => (
              <li key={index}>
                {q.text}
                {q.important && <strong> (most important to me)</strong>}
              </li>
            ))}
          </ol>
        )}
        {doc.unknownQuestions > 0 && (
          <p className="mt-2 text-muted">
            {doc.unknownQuestions === 1 ? 'One question' : `${doc.unknownQuestions} questions`} in your list could not be
            shown, because the site no longer has {doc.unknownQuestions === 1 ? 'it' : 'them'}.
          </p>
        )}
      </section>

      <section aria-labelledby="summary-notes" className="mt-8" data-summary-part="notes">
        <h2 id="summary-notes" className="text-2xl font-bold">
          Notes from my visit
        </h2>
        <p className="mt-2">Who I saw, and what we talked about:</p>
        <div aria-hidden="true" className="mt-2 space-y-8">
          {[0, 1, 2, 3, 4].map((line) => (
            <div key={line} className="border-b border-line pt-6" />
          ))}
        </div>
      </section>

      <p className="mt-8 text-sm">
        This summary was made in your browser. Nothing you entered has been sent to us or anyone else. It does not say
        which option to choose: it is for you and your care team to talk through together.
      </p>
    </div>
  );
}
