/**
 * The trial diary: what a person (or someone filling it in for them) records before and during the
 * screening trial, the rules each field must meet, and the pure operations the page uses.
 * No DOM, no storage: the record kind (trial-diary-record.ts) stores it, the island shows it.
 *
 * Pain and its effect on daily life are recorded with the three PEG items (Krebs et al. 2009,
 * content/sources/peg-scale.yaml), each a whole number from 0 to 10.
 */

import { formatDay as formatDayIn } from '../i18n/intl';
import type { Lang } from '../i18n/lang';
import type { ToolStrings } from '@/i18n';

/** The trial diary's words in the reader's language (src/i18n/<lang>/tools.ts). */
export type DiaryWords = ToolStrings['trialDiary'];

/** The three PEG items, in the order of the published scale (their words: DiaryWords['peg']). */
export const PEG_ITEMS = [{ id: 'pain' }, { id: 'enjoyment' }, { id: 'activity' }] as const;

export type PegItemId = (typeof PEG_ITEMS)[number]['id'];
/** One set of PEG answers: each item a whole number from 0 to 10. */
export type Peg = Record<PegItemId, number>;

const PEG_MIN = 0;
export const PEG_MAX = 10;

/** Parts of the day an entry can be for, in the order of the day. */
export const TIMES_OF_DAY = [{ id: 'morning' }, { id: 'afternoon' }, { id: 'evening' }, { id: 'night' }] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]['id'];

/** How far a goal was met in one entry. */
export const GOAL_RESULTS = [{ id: 'done' }, { id: 'partly' }, { id: 'not' }] as const;
export type GoalResult = (typeof GOAL_RESULTS)[number]['id'];

/** Side effects named on the trial page (content/topics/the-trial.mdx), plus "other". */
export const SIDE_EFFECTS = [
  { id: 'nausea' },
  { id: 'itching' },
  { id: 'urine' },
  { id: 'headache' },
  { id: 'sleepiness' },
  { id: 'legs' },
  { id: 'other' },
] as const;
export type SideEffectId = (typeof SIDE_EFFECTS)[number]['id'];

/** Size limits, so one record stays small and a printed page stays readable. */
export const DIARY_LIMITS = {
  maxGoals: 3,
  goalLength: 120,
  medicinesLength: 600,
  otherSideEffectLength: 120,
  extraMedicineLength: 300,
  noteLength: 600,
  maxEntries: 120,
} as const;

/** A goal slot: `goal-1` to `goal-3`. Slots keep their id when the words change. */
export const GOAL_IDS = ['goal-1', 'goal-2', 'goal-3'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** One personal goal, in the person's own words. */
export interface Goal {
  id: GoalId;
  text: string;
}

/** Before the trial: the starting point. */
export interface Baseline {
  /** PEG answers before the trial; null until filled in. */
  peg: Peg | null;
  /** Up to three goals, in slot order. */
  goals: Goal[];
  /** Current pain medicines, as the person writes them. */
  medicines: string;
}

/** One diary entry during the trial. */
export interface DiaryEntry {
  /** Stable id (`e` + letters and digits), used to edit and delete. */
  id: string;
  /** Calendar day, YYYY-MM-DD. */
  date: string;
  time: TimeOfDay;
  peg: Peg;
  /** How far each goal was met; a goal with no answer is left out. */
  goals: Partial<Record<GoalId, GoalResult>>;
  /** Side effects ticked, in checklist order. */
  sideEffects: SideEffectId[];
  /** What the other side effect was (only when `other` is ticked). */
  otherSideEffect: string;
  /** Extra pain medicine taken, as written. */
  extraMedicine: string;
  note: string;
}

/** Everything the diary keeps. */
export interface TrialDiary {
  baseline: Baseline;
  /** In date and time-of-day order. */
  entries: DiaryEntry[];
}

export const EMPTY_DIARY: TrialDiary = { baseline: { peg: null, goals: [], medicines: '' }, entries: [] };

// ---------------------------------------------------------------------------------------------
// Checking single values (shared by the forms and by the stored record's sanitize)

/** Trims and joins runs of spaces inside a line; keeps line breaks (notes may have several lines). */
export function cleanText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\t ]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const isTimeOfDay = (value: unknown): value is TimeOfDay => TIMES_OF_DAY.some((t) => t.id === value);
export const isGoalResult = (value: unknown): value is GoalResult => GOAL_RESULTS.some((r) => r.id === value);
export const isSideEffect = (value: unknown): value is SideEffectId => SIDE_EFFECTS.some((s) => s.id === value);
export const isGoalId = (value: unknown): value is GoalId => GOAL_IDS.includes(value as GoalId);
export const isPegScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= PEG_MIN && value <= PEG_MAX;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today in the person's own time zone, YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Message for a typed PEG answer, or null when it is a whole number from 0 to 10. */
export function pegProblem(typed: string, words: DiaryWords['problems']): string | null {
  const text = typed.trim();
  if (text === '') return words.pegEmpty;
  if (!/^\d+$/.test(text)) return words.pegNotWhole(text);
  const n = Number(text);
  if (n > PEG_MAX) return words.pegTooHigh(n);
  return null;
}

/** Message for a typed date, or null when it is a real day not after today. */
export function dateProblem(typed: string, today: string, words: DiaryWords['problems']): string | null {
  const text = typed.trim();
  if (text === '') return words.dateEmpty;
  if (!isIsoDate(text)) return words.dateNotReal;
  if (text > today) return words.dateFuture;
  if (text < '2000-01-01') return words.dateTooOld;
  return null;
}

/** Message when a text is longer than allowed, or null. */
export function lengthProblem(text: string, max: number, words: DiaryWords['problems']): string | null {
  const length = cleanText(text).length;
  return length > max ? words.tooLong(length, max) : null;
}

// ---------------------------------------------------------------------------------------------
// Forms: what is typed (always strings), checked into a clean value or a list of messages

/** What the baseline form holds while typing. */
export interface BaselineDraft {
  peg: Record<PegItemId, string>;
  /** Three goal boxes; empty ones are not goals. */
  goals: [string, string, string];
  medicines: string;
}

/** What the entry form holds while typing. */
export interface EntryDraft {
  date: string;
  time: string;
  peg: Record<PegItemId, string>;
  goals: Partial<Record<GoalId, string>>;
  sideEffects: string[];
  otherSideEffect: string;
  extraMedicine: string;
  note: string;
}

/** Field name (as used for element ids) → message. Empty when everything is fine. */
export type FieldProblems = Record<string, string>;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblems };

const pegField = (id: PegItemId) => `peg-${id}`;

function checkPeg(draft: Record<PegItemId, string>, problems: FieldProblems, words: DiaryWords['problems']): Peg {
  const peg = {} as Peg;
  for (const item of PEG_ITEMS) {
    const problem = pegProblem(draft[item.id] ?? '', words);
    if (problem) problems[pegField(item.id)] = problem;
    else peg[item.id] = Number(draft[item.id]!.trim());
  }
  return peg;
}

export function baselineDraftFrom(baseline: Baseline): BaselineDraft {
  const goal = (id: GoalId) => baseline.goals.find((g) => g.id === id)?.text ?? '';
  const peg = (id: PegItemId) => (baseline.peg ? String(baseline.peg[id]) : '');
  return {
    peg: { pain: peg('pain'), enjoyment: peg('enjoyment'), activity: peg('activity') },
    goals: [goal('goal-1'), goal('goal-2'), goal('goal-3')],
    medicines: baseline.medicines,
  };
}

/** Checks the baseline form. The three PEG answers are needed; goals and medicines are optional. */
export function checkBaseline(draft: BaselineDraft, words: DiaryWords['problems']): Checked<Baseline> {
  const problems: FieldProblems = {};
  const peg = checkPeg(draft.peg, problems, words);
  const goals: Goal[] = [];
  draft.goals.forEach((text, index) => {
    const problem = lengthProblem(text, DIARY_LIMITS.goalLength, words);
    if (problem) problems[GOAL_IDS[index]!] = problem;
    else if (cleanText(text) !== '') goals.push({ id: GOAL_IDS[index]!, text: cleanText(text) });
  });
  const medicinesProblem = lengthProblem(draft.medicines, DIARY_LIMITS.medicinesLength, words);
  if (medicinesProblem) problems.medicines = medicinesProblem;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { peg, goals, medicines: cleanText(draft.medicines) } };
}

export function emptyEntryDraft(today: string): EntryDraft {
  return {
    date: today,
    time: '',
    peg: { pain: '', enjoyment: '', activity: '' },
    goals: {},
    sideEffects: [],
    otherSideEffect: '',
    extraMedicine: '',
    note: '',
  };
}

export function entryDraftFrom(entry: DiaryEntry): EntryDraft {
  return {
    date: entry.date,
    time: entry.time,
    peg: { pain: String(entry.peg.pain), enjoyment: String(entry.peg.enjoyment), activity: String(entry.peg.activity) },
    goals: { ...entry.goals },
    sideEffects: [...entry.sideEffects],
    otherSideEffect: entry.otherSideEffect,
    extraMedicine: entry.extraMedicine,
    note: entry.note,
  };
}

/** Checks the entry form against today's date. `id` is the entry's id (new or the one being edited). */
export function checkEntry(draft: EntryDraft, id: string, today: string, words: DiaryWords['problems']): Checked<DiaryEntry> {
  const problems: FieldProblems = {};
  const dateMessage = dateProblem(draft.date, today, words);
  if (dateMessage) problems.date = dateMessage;
  if (!isTimeOfDay(draft.time)) problems.time = words.noTime;
  const peg = checkPeg(draft.peg, problems, words);
  const goals: DiaryEntry['goals'] = {};
  for (const goalId of GOAL_IDS) {
    const result = draft.goals[goalId];
    if (isGoalResult(result)) goals[goalId] = result;
  }
  const sideEffects = SIDE_EFFECTS.map((s) => s.id).filter((sideEffect) => draft.sideEffects.includes(sideEffect));
  const other = cleanText(draft.otherSideEffect);
  if (sideEffects.includes('other') && other === '') {
    problems.otherSideEffect = words.noOtherSideEffect;
  }
  const otherLength = lengthProblem(draft.otherSideEffect, DIARY_LIMITS.otherSideEffectLength, words);
  if (otherLength) problems.otherSideEffect = otherLength;
  const extraLength = lengthProblem(draft.extraMedicine, DIARY_LIMITS.extraMedicineLength, words);
  if (extraLength) problems.extraMedicine = extraLength;
  const noteLength = lengthProblem(draft.note, DIARY_LIMITS.noteLength, words);
  if (noteLength) problems.note = noteLength;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      id,
      date: draft.date.trim(),
      time: draft.time as TimeOfDay,
      peg,
      goals,
      sideEffects,
      otherSideEffect: sideEffects.includes('other') ? other : '',
      extraMedicine: cleanText(draft.extraMedicine),
      note: cleanText(draft.note),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Operations on the diary (pure: each returns a new diary)

const timeRank = (time: TimeOfDay) => TIMES_OF_DAY.findIndex((t) => t.id === time);

/** Orders entries by date, then time of day; entries at the same time keep their order. */
export function sortEntries(entries: readonly DiaryEntry[]): DiaryEntry[] {
  return [...entries].sort((a, b) => (a.date === b.date ? timeRank(a.time) - timeRank(b.time) : a.date < b.date ? -1 : 1));
}

export const ENTRY_ID = /^e[a-z0-9]{1,24}$/;

/** A new entry id not used in the diary. */
export function newEntryId(diary: TrialDiary, random: () => number = Math.random): string {
  for (;;) {
    const id = `e${Math.floor(random() * 36 ** 8).toString(36)}`;
    if (ENTRY_ID.test(id) && !diary.entries.some((e) => e.id === id)) return id;
  }
}

export function setBaseline(diary: TrialDiary, baseline: Baseline): TrialDiary {
  return { ...diary, baseline };
}

/** Adds an entry, or replaces the one with the same id. Null when the diary is full. */
export function saveEntry(diary: TrialDiary, entry: DiaryEntry): TrialDiary | null {
  const exists = diary.entries.some((e) => e.id === entry.id);
  if (!exists && diary.entries.length >= DIARY_LIMITS.maxEntries) return null;
  const entries = exists ? diary.entries.map((e) => (e.id === entry.id ? entry : e)) : [...diary.entries, entry];
  return { ...diary, entries: sortEntries(entries) };
}

export function deleteEntry(diary: TrialDiary, id: string): TrialDiary {
  return { ...diary, entries: diary.entries.filter((e) => e.id !== id) };
}

/** True when nothing at all has been written in the diary. */
export function isEmptyDiary(diary: TrialDiary): boolean {
  const { baseline } = diary;
  return baseline.peg === null && baseline.goals.length === 0 && baseline.medicines === '' && diary.entries.length === 0;
}

/** "Tuesday, December 1" / "martes, 1 de diciembre" from YYYY-MM-DD, the same in every time zone. */
export function formatDay(iso: string, lang: Lang): string {
  return formatDayIn(iso, lang, 'weekday');
}

/** When an entry is for: "Tuesday, December 1, morning". */
export function entryWhen(entry: Pick<DiaryEntry, 'date' | 'time'>, words: DiaryWords, lang: Lang): string {
  return words.when(formatDay(entry.date, lang), words.timesOfDayInSentence[entry.time]);
}
