/**
 * Keeping the question list in the browser (localStorage) in a versioned, validated format.
 *
 * Pure module: the storage object is passed in, so tests can hand it a fake that throws, is full
 * or holds garbage. Nothing the person saved is ever silently thrown away: a value that cannot be
 * read is copied to a backup key first, and the caller is told so it can tell the person.
 */
import { EMPTY_LIST, isBankId, sanitizeList, type QuestionListState } from '../questions/list-core';
import { BACKUP_PREFIX, LEGACY_KEY, STORAGE_KEY, STORAGE_VERSION } from './keys';
import { copyAside, type StorageLike } from './copy-aside';

export { BACKUP_PREFIX, LEGACY_KEY, STORAGE_KEY, STORAGE_VERSION } from './keys';

/** The part of the Web Storage API this module uses. */
export type { StorageLike };

/**
 * What happened when the saved list was read.
 * - ok: read fine (or nothing saved yet: `state` is empty)
 * - migrated: an older format was read and rewritten in the current one
 * - repaired: some entries could not be read; the rest were kept and the raw value backed up
 * - corrupt: nothing could be read; the raw value was backed up (if `backupKey` is set)
 * - unavailable: storage cannot be used in this browser right now
 */
export type LoadStatus = 'ok' | 'migrated' | 'repaired' | 'corrupt' | 'unavailable';

export interface LoadResult {
  status: LoadStatus;
  state: QuestionListState;
  /** Key holding the copy of an unreadable value, when one was made. */
  backupKey?: string;
}

/** Finds localStorage, or null when the browser blocks it (access alone can throw). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** Turns a list into the stored string. */
export function serialize(state: QuestionListState): string {
  return JSON.stringify({ v: STORAGE_VERSION, items: state.items });
}

/**
 * Reads a stored string. Never throws. Returns the list and whether anything was dropped.
 * Null means the value is not a list in the current format at all.
 */
export function parseStored(raw: string): { state: QuestionListState; dropped: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== STORAGE_VERSION) return null;
  return sanitizeList(value);
}

/** Reads the v0 format: a JSON array of bank id strings. */
function parseLegacy(raw: string): { state: QuestionListState; dropped: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const items = value.map((id) => ({ kind: 'bank', id, important: false }));
  const result = sanitizeList({ items });
  if (!result) return null;
  // Non-string or malformed ids count as dropped so the raw value is backed up.
  return { state: result.state, dropped: value.filter((id) => typeof id !== 'string' || !isBankId(id)).length || result.dropped };
}

/**
 * Reads the saved list. Never throws.
 * When the current value cannot be read, its raw text is copied to a backup key before the key is
 * cleared; if the copy cannot be made, the value is left where it is and the result has no
 * `backupKey`: the caller must then not save over it until the person decides.
 */
export function loadList(storage: StorageLike | null, now = Date.now()): LoadResult {
  if (!storage) return { status: 'unavailable', state: EMPTY_LIST };
  let raw: string | null;
  let legacy: string | null = null;
  try {
    raw = storage.getItem(STORAGE_KEY);
    if (raw === null) legacy = storage.getItem(LEGACY_KEY);
  } catch {
    return { status: 'unavailable', state: EMPTY_LIST };
  }

  if (raw === null && legacy === null) return { status: 'ok', state: EMPTY_LIST };

  if (raw === null && legacy !== null) {
    const parsed = parseLegacy(legacy);
    const backupKey = !parsed || parsed.dropped > 0 ? copyAside(storage, BACKUP_PREFIX, legacy, now) : undefined;
    if (!parsed) {
      if (backupKey) safeRemove(storage, LEGACY_KEY);
      return withBackup({ status: 'corrupt', state: EMPTY_LIST }, backupKey);
    }
    // Remove the old key only once the new one is written, so a failure keeps the old data.
    if (saveList(storage, parsed.state) && (parsed.dropped === 0 || backupKey)) safeRemove(storage, LEGACY_KEY);
    return withBackup({ status: parsed.dropped > 0 ? 'repaired' : 'migrated', state: parsed.state }, backupKey);
  }

  const parsed = parseStored(raw as string);
  if (parsed && parsed.dropped === 0) return { status: 'ok', state: parsed.state };
  const backupKey = copyAside(storage, BACKUP_PREFIX, raw as string, now);
  if (!parsed) {
    if (backupKey) safeRemove(storage, STORAGE_KEY);
    return withBackup({ status: 'corrupt', state: EMPTY_LIST }, backupKey);
  }
  if (backupKey) saveList(storage, parsed.state);
  return withBackup({ status: 'repaired', state: parsed.state }, backupKey);
}

function withBackup(result: LoadResult, backupKey: string | undefined): LoadResult {
  return backupKey ? { ...result, backupKey } : result;
}

function safeRemove(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more we can do; the value stays, which is the safe side.
  }
}

/** Writes the list. Returns false when storage refused (blocked or full). Never throws. */
export function saveList(storage: StorageLike | null, state: QuestionListState): boolean {
  if (!storage) return false;
  try {
    storage.setItem(STORAGE_KEY, serialize(state));
    return true;
  } catch {
    return false;
  }
}

/** Whether the browser lets us write right now: 'ok', 'full' (quota) or 'unavailable'. Never throws. */
export function probeStorage(storage: StorageLike | null): 'ok' | 'full' | 'unavailable' {
  if (!storage) return 'unavailable';
  const key = 'ppg:probe';
  try {
    storage.setItem(key, '1');
    storage.removeItem(key);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** True for the "storage is full" errors browsers throw (names differ between engines). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
