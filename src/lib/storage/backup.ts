/**
 * The backup file of everything the site keeps in this browser: build it, read one back (checked
 * record by record with each record's own rules), and work out and apply a restore that never
 * overwrites anything silently (the page shows the plan and asks first).
 *
 * Pure module: storage is passed in; nothing here touches the DOM.
 */
import type { AnyRecordKind, RecordFacts } from './record-kind';
import { keepCopy, listKeptCopies, parseRecord, readKeptCopy, serializeRecord } from './records';
import { RECORD_KINDS } from './registry';
import { parseEnvelope, readKey, writeKey, type KeyedStorage, type StorageLike } from './stored-value';

/** The `format` field: says the file is a backup from this site. */
export const BACKUP_FORMAT = 'pain-pump-guide-backup';
/** The file layout version written today. */
const BACKUP_VERSION = 1;
/** Largest file we read (characters). localStorage itself holds about 5 MB; our data is far smaller. */
export const BACKUP_MAX_CHARS = 1_000_000;
/** Most kept copies a file may bring back, and the longest one. */
export const BACKUP_MAX_KEPT_COPIES = 50;
const BACKUP_MAX_KEPT_CHARS = 200_000;

/** A kept copy in a backup file: the raw text of a value that could not be read. */
interface BackupKeptCopy {
  /** Id of the record it was kept from. */
  record: string;
  /** When it was kept (ms since 1970). */
  keptAt: number;
  /** The raw text, unchanged. */
  text: string;
}

/** The file as written. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  /** Each record's stored value, unchanged, under its record id. */
  records: Record<string, unknown>;
  keptCopies: BackupKeptCopy[];
}

/**
 * Everything this browser keeps, as one backup file. A record whose stored value is not even in
 * its format goes in as a kept copy, so the file never loses anything. Never throws.
 */
export function buildBackup(storage: KeyedStorage | null, now = Date.now(), kinds: readonly AnyRecordKind[] = RECORD_KINDS): BackupFile {
  const records: Record<string, unknown> = {};
  const keptCopies: BackupKeptCopy[] = [];
  for (const kind of kinds) {
    const raw = readKey(storage, kind.key);
    if (raw === null) continue;
    const data = parseEnvelope(raw, kind.version);
    if (data) records[kind.id] = data;
    else keptCopies.push({ record: kind.id, keptAt: now, text: raw });
  }
  for (const copy of listKeptCopies(storage)) {
    const text = readKeptCopy(storage, copy.key);
    if (text !== null) keptCopies.push({ record: copy.recordId, keptAt: copy.keptAt, text });
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), records, keptCopies };
}

/** The backup as file text. */
export function backupText(backup: BackupFile): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A file name with the date, for example `pain-pump-guide-backup-2026-12-03.json`. */
export function backupFileName(now = Date.now()): string {
  return `${BACKUP_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** One record read from a file. */
interface RestoreRecord {
  kind: AnyRecordKind;
  value: object;
  /** Parts of it that broke a rule and will not be restored. */
  dropped: number;
}

/**
 * Something in the file that will not be restored, and why (the page words each reason):
 * unknown-kind: this version does not know the record; newer: saved by a newer version;
 * unreadable: it breaks the record's rules; bad-copies: kept copies that were unreadable or too many.
 */
type RestoreSkip =
  | { what: 'record'; /** The record id as written in the file (at most 60 characters). */ id: string; reason: 'unknown-kind' | 'newer' | 'unreadable' }
  | { what: 'kept-copies'; count: number; reason: 'bad-copies' };

/** Why a file cannot be restored at all (the page words it): not one of ours, too big, or from a newer version. */
type BackupProblem = 'not-a-backup' | 'too-big' | 'newer-version';

/** A file read for restoring. */
export type ParsedBackup =
  | { ok: true; exportedAt?: string; records: RestoreRecord[]; keptCopies: BackupKeptCopy[]; skipped: RestoreSkip[] }
  | { ok: false; problem: BackupProblem };

const NOT_A_BACKUP = { ok: false, problem: 'not-a-backup' } as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup file's text. Never throws, never trusts it: each record is checked with its own
 * `sanitize`, and anything unreadable is listed in `skipped` instead of being restored.
 */
export function parseBackup(text: string, kinds: readonly AnyRecordKind[] = RECORD_KINDS): ParsedBackup {
  if (text.length > BACKUP_MAX_CHARS) {
    return { ok: false, problem: 'too-big' };
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return NOT_A_BACKUP;
  }
  if (!isObject(file) || file.format !== BACKUP_FORMAT || typeof file.version !== 'number') return NOT_A_BACKUP;
  if (file.version > BACKUP_VERSION) {
    return { ok: false, problem: 'newer-version' };
  }
  if (file.version !== BACKUP_VERSION || (file.records !== undefined && !isObject(file.records))) return NOT_A_BACKUP;

  const records: RestoreRecord[] = [];
  const skipped: RestoreSkip[] = [];
  for (const [id, data] of Object.entries(file.records ?? {})) {
    const kind = kinds.find((k) => k.id === id);
    const name = id.slice(0, 60);
    if (!kind) {
      skipped.push({ what: 'record', id: name, reason: 'unknown-kind' });
      continue;
    }
    const parsed = isObject(data) ? parseRecord(kind, JSON.stringify(data)) : null;
    if (!parsed) {
      const newer = isObject(data) && typeof data.v === 'number' && data.v > kind.version;
      skipped.push({ what: 'record', id: name, reason: newer ? 'newer' : 'unreadable' });
      continue;
    }
    records.push({ kind, value: parsed.value, dropped: parsed.dropped });
  }

  const keptCopies: BackupKeptCopy[] = [];
  const copies = Array.isArray(file.keptCopies) ? file.keptCopies : [];
  let badCopies = copies.length > BACKUP_MAX_KEPT_COPIES ? copies.length - BACKUP_MAX_KEPT_COPIES : 0;
  for (const copy of copies.slice(0, BACKUP_MAX_KEPT_COPIES)) {
    if (
      isObject(copy) &&
      typeof copy.record === 'string' &&
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(copy.record) &&
      copy.record.length <= 40 &&
      typeof copy.keptAt === 'number' &&
      Number.isSafeInteger(copy.keptAt) &&
      copy.keptAt >= 0 &&
      typeof copy.text === 'string' &&
      copy.text.length <= BACKUP_MAX_KEPT_CHARS
    ) {
      keptCopies.push({ record: copy.record, keptAt: copy.keptAt, text: copy.text });
    } else badCopies += 1;
  }
  if (badCopies > 0) {
    skipped.push({ what: 'kept-copies', count: badCopies, reason: 'bad-copies' });
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt.slice(0, 40) : undefined;
  return { ok: true, ...(exportedAt ? { exportedAt } : {}), records, keptCopies, skipped };
}

/** What restoring one record would do. */
interface RestoreChange {
  kind: AnyRecordKind;
  /** add: nothing saved now; replace: what is saved now goes; same: already identical. */
  action: 'add' | 'replace' | 'same';
  /** What is saved now (replace only; null when it cannot be read). */
  current?: RecordFacts | null;
  /** What the file holds. */
  incoming: RecordFacts;
  value: object;
  /** Parts in the file that broke a rule and will not be restored. */
  dropped: number;
}

/** Everything a restore would do, for the person to confirm. */
export interface RestorePlan {
  changes: RestoreChange[];
  /** Kept copies from the file that are not already kept here. */
  keptCopies: BackupKeptCopy[];
  skipped: RestoreSkip[];
}

/** Works out what restoring this file would change here, without changing anything. */
export function planRestore(storage: KeyedStorage | null, backup: Extract<ParsedBackup, { ok: true }>): RestorePlan {
  const changes = backup.records.map((record): RestoreChange => {
    const { kind, value, dropped } = record;
    const incoming = kind.describe(value);
    const raw = readKey(storage, kind.key);
    if (raw === null) return { kind, action: 'add', incoming, value, dropped };
    const current = parseRecord(kind, raw);
    if (current && current.dropped === 0 && JSON.stringify(current.value) === JSON.stringify(value)) {
      return { kind, action: 'same', incoming, value, dropped };
    }
    return { kind, action: 'replace', current: current ? kind.describe(current.value) : null, incoming, value, dropped };
  });
  const here = new Set(
    listKeptCopies(storage).map((copy) => `${copy.recordId}\n${readKeptCopy(storage, copy.key) ?? ''}`),
  );
  const keptCopies = backup.keptCopies.filter((copy) => {
    const id = `${copy.record}\n${copy.text}`;
    if (here.has(id)) return false;
    here.add(id);
    return true;
  });
  return { changes, keptCopies, skipped: backup.skipped };
}

/** True when restoring would change nothing. */
export function restoreChangesNothing(plan: RestorePlan): boolean {
  return plan.keptCopies.length === 0 && plan.changes.every((change) => change.action === 'same');
}

/**
 * Writes a confirmed plan. A value saved now that is not fully readable is kept aside before it is
 * replaced. Returns what could not be written (storage full or blocked): record ids, and
 * `kept-copy` for a kept copy.
 */
export function applyRestore(storage: StorageLike | null, plan: RestorePlan, now = Date.now()): string[] {
  const failed: string[] = [];
  for (const change of plan.changes) {
    if (change.action === 'same') continue;
    const { kind } = change;
    const raw = readKey(storage, kind.key);
    const readable = raw === null || parseRecord(kind, raw)?.dropped === 0;
    if (!readable && !keepCopy(storage, kind.id, raw as string, now)) {
      failed.push(kind.id);
      continue;
    }
    if (!writeKey(storage, kind.key, serializeRecord(kind, change.value, now))) failed.push(kind.id);
  }
  for (const copy of plan.keptCopies) {
    if (!keepCopy(storage, copy.record, copy.text, copy.keptAt)) failed.push('kept-copy');
  }
  return [...new Set(failed)];
}
