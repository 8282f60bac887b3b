import { uiStrings } from '@/i18n';
/** The trial summary maths (src/lib/trial-diary/summary.ts): PEG scores, averages, change, goals, side effects, chart. */
import { describe, expect, it } from 'vitest';
import { EMPTY_DIARY } from '@/lib/trial-diary/diary';
import { average, buildTrialSummary, change, describeChange, pegScore, round1 } from '@/lib/trial-diary/summary';
import { DIARY, entry } from './fixtures';

const en = uiStrings('en').tools.trialDiary;

describe('PEG score and averages', () => {
  it('scores one set of answers as the average of the three items, to one decimal', () => {
    expect(pegScore({ pain: 7, enjoyment: 8, activity: 6 })).toBe(7);
    expect(pegScore({ pain: 3, enjoyment: 4, activity: 5 })).toBe(4);
    expect(pegScore({ pain: 5, enjoyment: 5, activity: 6 })).toBe(5.3);
    expect(pegScore({ pain: 10, enjoyment: 10, activity: 9 })).toBe(9.7);
    expect(pegScore({ pain: 0, enjoyment: 0, activity: 0 })).toBe(0);
  });

  it('averages and rounds half up without floating-point surprises', () => {
    expect(average([])).toBeNull();
    expect(average([1, 2])).toBe(1.5);
    expect(average([6, 5, 4, 3, 2])).toBe(4);
    expect(round1(7.25)).toBe(7.3);
    expect(round1(1.05)).toBe(1.1);
  });
});

describe('change in words', () => {
  it('reports points and percent lower, never a verdict', () => {
    const c = change(7, 4);
    expect(c).toEqual({ before: 7, during: 4, difference: -3, percentLower: 43 });
    const words = describeChange('Pain on average', c, en.summary);
    expect(words).toBe('Pain on average went from 7 before the trial to 4 on average during it (3 points lower, 43% lower).');
    expect(words).not.toMatch(/good|success|pump|should|recommend/i);
  });

  it('handles higher scores, no change and a starting value of 0', () => {
    expect(describeChange('Pain', change(4, 5.5), en.summary)).toContain('(1.5 points higher, 38% higher)');
    expect(describeChange('Pain', change(6, 6), en.summary)).toContain('(no change)');
    expect(change(0, 2).percentLower).toBeNull();
    expect(describeChange('Pain', change(0, 2), en.summary)).toBe('Pain went from 0 before the trial to 2 on average during it (2 points higher).');
    expect(describeChange('Pain', change(5, 4), en.summary)).toContain('(1 point lower, 20% lower)');
  });
});

describe('buildTrialSummary', () => {
  const summary = buildTrialSummary(DIARY, en, 'en');

  it('works out the baseline, each entry, the trial averages and the change', () => {
    expect(summary.baselineScore).toBe(7);
    expect(summary.rows.map((r) => r.score)).toEqual([6.3, 5.3, 4, 4, 2.7]);
    expect(summary.trialAverage).toEqual({ pain: 4, enjoyment: 4.8, activity: 4.6, score: 4.5 });
    expect(summary.days).toBe(3);
    expect(summary.firstDay).toBe('2026-11-30');
    expect(summary.lastDay).toBe('2026-12-02');
    expect(summary.scoreChange).toEqual({ before: 7, during: 4.5, difference: -2.5, percentLower: 36 });
    expect(summary.itemChanges.map((i) => i.change.percentLower)).toEqual([43, 40, 23]);
    expect(summary.changeWords[0]).toBe('Pain on average went from 7 before the trial to 4 on average during it (3 points lower, 43% lower).');
  });

  it('counts goals met per goal, including entries with no answer', () => {
    expect(summary.goals).toHaveLength(2);
    expect(summary.goals[0]).toMatchObject({ text: 'Walk to the mailbox', counts: { done: 3, partly: 1, not: 1 }, notRecorded: 0 });
    expect(summary.goals[0]!.words).toBe('Done in 3 of 5 entries, partly in 1, not done in 1');
    expect(summary.goals[1]).toMatchObject({ text: 'Sleep through the night', counts: { done: 1, partly: 1, not: 1 }, notRecorded: 2 });
    expect(summary.goals[1]!.words).toBe('Done in 1 of 5 entries, partly in 1, not done in 1, not recorded in 2');
  });

  it('counts side effects by entries and by days, in checklist order, with the other texts', () => {
    expect(summary.sideEffects.map((s) => [s.id, s.entries, s.days])).toEqual([
      ['nausea', 2, 1],
      ['itching', 2, 2],
      ['other', 1, 1],
    ]);
    expect(summary.otherSideEffects).toEqual(['Dry mouth']);
    expect(summary.extraMedicine).toEqual([{ when: 'Tuesday, December 1, morning', text: 'Oxycodone 5 mg at 2 pm' }]);
    expect(summary.notes).toHaveLength(1);
  });

  it('orders entries by date and time of day whatever order they were stored in', () => {
    const shuffled = { ...DIARY, entries: [...DIARY.entries].reverse() };
    expect(buildTrialSummary(shuffled, en, 'en').rows.map((r) => r.id)).toEqual(['ea1', 'ea2', 'ea3', 'ea4', 'ea5']);
  });

  it('places chart points by score (0 at the bottom, 10 at the top) with the baseline line and one label per day', () => {
    const { chart } = summary;
    expect(chart.points).toHaveLength(5);
    const yFor = (score: number) => chart.bottom - (score / 10) * (chart.bottom - chart.top);
    chart.points.forEach((p, i) => expect(p.y).toBeCloseTo(yFor(summary.rows[i]!.score), 0));
    expect(chart.baselineY).toBeCloseTo(yFor(7), 0);
    expect(chart.points.every((p, i) => i === 0 || p.x > chart.points[i - 1]!.x)).toBe(true);
    expect(chart.dayTicks.map((t) => t.label)).toEqual(['Nov 30', 'Dec 1', 'Dec 2']);
  });

  it('says nothing about change without a baseline or without entries', () => {
    const noBaseline = buildTrialSummary({ ...DIARY, baseline: { ...DIARY.baseline, peg: null } }, en, 'en');
    expect(noBaseline.scoreChange).toBeNull();
    expect(noBaseline.changeWords).toEqual([]);
    expect(noBaseline.chart.baselineY).toBeNull();
    const empty = buildTrialSummary(EMPTY_DIARY, en, 'en');
    expect(empty.trialAverage).toBeNull();
    expect(empty.rows).toEqual([]);
    expect(empty.days).toBe(0);
    const one = buildTrialSummary({ ...DIARY, entries: [entry('eb1', '2026-12-01', 'morning', 5, 5, 5)] }, en, 'en');
    expect(one.chart.points[0]!.x).toBe((one.chart.left + one.chart.right) / 2);
    expect(one.goals[0]!.words).toBe('Done in 0 of 1 entry, partly in 0, not done in 0, not recorded in 1');
  });
});

describe('the summary in Spanish', () => {
  const es = uiStrings('es').tools.trialDiary;
  const summary = buildTrialSummary(DIARY, es, 'es');

  it('writes days, times, changes and goals in Spanish', () => {
    expect(summary.extraMedicine[0]!.when).toBe('martes, 1 de diciembre, mañana');
    expect(summary.chart.dayTicks.map((t) => t.label)).toEqual(['30 nov', '1 dic', '2 dic']);
    expect(summary.changeWords[0]).toMatch(/^Dolor en promedio: pasó de \d+ antes de la prueba a [\d.]+ en promedio durante la prueba \(/);
    expect(summary.goals[0]!.words).toBe('Lo logró en 3 de 5 anotaciones, en parte en 1, no lo logró en 1');
    expect(describeChange('Dolor', change(5, 4), es.summary)).toContain('(1 punto menos, un 20 % más bajo)');
  });
});
