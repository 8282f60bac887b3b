/**
 * Reading, writing and clearing registered records, and the kept copies of unreadable values.
 *
 * Pure module: the storage object is passed in, so tests can hand it a fake that throws, is full
 * or holds garbage. Nothing the person saved is ever silently thrown away: a value that cannot be
 * read in full is copied aside (a "kept copy") before anything is written over it, and the caller
 * is told so it can tell the person.
 */
import type { AnyRecordKind, RecordKind, Sanitized } from './record-kind';
import {
  parseEnvelope,
  readKey,
  serializeEnvelope,
  SITE_PREFIX,
  writeKey,
  type KeyedStorage,
  type StorageLike,
} from './stored-value';

/**
 * What happened when a record was read.
 * - ok: read fine, or nothing saved yet
 * - repaired: some parts could not be read; the rest were kept and the raw value kept aside
 * - corrupt: nothing could be read; the raw value was kept aside when `keptKey` is set
 * - unavailable: this browser does not let the site read storage right now
 */
export type LoadStatus = 'ok' | 'repaired' | 'corrupt' | 'unavailable';

/** Whether writing works: 'ok', 'full' (quota) or 'unavailable' (blocked, private mode). */
export type SaveStatus = 'ok' | 'full' | 'unavailable';

export interface LoadResult<T> {
  status: LoadStatus;
  value: T;
  /** Key of the kept copy of an unreadable value, when one was made. */
  keptKey?: string;
  /** When the value was last written (ms since 1970), when the stored value says. */
  changedAt?: number;
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

/** A stored value read with the record's own rules. Null when it is not this record at all. */
export function parseRecord<T extends object>(
  kind: RecordKind<T>,
  raw: string,
): (Sanitized<T> & { changedAt?: number }) | null {
  const data = parseEnvelope(raw, kind.version);
  if (!data) return null;
  const result = kind.sanitize(data);
  if (!result) return null;
  return typeof data.at === 'number' && Number.isFinite(data.at) ? { ...result, changedAt: data.at } : result;
}

/** The stored string for a value, stamped with the time it was written. */
export function serializeRecord<T extends object>(kind: RecordKind<T>, value: T, now = Date.now()): string {
  return serializeEnvelope(kind.version, value, now);
}

/**
 * Reads a record. Never throws. When the value cannot be read in full, its raw text is kept aside
 * first. If that copy fails, the value is left as it is and the result has no `keptKey`: the caller
 * must then not save over it until the person chooses to.
 */
export function loadRecord<T extends object>(
  kind: RecordKind<T>,
  storage: StorageLike | null,
  now = Date.now(),
): LoadResult<T> {
  if (!storage) return { status: 'unavailable', value: kind.empty };
  let raw: string | null;
  try {
    raw = storage.getItem(kind.key);
  } catch {
    return { status: 'unavailable', value: kind.empty };
  }
  if (raw === null) return { status: 'ok', value: kind.empty };

  const parsed = parseRecord(kind, raw);
  const changed = parsed?.changedAt === undefined ? {} : { changedAt: parsed.changedAt };
  if (parsed && parsed.dropped === 0) return { status: 'ok', value: parsed.value, ...changed };

  const keptKey = keepCopy(storage, kind.id, raw, now);
  const status: LoadStatus = parsed ? 'repaired' : 'corrupt';
  const value = parsed ? parsed.value : kind.empty;
  // Only replace the original once it is safe in the kept copy.
  if (keptKey) {
    if (parsed) saveRecord(kind, storage, value, now);
    else removeKey(storage, kind.key);
  }
  return keptKey ? { status, value, keptKey } : { status, value, ...changed };
}

/** Writes a record. False when storage refused (blocked or full). Never throws. */
export function saveRecord<T extends object>(
  kind: RecordKind<T>,
  storage: StorageLike | null,
  value: T,
  now = Date.now(),
): boolean {
  return writeKey(storage, kind.key, serializeRecord(kind, value, now));
}

/** Removes a record's saved value. False when storage refused. Never throws. */
export function clearRecord(kind: AnyRecordKind, storage: StorageLike | null): boolean {
  return removeKey(storage, kind.key);
}

function removeKey(storage: StorageLike | null, key: string): boolean {
  try {
    if (!storage) return false;
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Whether the browser lets us write right now. Never throws. */
export function probeStorage(storage: StorageLike | null): SaveStatus {
  if (!storage) return 'unavailable';
  const key = `${SITE_PREFIX}probe`;
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

/** Every `ppg:` key in this browser, sorted. Empty when storage cannot be read. Never throws. */
export function siteKeys(storage: KeyedStorage | null): string[] {
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(SITE_PREFIX)) keys.push(key);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

/** A kept copy of a value that could not be read. */
export interface KeptCopy {
  key: string;
  /** Id of the record it was kept from (may be one this version does not know). */
  recordId: string;
  /** When it was kept (ms since 1970). */
  keptAt: number;
}

/**
 * Kept copies are `ppg:<id>:kept:<time>`; copies made before this module, `ppg:<id>:backup:<time>`,
 * are the same idea and are listed too so the person can see and delete them.
 */
const KEPT_COPY = /^ppg:([a-z0-9-]+):(?:kept|backup):(\d+)$/;

/** Every kept copy in this browser, oldest first. Never throws. */
export function listKeptCopies(storage: KeyedStorage | null, recordId?: string): KeptCopy[] {
  const copies: KeptCopy[] = [];
  for (const key of siteKeys(storage)) {
    const match = KEPT_COPY.exec(key);
    if (match && (!recordId || match[1] === recordId))
      copies.push({ key, recordId: match[1]!, keptAt: Number(match[2]) });
  }
  return copies.sort((a, b) => a.keptAt - b.keptAt);
}

/** True when the key names a kept copy. */
function isKeptCopyKey(key: string): boolean {
  return KEPT_COPY.test(key);
}

/** The raw text of a kept copy, or null when it is gone or unreadable. Never throws. */
export function readKeptCopy(storage: StorageLike | null, key: string): string | null {
  return isKeptCopyKey(key) ? readKey(storage, key) : null;
}

/** Deletes a kept copy once the person has chosen to. False when that failed. Never throws. */
export function deleteKeptCopy(storage: StorageLike | null, key: string): boolean {
  return isKeptCopyKey(key) && removeKey(storage, key);
}

/**
 * Removes every `ppg:` key: records, kept copies and anything an older or newer version left.
 * Returns the keys that could not be removed (empty when all went). Never throws.
 */
export function deleteAllSiteData(storage: KeyedStorage | null): string[] {
  const keys = siteKeys(storage);
  const failed = keys.filter((key) => !removeKey(storage, key));
  return failed.concat(siteKeys(storage).filter((key) => !failed.includes(key)));
}
