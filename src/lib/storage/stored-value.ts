/**
 * The tiny shared core of everything the site keeps in localStorage: the key prefix, the stored
 * value's envelope (`{"v": version, "at": time, ...data}`), safe access to storage, and the two
 * page events. Kept small on purpose: the script on every content page imports it inside a 3 KB
 * budget (src/scripts/questions/content-page.ts), so it must not import anything else.
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
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

/** Writes one key. False when storage refused (blocked or full). Never throws. */
export function writeKey(storage: StorageLike | null, key: string, value: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
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
    const value = JSON.parse(raw) as Record<string, unknown> | null;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && value.v === version ? value : null;
  } catch {
    return null;
  }
}

/** The stored string: the version, when it was written (ms since 1970) and the data fields. */
export function serializeEnvelope(version: number, data: object, at: number): string {
  return JSON.stringify({ ...data, v: version, at });
}

/**
 * Key for a kept copy of a record's unreadable value: `ppg:<record id>:kept:<time>`.
 * "Kept copy" is the one name for this idea across the code, the docs and the site.
 */
export function keptCopyKey(recordId: string, now: number): string {
  return `${SITE_PREFIX}${recordId}:kept:${now}`;
}

/**
 * Copies an unreadable value aside under a fresh kept-copy key so it is never silently lost.
 * Returns the key, or undefined when even that write failed (storage full or blocked).
 */
export function keepCopy(storage: StorageLike | null, recordId: string, raw: string, now: number): string | undefined {
  let time = now;
  while (readKey(storage, keptCopyKey(recordId, time)) !== null) time += 1;
  const key = keptCopyKey(recordId, time);
  return writeKey(storage, key, raw) ? key : undefined;
}
