/**
 * Slots for records whose pages are still being built: the trial diary (issue 15). (My pump has
 * its own record now: src/lib/my-pump/my-pump-record.ts.) Their keys and plain-language names are
 * fixed now so the "What this site keeps" page, the backup file and "delete all" already cover them.
 *
 * Until a feature brings its own checks, `sanitize` here keeps a saved value only if it is a plain
 * JSON object of modest size, copied field by field, and never looks inside it. The feature
 * replaces its entry in registry.ts with its own RecordKind (same id, key and label).
 */
import type { RecordKind, Sanitized } from './record-kind';

/** Largest stored value (characters of JSON) a slot accepts before its feature defines stricter rules. */
export const RESERVED_MAX_CHARS = 200_000;

/** Any plain JSON object, not looked into. */
export type OpaqueRecord = Record<string, unknown>;

function keepPlainObject(data: Record<string, unknown>): Sanitized<OpaqueRecord> | null {
  const { v: _v, at: _at, ...fields } = data;
  const text = JSON.stringify(fields);
  if (text.length > RESERVED_MAX_CHARS) return null;
  return { value: JSON.parse(text) as OpaqueRecord, dropped: 0 };
}

const fieldCount = (value: OpaqueRecord) => {
  const n = Object.keys(value).length;
  return n === 1 ? '1 saved field' : `${n} saved fields`;
};

export const trialDiaryRecord: RecordKind<OpaqueRecord> = {
  id: 'trial-diary',
  key: 'ppg:trial-diary:v1',
  version: 1,
  label: 'Your trial diary',
  description: 'Your notes from the screening trial: your starting point, your goals and your diary entries.',
  empty: {},
  sanitize: keepPlainObject,
  describe: fieldCount,
};
