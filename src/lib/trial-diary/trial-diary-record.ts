/**
 * The trial diary as a stored record (see src/lib/storage/registry.ts and docs/storage.md). It takes
 * over the reserved `trial-diary` slot: same id, key, version and label.
 *
 * `sanitize` trusts nothing: every field is checked with the same rules as the forms
 * (src/lib/trial-diary/diary.ts); what breaks a rule is left out and counted, so the storage layer
 * keeps the raw value aside before the cleaned one is written.
 */
import type { RecordKind, Sanitized } from '../storage/record-kind';
import {
  cleanText,
  DIARY_LIMITS,
  EMPTY_DIARY,
  ENTRY_ID,
  GOAL_IDS,
  isGoalId,
  isGoalResult,
  isIsoDate,
  isPegScore,
  isSideEffect,
  isTimeOfDay,
  PEG_ITEMS,
  sortEntries,
  type Baseline,
  type DiaryEntry,
  type Goal,
  type Peg,
  type TrialDiary,
} from './diary';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored text: a string within the limit, cleaned. Null when it breaks a rule. */
function text(value: unknown, max: number): string | null {
  if (value === undefined) return '';
  if (typeof value !== 'string') return null;
  const clean = cleanText(value);
  return clean.length > max ? null : clean;
}

function peg(value: unknown): Peg | null {
  if (!isObject(value)) return null;
  const result = {} as Peg;
  for (const item of PEG_ITEMS) {
    const score = value[item.id];
    if (!isPegScore(score)) return null;
    result[item.id] = score;
  }
  return result;
}

function sanitizeBaseline(value: unknown): { baseline: Baseline; dropped: number } {
  if (value === undefined) return { baseline: EMPTY_DIARY.baseline, dropped: 0 };
  if (!isObject(value)) return { baseline: EMPTY_DIARY.baseline, dropped: 1 };
  let dropped = 0;
  let pegValue: Peg | null = null;
  if (value.peg !== null && value.peg !== undefined) {
    pegValue = peg(value.peg);
    if (!pegValue) dropped++;
  }
  const goals: Goal[] = [];
  if (Array.isArray(value.goals)) {
    for (const goal of value.goals.slice(0, DIARY_LIMITS.maxGoals)) {
      const goalText = isObject(goal) ? text(goal.text, DIARY_LIMITS.goalLength) : null;
      if (!isObject(goal) || !isGoalId(goal.id) || !goalText || goals.some((g) => g.id === goal.id)) dropped++;
      else goals.push({ id: goal.id, text: goalText });
    }
    dropped += Math.max(0, value.goals.length - DIARY_LIMITS.maxGoals);
  } else if (value.goals !== undefined) dropped++;
  goals.sort((a, b) => GOAL_IDS.indexOf(a.id) - GOAL_IDS.indexOf(b.id));
  let medicines = text(value.medicines, DIARY_LIMITS.medicinesLength);
  if (medicines === null) {
    dropped++;
    medicines = '';
  }
  return { baseline: { peg: pegValue, goals, medicines }, dropped };
}

/** One stored entry: the clean entry, plus parts left out; null when the entry itself is unusable. */
function sanitizeEntry(value: unknown): { entry: DiaryEntry; dropped: number } | null {
  if (!isObject(value)) return null;
  const { id, date, time } = value;
  const entryPeg = peg(value.peg);
  if (typeof id !== 'string' || !ENTRY_ID.test(id) || !isIsoDate(date) || !isTimeOfDay(time) || !entryPeg) return null;
  let dropped = 0;
  const goals: DiaryEntry['goals'] = {};
  if (isObject(value.goals)) {
    for (const [goalId, result] of Object.entries(value.goals)) {
      if (isGoalId(goalId) && isGoalResult(result)) goals[goalId] = result;
      else dropped++;
    }
  } else if (value.goals !== undefined) dropped++;
  let sideEffects: DiaryEntry['sideEffects'] = [];
  if (Array.isArray(value.sideEffects)) {
    const valid = value.sideEffects.filter(isSideEffect);
    dropped += value.sideEffects.length - valid.length;
    sideEffects = [...new Set(valid)];
  } else if (value.sideEffects !== undefined) dropped++;
  const fields = {
    otherSideEffect: text(value.otherSideEffect, DIARY_LIMITS.otherSideEffectLength),
    extraMedicine: text(value.extraMedicine, DIARY_LIMITS.extraMedicineLength),
    note: text(value.note, DIARY_LIMITS.noteLength),
  };
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (fields[key] === null) {
      dropped++;
      fields[key] = '';
    }
  }
  return {
    entry: {
      id,
      date,
      time,
      peg: entryPeg,
      goals,
      sideEffects,
      otherSideEffect: sideEffects.includes('other') ? fields.otherSideEffect! : '',
      extraMedicine: fields.extraMedicine!,
      note: fields.note!,
    },
    dropped,
  };
}

/** Checks a stored diary. Never throws. Null when the value is not a diary at all. */
export function sanitizeDiary(data: Record<string, unknown>): Sanitized<TrialDiary> | null {
  if (!isObject(data)) return null;
  if (data.baseline === undefined && data.entries === undefined) return null;
  const { baseline, dropped: baselineDropped } = sanitizeBaseline(data.baseline);
  let dropped = baselineDropped;
  const entries: DiaryEntry[] = [];
  if (Array.isArray(data.entries)) {
    for (const raw of data.entries) {
      const clean = sanitizeEntry(raw);
      if (!clean || entries.length >= DIARY_LIMITS.maxEntries || entries.some((e) => e.id === clean.entry.id)) {
        dropped++;
        continue;
      }
      entries.push(clean.entry);
      dropped += clean.dropped;
    }
  } else if (data.entries !== undefined) dropped++;
  return { value: { baseline, entries: sortEntries(entries) }, dropped };
}

export const trialDiaryRecord: RecordKind<TrialDiary> = {
  id: 'trial-diary',
  key: 'ppg:trial-diary:v1',
  version: 1,
  empty: EMPTY_DIARY,
  sanitize: sanitizeDiary,
  describe: ({ baseline, entries }) => ({ baseline: baseline.peg ? 1 : 0, goals: baseline.goals.length, entries: entries.length }),
};
