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
import { formatDay, PEG_ITEMS, type DiaryWords } from '@/lib/trial-diary/diary';
import type { Lang } from '@/lib/i18n/lang';
import { buildTrialSummary, formatScore } from '@/lib/trial-diary/summary';
import { hasBankQuestion } from '@/lib/questions/question-list';
import { $questionList, addBankQuestions } from '@/stores/question-list';
import { trialDiaryStore } from '@/stores/trial-diary';
import { formatLocalDate } from '@/lib/i18n/intl';
import { Button } from './ui/Button';
import TrialChart from './trial-diary/TrialChart';
import { Section } from './ui/Section';

export interface SourceRef {
  id: string;
  /** Short name shown in the text and on paper ("Triple-S insurer, medical policy"). */
  name: string;
  /** Anchor of the source in the page's source list. */
  href: string;
}

interface Props {
  /** Trial questions from the question bank: id → text. */
  trialQuestions: { id: string; text: string }[];
  questionsHref: string;
  sources: { peg: SourceRef; insurer: SourceRef; medicare: SourceRef };
  lang: Lang;
  strings: DiaryWords;
}

const cell = 'border border-line px-2 py-1';

export default function TrialDiarySummary({ trialQuestions, questionsHref, sources, lang, strings }: Props) {
  const t = strings.summary;
  const diary = useStore(trialDiaryStore.$value);
  // The day the summary is made, as shown on the page ("December 3, 2026").
  const today = formatLocalDate(new Date(), lang);
  const summary = buildTrialSummary(diary, strings, lang);
  const list = useStore($questionList);
  const [added, setAdded] = useState<string | null>(null);
  const inList = trialQuestions.filter((q) => hasBankQuestion(list, q.id));
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
          ? t.span(
              summary.rows.length,
              summary.days,
              formatDay(summary.firstDay, lang),
              formatDay(summary.lastDay, lang),
            )
          : t.noEntries}{' '}
        {t.whoWrote}
      </p>

      <h3 className="mt-3 text-lg font-bold">{t.pegHeading}</h3>
      <TrialChart
        chart={chart}
        title={t.chartTitle}
        description={chartDescription}
        baselineLabel={summary.baselineScore === null ? '' : t.chartBaselineLabel(formatScore(summary.baselineScore))}
        legend={t.chartLegend}
      />

      {summary.changeWords.length > 0 ? (
        <ul className="mt-2 list-disc pl-6" data-trial-change>
          {summary.changeWords.map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{summary.hasBaseline ? t.addEntriesToSee : t.addBaselineToSee}</p>
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
      <div
        className="mt-2 overflow-x-auto"
        role="region"
        aria-labelledby="trial-table-caption"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        data-trial-table-scroll
      >
        <table className="w-full border-collapse text-left text-sm" data-trial-table>
          <caption id="trial-table-caption" className="text-left font-bold">
            {t.tableCaption}
          </caption>
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
        <Section level={3} headingId="summary-goals" heading={t.goalsHeading} data-trial-goals>
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
        </Section>
        <Section level={3} headingId="summary-side-effects" heading={t.sideEffectsHeading} data-trial-side-effects>
          {summary.sideEffects.length === 0 ? (
            <p>{summary.rows.length === 0 ? t.noEntries : t.noneTicked}</p>
          ) : (
            <ul className="list-disc pl-6">
              {summary.sideEffects.map((s) => (
                <li key={s.id}>
                  {strings.sideEffects[s.id]}: {t.sideEffectCount(s.entries, s.days)}
                  {s.id === 'other' &&
                    summary.otherSideEffects.length > 0 &&
                    ` (${summary.otherSideEffects.join('; ')})`}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section level={3} headingId="summary-medicine" heading={t.medicinesHeading} data-trial-medicine>
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
        </Section>
        <Section level={3} headingId="summary-questions" heading={t.questionsHeading} data-trial-questions>
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
              <Button onClick={addQuestions}>{t.addQuestions}</Button>
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
        </Section>
      </div>
      <p className="mt-2 text-sm">{t.notesNotPrinted}</p>
    </div>
  );
}
