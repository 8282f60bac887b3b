/**
 * The one-page trial summary: chart of the PEG score against the starting point (with a text and
 * table alternative), the change in words, goals met, side effects counted, extra medicine and
 * questions for the visit. All numbers come from buildTrialSummary (src/lib/trial-diary/summary.ts);
 * this component only shows them. It reports; it never says whether to have a pump.
 *
 * accessibilityCriteria:
 * - The chart is an img with a title and a description that says what it shows in words; the table
 *   below holds every number in the chart.
 * - Each part has its own h3 under the summary's h2.
 */
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { formatDay, PEG_ITEMS, type DiaryWords, type TrialDiary } from '@/lib/trial-diary/diary';
import type { Lang } from '@/lib/i18n/lang';
import { buildTrialSummary, formatScore } from '@/lib/trial-diary/summary';
import { $questionList, addBankQuestions } from '@/stores/question-list';

export interface SourceRef {
  id: string;
  /** Short name shown in the text and on paper ("Triple-S insurer, medical policy"). */
  name: string;
  /** Anchor of the source in the page's source list. */
  href: string;
}

interface Props {
  diary: TrialDiary;
  /** Trial questions from the question bank: id → text. */
  trialQuestions: { id: string; text: string }[];
  questionsHref: string;
  sources: { peg: SourceRef; insurer: SourceRef; medicare: SourceRef };
  /** Today, as shown on the page ("December 3, 2026"). */
  today: string;
  lang: Lang;
  strings: DiaryWords;
}

const cell = 'border border-line px-2 py-1';

export default function TrialDiarySummary({ diary, trialQuestions, questionsHref, sources, today, lang, strings }: Props) {
  const t = strings.summary;
  const summary = buildTrialSummary(diary, strings, lang);
  const list = useStore($questionList);
  const [added, setAdded] = useState<string | null>(null);
  const inList = trialQuestions.filter((q) => list.items.some((item) => item.kind === 'bank' && item.id === q.id));
  const { chart } = summary;

  const addQuestions = () => {
    const result = addBankQuestions(trialQuestions.map((q) => q.id));
    setAdded(result.ok ? t.questionsAdded : t.questionsFull);
  };

  const chartDescription =
    summary.rows.length === 0
      ? t.noEntries
      : `${summary.baselineScore === null ? t.chartNoBaseline : t.chartBaseline(formatScore(summary.baselineScore))} ` +
        t.chartDuring(summary.rows.map((r) => t.chartPoint(formatScore(r.score), r.when)).join(', '));

  return (
    <div className="trial-summary" data-trial-summary>
      <h2 id="summary" className="text-2xl font-bold" tabIndex={-1}>
        {t.heading}
      </h2>
      <p className="mt-1 text-sm">
        {t.madeOn(today)}{' '}
        {summary.firstDay && summary.lastDay
          ? t.span(summary.rows.length, summary.days, formatDay(summary.firstDay, lang), formatDay(summary.lastDay, lang))
          : t.noEntries}{' '}
        {t.whoWrote}
      </p>

      <h3 className="mt-3 text-lg font-bold">{t.pegHeading}</h3>
      <figure className="mt-1" data-trial-chart>
        <svg
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          role="img"
          aria-labelledby="trial-chart-title trial-chart-desc"
          className="trial-chart h-auto w-full max-w-2xl text-ink"
        >
          <title id="trial-chart-title">{t.chartTitle}</title>
          <desc id="trial-chart-desc">{chartDescription}</desc>
          {chart.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={chart.left} x2={chart.right} y1={tick.y} y2={tick.y} stroke="currentColor" strokeOpacity="0.2" />
              <text x={chart.left - 8} y={tick.y + 4} textAnchor="end" fontSize="12" fill="currentColor">
                {tick.value}
              </text>
            </g>
          ))}
          {chart.dayTicks.map((tick) => (
            <text key={tick.x} x={tick.x} y={chart.bottom + 20} textAnchor="middle" fontSize="12" fill="currentColor">
              {tick.label}
            </text>
          ))}
          {chart.baselineY !== null && (
            <g data-chart-baseline>
              <line
                x1={chart.left}
                x2={chart.right}
                y1={chart.baselineY}
                y2={chart.baselineY}
                stroke="currentColor"
                strokeWidth="2"
                strokeDasharray="8 6"
              />
              <text x={chart.right} y={chart.baselineY - 6} textAnchor="end" fontSize="12" fill="currentColor">
                {t.chartBaselineLabel(formatScore(summary.baselineScore!))}
              </text>
            </g>
          )}
          {chart.points.length > 1 && (
            <polyline
              points={chart.points.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke="currentColor"
              strokeWidth="3"
              className="text-brand"
            />
          )}
          {chart.points.map((p, index) => (
            <circle key={index} cx={p.x} cy={p.y} r="5" fill="currentColor" className="text-brand" data-chart-point={p.score} />
          ))}
          <text x={chart.left} y={chart.height - 4} fontSize="12" fill="currentColor">
            {t.chartLegend}
          </text>
        </svg>
      </figure>

      {summary.changeWords.length > 0 ? (
        <ul className="mt-2 list-disc pl-6" data-trial-change>
          {summary.changeWords.map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">
          {summary.hasBaseline ? t.addEntriesToSee : t.addBaselineToSee}
        </p>
      )}
      <p className="mt-2 text-sm" data-trial-threshold>
        {t.thresholdBefore}
        <a href={sources.insurer.href}>{sources.insurer.name}</a>
        {t.thresholdMiddle}
        <a href={sources.medicare.href}>{sources.medicare.name}</a>
        {t.thresholdAfter}
        <a href={sources.peg.href}>{sources.peg.name}</a>
        {t.thresholdEnd}
      </p>

      {/* On a narrow phone the table scrolls on its own (a data table may; WCAG 1.4.10), not the page.
          A region that can scroll must be reachable by keyboard, hence the tab stop. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="mt-2 overflow-x-auto" role="region" aria-labelledby="trial-table-caption" tabIndex={0} data-trial-table-scroll>
        <table className="w-full border-collapse text-left text-sm" data-trial-table>
          <caption id="trial-table-caption" className="text-left font-bold">{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t.whenColumn}
              </th>
              {PEG_ITEMS.map((item) => (
                <th scope="col" className={cell} key={item.id}>
                  {strings.peg[item.id].column}
                </th>
              ))}
              <th scope="col" className={cell}>
                {t.scoreColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.baselinePeg && (
              <tr data-trial-row="baseline">
                <th scope="row" className={`${cell} font-normal`}>
                  {t.beforeRow}
                </th>
                {PEG_ITEMS.map((item) => (
                  <td className={cell} key={item.id}>
                    {summary.baselinePeg![item.id]}
                  </td>
                ))}
                <td className={`${cell} font-bold`}>{formatScore(summary.baselineScore!)}</td>
              </tr>
            )}
            {summary.rows.map((row) => (
              <tr key={row.id} data-trial-row={row.id}>
                <th scope="row" className={`${cell} font-normal`}>
                  {row.when}
                </th>
                {PEG_ITEMS.map((item) => (
                  <td className={cell} key={item.id}>
                    {row.peg[item.id]}
                  </td>
                ))}
                <td className={`${cell} font-bold`}>{formatScore(row.score)}</td>
              </tr>
            ))}
            {summary.trialAverage && (
              <tr data-trial-row="average">
                <th scope="row" className={`${cell} font-bold`}>
                  {t.averageRow}
                </th>
                {PEG_ITEMS.map((item) => (
                  <td className={`${cell} font-bold`} key={item.id}>
                    {formatScore(summary.trialAverage![item.id])}
                  </td>
                ))}
                <td className={`${cell} font-bold`}>{formatScore(summary.trialAverage.score)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <div className="trial-summary-columns mt-2 grid gap-x-6 sm:grid-cols-2">
        <section aria-labelledby="summary-goals" data-trial-goals>
          <h3 id="summary-goals" className="text-lg font-bold">
            {t.goalsHeading}
          </h3>
          {summary.goals.length === 0 ? (
            <p>{t.noGoals}</p>
          ) : (
            <ul className="list-disc pl-6">
              {summary.goals.map((goal) => (
                <li key={goal.text}>
                  <strong>{goal.text}</strong>: {goal.words}.
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="summary-side-effects" data-trial-side-effects>
          <h3 id="summary-side-effects" className="text-lg font-bold">
            {t.sideEffectsHeading}
          </h3>
          {summary.sideEffects.length === 0 ? (
            <p>{summary.rows.length === 0 ? t.noEntries : t.noneTicked}</p>
          ) : (
            <ul className="list-disc pl-6">
              {summary.sideEffects.map((s) => (
                <li key={s.id}>
                  {strings.sideEffects[s.id]}: {t.sideEffectCount(s.entries, s.days)}
                  {s.id === 'other' && summary.otherSideEffects.length > 0 && ` (${summary.otherSideEffects.join('; ')})`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="summary-medicine" data-trial-medicine>
          <h3 id="summary-medicine" className="text-lg font-bold">
            {t.medicinesHeading}
          </h3>
          <p>{t.medicinesBefore(summary.medicines || t.notWrittenDown)}</p>
          {summary.extraMedicine.length === 0 ? (
            <p>{t.noExtraMedicine}</p>
          ) : (
            <ul className="list-disc pl-6">
              {summary.extraMedicine.map((m, index) => (
                <li key={index}>
                  {m.when}: {m.text}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="summary-questions" data-trial-questions>
          <h3 id="summary-questions" className="text-lg font-bold">
            {t.questionsHeading}
          </h3>
          <ul className="list-disc pl-6">
            {trialQuestions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
          <div data-print="hide" className="mt-2">
            {inList.length === trialQuestions.length ? (
              <p>
                {t.inYourListBefore} <a href={questionsHref}>{t.questionListLink}</a>.
              </p>
            ) : (
              <button
                type="button"
                className="min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand"
                onClick={addQuestions}
              >
                {t.addQuestions}
              </button>
            )}
            <p role="status" className="mt-1">
              {added}
            </p>
          </div>
          <p className="mt-1">{t.otherQuestions}</p>
          <div aria-hidden="true" className="trial-summary-lines">
            <div className="border-b border-line pt-6" />
            <div className="border-b border-line pt-6" />
          </div>
        </section>
      </div>
      <p className="mt-2 text-sm">
        {t.notesNotPrinted}
      </p>
    </div>
  );
}
