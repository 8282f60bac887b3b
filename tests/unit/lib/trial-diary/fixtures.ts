/** A small trial diary used by the trial-diary tests: a baseline, two goals, five entries over three days. */
import type { DiaryEntry, TrialDiary } from '@/lib/trial-diary/diary';

export function entry(
  id: string,
  date: string,
  time: DiaryEntry['time'],
  pain: number,
  enjoyment: number,
  activity: number,
  extra: Partial<DiaryEntry> = {},
): DiaryEntry {
  return {
    id,
    date,
    time,
    peg: { pain, enjoyment, activity },
    goals: {},
    sideEffects: [],
    otherSideEffect: '',
    extraMedicine: '',
    note: '',
    ...extra,
  };
}

export const DIARY: TrialDiary = {
  baseline: {
    peg: { pain: 7, enjoyment: 8, activity: 6 },
    goals: [
      { id: 'goal-1', text: 'Walk to the mailbox' },
      { id: 'goal-3', text: 'Sleep through the night' },
    ],
    medicines: 'Oxycodone 10 mg twice a day',
  },
  entries: [
    entry('ea1', '2026-11-30', 'morning', 6, 7, 6, {
      goals: { 'goal-1': 'not', 'goal-3': 'partly' },
      sideEffects: ['nausea'],
    }),
    entry('ea2', '2026-11-30', 'evening', 5, 6, 5, {
      goals: { 'goal-1': 'partly' },
      sideEffects: ['nausea', 'itching'],
    }),
    entry('ea3', '2026-12-01', 'morning', 4, 4, 4, {
      goals: { 'goal-1': 'done', 'goal-3': 'done' },
      extraMedicine: 'Oxycodone 5 mg at 2 pm',
    }),
    entry('ea4', '2026-12-01', 'night', 3, 4, 5, {
      goals: { 'goal-1': 'done', 'goal-3': 'not' },
      sideEffects: ['other'],
      otherSideEffect: 'Dry mouth',
    }),
    entry('ea5', '2026-12-02', 'afternoon', 2, 3, 3, {
      goals: { 'goal-1': 'done' },
      sideEffects: ['itching'],
      note: 'Walked twice',
    }),
  ],
};
