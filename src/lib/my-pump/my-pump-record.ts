/**
 * The "My pump" record: what a person enters on /my-pump/, kept in this browser only (see
 * docs/storage.md). Pure. Everything typed is saved as typed (so nothing is lost while it has a
 * problem); `fieldProblems` says what is wrong in plain words, and `usablePump` leaves out anything
 * with a problem before the card, calendar or handover sheet use it.
 */
import type { RecordKind } from '../storage/record-kind';
import { dateParts, isRealDate } from './dates';
import { MEDICINE_IDS, PUMP_MODEL_IDS, type MedicineId, type PumpModelId } from './vocabulary';
import type { MyPumpWords } from './essentials';
import { formatCount } from '../i18n/intl';
import type { Lang } from '../i18n/lang';

/** Free-text fields. Shown exactly as entered; never computed with. */
const TEXT_FIELDS = [
  'otherMedicine',
  'dose',
  'concentration',
  'clinicName',
  'clinicPhone',
  'afterHoursPhone',
  'emergencyName',
  'emergencyPhone',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Date fields (YYYY-MM-DD). */
const DATE_FIELDS = ['nextRefill', 'lowReservoirAlarm', 'batteryReplacement', 'implantDate'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** Phone fields: checked for the characters people dial with. */
const PHONE_FIELDS: readonly TextField[] = ['clinicPhone', 'afterHoursPhone', 'emergencyPhone'];

/** Longest text each field may have to be used on the card and sheet (characters). */
const TEXT_LIMITS: Record<TextField, number> = {
  otherMedicine: 60,
  dose: 200,
  concentration: 200,
  clinicName: 100,
  clinicPhone: 30,
  afterHoursPhone: 30,
  emergencyName: 100,
  emergencyPhone: 30,
};

/** Longest text kept in storage for any one field, so a paste of a whole document cannot fill it. */
export const STORED_TEXT_MAX = 20_000;
/** Most refills kept in the log. */
const MAX_REFILLS = 200;
/** Dates outside these years are typing mistakes. */
const EARLIEST_YEAR = 1980;
const LATEST_YEAR = 2100;

/** One refill in the log. */
export interface RefillEntry {
  /** The day the pump was refilled (YYYY-MM-DD). */
  date: string;
  /** The next refill date the clinic gave at that visit (YYYY-MM-DD), if any. */
  nextDue?: string;
}

export type MyPump = {
  /** The pump model chosen, or none yet. */
  model?: PumpModelId;
  /** Medicines in the pump, in the order of MEDICINE_IDS. */
  medicines: MedicineId[];
  /** Past refills, newest first. */
  refills: RefillEntry[];
} & { [F in TextField]?: string } & { [F in DateField]?: string };

export const EMPTY_PUMP: MyPump = { medicines: [], refills: [] };

/** Every field name the page shows a message for. */
export type FieldName = TextField | DateField | 'medicines';

const PHONE = /^\+?[0-9(][0-9 ().-]*[0-9]$/;

/** What is wrong with one field, as a code; fieldProblemText puts it in the reader's words. */
export type FieldProblem =
  | { code: 'too-long'; length: number; limit: number }
  | { code: 'phone-short' }
  | { code: 'phone-characters' }
  | { code: 'not-a-date' }
  | { code: 'year-range' }
  | { code: 'implant-in-future' }
  | { code: 'no-medicine' }
  | { code: 'no-other-medicine' };

function textProblem(field: TextField, value: string): FieldProblem | undefined {
  const text = value.trim();
  if (text.length === 0) return undefined;
  const limit = TEXT_LIMITS[field];
  if (text.length > limit) return { code: 'too-long', length: text.length, limit };
  if (PHONE_FIELDS.includes(field)) {
    if (text.length < 3) return { code: 'phone-short' };
    if (!PHONE.test(text)) return { code: 'phone-characters' };
  }
  return undefined;
}

function dateProblem(field: DateField, value: string, today: string): FieldProblem | undefined {
  if (value === '') return undefined;
  const parts = dateParts(value);
  if (!isRealDate(value) || !parts) return { code: 'not-a-date' };
  if (parts[0] < EARLIEST_YEAR || parts[0] > LATEST_YEAR) return { code: 'year-range' };
  if (field === 'implantDate' && value > today) return { code: 'implant-in-future' };
  return undefined;
}

/** What is wrong with each field (no entry when the field is fine or empty). */
export function fieldProblems(pump: MyPump, today: string): Partial<Record<FieldName, FieldProblem>> {
  const problems: Partial<Record<FieldName, FieldProblem>> = {};
  for (const field of TEXT_FIELDS) {
    const value = pump[field];
    const problem = value === undefined ? undefined : textProblem(field, value);
    if (problem) problems[field] = problem;
  }
  for (const field of DATE_FIELDS) {
    const value = pump[field];
    const problem = value === undefined ? undefined : dateProblem(field, value, today);
    if (problem) problems[field] = problem;
  }
  if (pump.medicines.length === 0) problems.medicines = { code: 'no-medicine' };
  if (pump.medicines.includes('other') && !problems.otherMedicine && !(pump.otherMedicine ?? '').trim()) {
    problems.otherMedicine = { code: 'no-other-medicine' };
  }
  return problems;
}

/** A field problem in plain words, in the reader's language. */
export function fieldProblemText(problem: FieldProblem, words: MyPumpWords['problems'], lang: Lang): string {
  switch (problem.code) {
    case 'too-long':
      return words.tooLong(formatCount(problem.length, lang), problem.limit);
    case 'phone-short':
      return words.phoneShort;
    case 'phone-characters':
      return words.phoneCharacters;
    case 'not-a-date':
      return words.notADate;
    case 'year-range':
      return words.yearRange(EARLIEST_YEAR, LATEST_YEAR);
    case 'implant-in-future':
      return words.implantInFuture;
    case 'no-medicine':
      return words.noMedicine;
    case 'no-other-medicine':
      return words.noOtherMedicine;
  }
}

/**
 * The record with every field that has a problem left out and text trimmed, for the card, the
 * lock-screen image, the calendar and the handover sheet. Empty text counts as not given.
 */
export function usablePump(pump: MyPump, today: string): MyPump {
  const problems = fieldProblems(pump, today);
  const clean: MyPump = { medicines: [...pump.medicines], refills: pump.refills.filter((r) => !dateProblem('nextRefill', r.date, today)) };
  if (pump.model) clean.model = pump.model;
  for (const field of TEXT_FIELDS) {
    const text = pump[field]?.trim();
    if (text && !problems[field]) clean[field] = text;
  }
  for (const field of DATE_FIELDS) {
    const date = pump[field];
    if (date && !problems[field]) clean[field] = date;
  }
  return clean;
}

/** Adds a refill to the log (newest first); its next due date becomes the pump's next refill date. */
export function addRefill(pump: MyPump, entry: RefillEntry): MyPump {
  const refills = [entry, ...pump.refills].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, MAX_REFILLS);
  const newest = refills[0]!;
  const next: MyPump = { ...pump, refills };
  if (newest === entry && entry.nextDue) next.nextRefill = entry.nextDue;
  return next;
}

/** Removes the refill at this position in the log. */
export function removeRefill(pump: MyPump, index: number): MyPump {
  return { ...pump, refills: pump.refills.filter((_, i) => i !== index) };
}

const isStoredDate = (value: unknown): value is string => typeof value === 'string' && isRealDate(value);

/** Checks an untrusted stored object field by field; see RecordKind.sanitize. */
function sanitizePump(data: Record<string, unknown>): { value: MyPump; dropped: number } | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  let dropped = 0;
  const value: MyPump = { medicines: [], refills: [] };

  if (data.model !== undefined) {
    if (typeof data.model === 'string' && (PUMP_MODEL_IDS as readonly string[]).includes(data.model)) value.model = data.model as PumpModelId;
    else dropped += 1;
  }
  if (data.medicines !== undefined) {
    if (Array.isArray(data.medicines)) {
      for (const id of MEDICINE_IDS) if (data.medicines.includes(id)) value.medicines.push(id);
      dropped += data.medicines.filter((m) => !(MEDICINE_IDS as readonly unknown[]).includes(m)).length;
      dropped += data.medicines.length - new Set(data.medicines).size;
    } else dropped += 1;
  }
  for (const field of TEXT_FIELDS) {
    const text = data[field];
    if (text === undefined) continue;
    if (typeof text === 'string' && text.length <= STORED_TEXT_MAX) value[field] = text;
    else dropped += 1;
  }
  for (const field of DATE_FIELDS) {
    const date = data[field];
    if (date === undefined) continue;
    if (date === '' || isStoredDate(date)) value[field] = date;
    else dropped += 1;
  }
  if (data.refills !== undefined) {
    if (Array.isArray(data.refills)) {
      for (const raw of data.refills.slice(0, MAX_REFILLS)) {
        const entry = raw as Record<string, unknown> | null;
        if (typeof entry !== 'object' || entry === null || !isStoredDate(entry.date) || (entry.nextDue !== undefined && !isStoredDate(entry.nextDue))) {
          dropped += 1;
          continue;
        }
        value.refills.push(entry.nextDue === undefined ? { date: entry.date } : { date: entry.date, nextDue: entry.nextDue as string });
      }
      dropped += Math.max(0, data.refills.length - MAX_REFILLS);
    } else dropped += 1;
  }
  const known = new Set<string>(['v', 'at', 'model', 'medicines', 'refills', ...TEXT_FIELDS, ...DATE_FIELDS]);
  dropped += Object.keys(data).filter((key) => !known.has(key)).length;
  return { value, dropped };
}

export const myPumpRecord: RecordKind<MyPump> = {
  id: 'my-pump',
  key: 'ppg:my-pump:v1',
  version: 1,
  empty: EMPTY_PUMP,
  sanitize: sanitizePump,
  describe(value) {
    const filled = [...TEXT_FIELDS, ...DATE_FIELDS].filter((f) => (value[f] ?? '') !== '').length + (value.model ? 1 : 0) + (value.medicines.length > 0 ? 1 : 0);
    return { fields: filled, refills: value.refills.length };
  },
};
