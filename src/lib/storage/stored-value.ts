/**
 * The tiny shared core of everything the site keeps in localStorage: the key prefix, the stored
 * value's envelope (`{"v": version, "at": time, ...data}`), safe access to storage, and the two
 * page events. Kept small on purpose: the script on every content page imports it inside a 3 KB
 * budget (src/scripts/questions/content-page.ts), so it must not import anything else, and
 * everything else (kept copies, load/save rules) lives in records.ts.
 */

/** Every key the site writes starts with this, so "delete all" can find them all. */
export const SITE_PREFIX = 'ppg:';

/** The part of the Web Storage API a record needs (a test can pass a fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The part of the Web Storage API needed to walk every key. */
export type KeyedStorage = StorageLike & Pick<Storage, 'length' | 'key'>;

/**
 * Sent on window after a store changed its value in this tab (detail: {@link RecordEventDetail}
 * with the new value), so small scripts that do not load the store (the header count) stay in step.
 */
export const RECORD_CHANGED_EVENT = 'ppg:record-changed';
/**
 * Sent on window after something other than a store wrote a record in this tab (the content-page
 * script, a restore), so stores on the same page read it again: the `storage` event only reaches
 * other tabs.
 */
export const RECORD_WRITTEN_EVENT = 'ppg:record-written';

/** The detail of both events. */
export interface RecordEventDetail {
  /** Storage key of the record that changed. */
  key: string;
  /** The new value (RECORD_CHANGED_EVENT only). */
  value?: unknown;
}

/** Finds localStorage, or null when the browser blocks it (even touching it can throw). */
export function browserStorage(): KeyedStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads one key. Null when it is not there or storage refuses. Never throws. */
export function readKey(storage: StorageLike | null, key: string): string | null {
  try {
    // No storage (null) throws here too and lands in catch: one path for every failure.
    return storage!.getItem(key);
  } catch {
    return null;
  }
}

/** Writes one key. False when storage refused (blocked or full). Never throws. */
export function writeKey(storage: StorageLike | null, key: string, value: string): boolean {
  try {
    storage!.setItem(key, value); // null storage throws and lands in catch, like a blocked one
    return true;
  } catch {
    return false;
  }
}

/**
 * The data fields of a stored value when it is a JSON object with this version, else null.
 * Never throws. The fields are not checked here: each record's `sanitize` does that.
 */
export function parseEnvelope(raw: string, version: number): Record<string, unknown> | null {
  try {
    // Only a JSON object can carry a "v" field (arrays, strings, numbers and null cannot), so the
    // version check alone also checks the shape. Kept this short for the content-page budget.
    const value = JSON.parse(raw) as { v?: unknown } | null;
    return value?.v === version ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The stored string: the version, when it was written (ms since 1970) and the data fields. */
export function serializeEnvelope(version: number, data: object, at: number): string {
  return JSON.stringify({ ...data, v: version, at });
}
