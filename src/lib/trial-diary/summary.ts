/**
 * The one-page trial summary, worked out from the diary: PEG scores over the trial against the
 * starting point, the change in words, goals met, side effects counted, extra medicine and notes,
 * and the points of a chart. It reports what was written down; it never judges the trial or says
 * whether to have a pump.
 *
 * The PEG score of one set of answers is the average of its three items (0 to 10), as in the
 * published scale (content/sources/peg-scale.yaml).
 */
import {
  PEG_ITEMS,
  PEG_MAX,
  SIDE_EFFECTS,
  sortEntries,
  entryWhen,
  type DiaryWords,
  type DiaryEntry,
  type GoalResult,
  type Peg,
  type PegItemId,
  type SideEffectId,
  type TrialDiary,
} from './diary';
import { formatDay } from '../i18n/intl';
import type { Lang } from '../i18n/lang';

/** Rounds to one decimal place (7.25 → 7.3), avoiding floating-point surprises. */
export function round1(value: number): number {
  return Math.round((value + Number.EPSILON) * 10) / 10;
}

/** A number as people write it: 7, 4.5 (never 4.50 or 7.0). */
export function formatScore(value: number): string {
  return String(round1(value));
}

/** The PEG score of one set of answers: the average of the three items, to one decimal. */
export function pegScore(peg: Peg): number {
  return round1((peg.pain + peg.enjoyment + peg.activity) / 3);
}

export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((sum, v) => sum + v, 0) / values.length);
}

/** How one measure changed from before the trial to the trial's average. */
export interface Change {
  /** Before the trial. */
  before: number;
  /** Average of the diary entries. */
  during: number;
  /** During minus before (negative: lower during the trial). */
  difference: number;
  /** How much lower during the trial, as a whole percent of the starting value; null when it started at 0. */
  percentLower: number | null;
}

export function change(before: number, during: number): Change {
  const difference = round1(during - before);
  const ratio = ((before - during) / before) * 100;
  // Halves round away from zero, so 37.5% higher and 37.5% lower both read 38%.
  const percentLower = before === 0 ? null : Math.sign(ratio) * Math.round(Math.abs(ratio) + Number.EPSILON);
  return { before, during, difference, percentLower };
}

/** "went from 7 before the trial to 4 on average during it (3 points lower, 43% lower)". */
export function describeChange(name: string, c: Change, words: DiaryWords['summary']): string {
  const from = words.change(name, formatScore(c.before), formatScore(c.during));
  if (c.difference === 0) return `${from}${words.noChange}`;
  const points = Math.abs(c.difference);
  if (c.difference > 0) return `${from}${words.higher(formatScore(points), points, c.percentLower === null ? null : Math.abs(c.percentLower))}`;
  return `${from}${words.lower(formatScore(points), points, c.percentLower)}`;
}

/** One row of the table (and one point of the chart). */
interface SummaryRow {
  id: string;
  /** "Tuesday, December 1, morning" */
  when: string;
  date: string;
  peg: Peg;
  score: number;
}

interface GoalTally {
  text: string;
  counts: Record<GoalResult, number>;
  /** Entries with no answer for this goal. */
  notRecorded: number;
  /** "Done in 3 of 5 entries, partly in 1, not done in 1" */
  words: string;
}

interface SideEffectTally {
  id: SideEffectId;
  /** Entries in which it was ticked. */
  entries: number;
  /** Days on which it was ticked at least once. */
  days: number;
}

/** Chart geometry in SVG user units. */
interface ChartGeometry {
  width: number;
  height: number;
  /** Plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** y for a score from 0 to 10. */
  yTicks: { value: number; y: number }[];
  /** One point per entry, in order. */
  points: { x: number; y: number; score: number; label: string }[];
  /** The PEG score before the trial, if filled in. */
  baselineY: number | null;
  /** Day labels along the bottom, at the first entry of each day. */
  dayTicks: { x: number; label: string }[];
}

export interface TrialSummary {
  hasBaseline: boolean;
  baselineScore: number | null;
  baselinePeg: Peg | null;
  rows: SummaryRow[];
  days: number;
  firstDay: string | null;
  lastDay: string | null;
  /** Average of each item and of the PEG score over all entries (null with no entries). */
  trialAverage: (Peg & { score: number }) | null;
  /** Change of the PEG score and of each item (null without a baseline or entries). */
  scoreChange: Change | null;
  itemChanges: { id: PegItemId; change: Change }[];
  /** Sentences describing the change, pain first. */
  changeWords: string[];
  goals: GoalTally[];
  sideEffects: SideEffectTally[];
  otherSideEffects: string[];
  extraMedicine: { when: string; text: string }[];
  notes: { when: string; text: string }[];
  medicines: string;
  chart: ChartGeometry;
}

function tallyGoal(text: string, results: (GoalResult | undefined)[], words: DiaryWords['summary']): GoalTally {
  const counts: Record<GoalResult, number> = { done: 0, partly: 0, not: 0 };
  let notRecorded = 0;
  for (const result of results) {
    if (result) counts[result]++;
    else notRecorded++;
  }
  const total = results.length;
  const said = total === 0 ? words.goalNoEntries : words.goalTally(counts.done, total, counts.partly, counts.not, notRecorded);
  return { text, counts, notRecorded, words: said };
}

const CHART = { width: 640, height: 260, left: 44, right: 624, top: 14, bottom: 220 } as const;

function chartGeometry(rows: SummaryRow[], baselineScore: number | null, lang: Lang): ChartGeometry {
  const { left, right, top, bottom } = CHART;
  const y = (score: number) => round1(bottom - (score / PEG_MAX) * (bottom - top));
  const step = rows.length > 1 ? (right - left - 20) / (rows.length - 1) : 0;
  const x = (index: number) => round1(rows.length > 1 ? left + 10 + index * step : (left + right) / 2);
  const points = rows.map((row, index) => ({ x: x(index), y: y(row.score), score: row.score, label: row.when }));
  const dayTicks: ChartGeometry['dayTicks'] = [];
  rows.forEach((row, index) => {
    if (index === 0 || rows[index - 1]!.date !== row.date) {
      dayTicks.push({ x: x(index), label: formatDay(row.date, lang, 'short') });
    }
  });
  return {
    ...CHART,
    yTicks: [0, 2, 4, 6, 8, 10].map((value) => ({ value, y: y(value) })),
    points,
    baselineY: baselineScore === null ? null : y(baselineScore),
    dayTicks,
  };
}

export function buildTrialSummary(diary: TrialDiary, words: DiaryWords, lang: Lang): TrialSummary {
  const entries = sortEntries(diary.entries);
  const whenOf = (entry: DiaryEntry) => entryWhen(entry, words, lang);
  const { baseline } = diary;
  const rows: SummaryRow[] = entries.map((entry) => ({
    id: entry.id,
    when: whenOf(entry),
    date: entry.date,
    peg: entry.peg,
    score: pegScore(entry.peg),
  }));
  const baselineScore = baseline.peg ? pegScore(baseline.peg) : null;
  const days = new Set(entries.map((e) => e.date));

  let trialAverage: TrialSummary['trialAverage'] = null;
  if (entries.length > 0) {
    const item = (id: PegItemId) => average(entries.map((e) => e.peg[id]))!;
    trialAverage = { pain: item('pain'), enjoyment: item('enjoyment'), activity: item('activity'), score: average(rows.map((r) => r.score))! };
  }

  let scoreChange: Change | null = null;
  const itemChanges: TrialSummary['itemChanges'] = [];
  const changeWords: string[] = [];
  if (baseline.peg && baselineScore !== null && trialAverage) {
    scoreChange = change(baselineScore, trialAverage.score);
    for (const item of PEG_ITEMS) {
      const c = change(baseline.peg[item.id], trialAverage[item.id]);
      itemChanges.push({ id: item.id, change: c });
      changeWords.push(describeChange(words.peg[item.id].label, c, words.summary));
    }
    changeWords.push(describeChange(words.pegScoreName, scoreChange, words.summary));
  }

  const goals = baseline.goals.map((goal) => tallyGoal(goal.text, entries.map((e) => e.goals[goal.id]), words.summary));

  const sideEffects: SideEffectTally[] = SIDE_EFFECTS.map((s) => {
    const withIt = entries.filter((e) => e.sideEffects.includes(s.id));
    return { id: s.id, entries: withIt.length, days: new Set(withIt.map((e) => e.date)).size };
  }).filter((tally) => tally.entries > 0);

  return {
    hasBaseline: baseline.peg !== null,
    baselineScore,
    baselinePeg: baseline.peg,
    rows,
    days: days.size,
    firstDay: entries[0]?.date ?? null,
    lastDay: entries.at(-1)?.date ?? null,
    trialAverage,
    scoreChange,
    itemChanges,
    changeWords,
    goals,
    sideEffects,
    otherSideEffects: [...new Set(entries.map((e) => e.otherSideEffect).filter(Boolean))],
    extraMedicine: entries.filter((e) => e.extraMedicine).map((e) => ({ when: whenOf(e), text: e.extraMedicine })),
    notes: entries.filter((e) => e.note).map((e) => ({ when: whenOf(e), text: e.note })),
    medicines: baseline.medicines,
    chart: chartGeometry(rows, baselineScore, lang),
  };
}

