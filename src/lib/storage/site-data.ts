/**
 * What this site keeps in this browser, described for the "What this site keeps on this device"
 * page: every registered record present, every kept copy, and any other `ppg:` key (left by an
 * older or newer version). Pure: storage is passed in. Never throws.
 */
import type { AnyRecordKind, RecordFacts } from './record-kind';
import { listKeptCopies, parseRecord, siteKeys } from './records';
import { RECORD_KINDS } from './registry';
import { readKey, type KeyedStorage } from './stored-value';

/** A registered record that has a saved value. */
interface KeptRecord {
  kind: AnyRecordKind;
  /** How much it holds (see RecordKind.describe), or null when the saved value cannot be read. */
  summary: RecordFacts | null;
  /** Parts that could not be read (0 when all is fine). */
  dropped: number;
  /** When it was last changed (ms since 1970), when known. */
  changedAt?: number;
}

/** A kept copy of a value that could not be read. */
interface KeptCopyEntry {
  key: string;
  /** The id of the record it was kept from (named in words by the page; this version may not know it). */
  recordId: string;
  keptAt: number;
  /** Length of the kept text in characters. */
  size: number;
}

export interface SiteData {
  records: KeptRecord[];
  keptCopies: KeptCopyEntry[];
  /** Other `ppg:` keys this version does not know. */
  otherKeys: string[];
}

/** Everything the site keeps here, in the registry's order. */
export function describeSiteData(storage: KeyedStorage | null, kinds: readonly AnyRecordKind[] = RECORD_KINDS): SiteData {
  const records: KeptRecord[] = [];
  for (const kind of kinds) {
    const raw = readKey(storage, kind.key);
    if (raw === null) continue;
    const parsed = parseRecord(kind, raw);
    if (!parsed) {
      records.push({ kind, summary: null, dropped: 0 });
      continue;
    }
    const entry: KeptRecord = { kind, summary: kind.describe(parsed.value), dropped: parsed.dropped };
    if (parsed.changedAt !== undefined) entry.changedAt = parsed.changedAt;
    records.push(entry);
  }
  const copies = listKeptCopies(storage);
  const keptCopies = copies.map((copy) => ({
    key: copy.key,
    recordId: copy.recordId,
    keptAt: copy.keptAt,
    size: readKey(storage, copy.key)?.length ?? 0,
  }));
  const known = new Set([...kinds.map((kind) => kind.key), ...copies.map((copy) => copy.key)]);
  const otherKeys = siteKeys(storage).filter((key) => !known.has(key));
  return { records, keptCopies, otherKeys };
}

/** True when the site keeps nothing at all here. */
export function keepsNothing(data: SiteData): boolean {
  return data.records.length === 0 && data.keptCopies.length === 0 && data.otherKeys.length === 0;
}
