/**
 * Checks the static index file (/search-index.json) and unpacks it for the engine: fuse.js's parsed
 * index, plus each record's fields read back from the index records (the file carries each string
 * once) in display form, in match form (folded to lower case) and as one searchable string.
 *
 * This module reaches the client: no Node or DOM imports.
 */
import Fuse from 'fuse.js/basic';
import type { FuseIndex } from 'fuse.js';
import { SEARCH_KEYS } from './search-index';
import { foldForMatch } from './text';
import { SEARCH_INDEX_VERSION, type SearchIndexFile } from './types';

/** Thrown when the index file is damaged or from another version of the site. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** One field of a fuse.js index record: its value and its field-length norm. */
interface IndexRecordValue {
  v: string;
  n: number;
}
/** fuse.js's (undocumented) index record layout: document number and fields by key position. */
export interface IndexRecord {
  i: number;
  $: Record<string, IndexRecordValue | undefined>;
}

/** The index file unpacked for searching. Arrays are by document number (the order of `file.docs`). */
export interface LoadedIndex {
  file: SearchIndexFile;
  /** Number of records. */
  count: number;
  /** fuse.js's index of every record. */
  index: FuseIndex<number>;
  /** The searched keys with their weights, as fuse.js takes them. */
  keys: Array<{ name: string; weight: number }>;
  /** Each key's weight divided by the sum of weights, as fuse.js normalizes them. */
  normalizedWeights: number[];
  /** Each record's fields as written, in SEARCH_KEYS order ('' when empty). */
  fields: string[][];
  /** The same fields folded for matching (lower case, no accents). */
  lowered: string[][];
  /** fuse.js's field-length norm of each field. */
  norms: number[][];
  /** The index record of each document. */
  recordByDoc: IndexRecord[];
  /** All fields of a record in match form, one string: finding a word is one native search per record. */
  haystack: string[];
}

function checkFile(file: unknown): SearchIndexFile {
  const f = file as Partial<SearchIndexFile> | null;
  if (!f || typeof f !== 'object') throw new SearchIndexError('The search index is empty or not JSON.');
  if (f.v !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError('The search index is from another version of the site. Reload the page.');
  }
  if (
    !Array.isArray(f.docs) ||
    !Array.isArray(f.pages) ||
    !f.index ||
    !Array.isArray(f.index.keys) ||
    !Array.isArray(f.index.records) ||
    !Array.isArray(f.synonyms)
  ) {
    throw new SearchIndexError('The search index is damaged. Reload the page.');
  }
  return f as SearchIndexFile;
}

/** Checks and unpacks the parsed JSON of /search-index.json. Throws SearchIndexError on bad data. */
export function loadIndex(data: unknown): LoadedIndex {
  const file = checkFile(data);
  const keys = SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight }));
  const keyCount = keys.length;
  // fuse.js divides each key's weight by the sum of weights; the exact-match shortcut does the same.
  const totalWeight = keys.reduce((sum, k) => sum + k.weight, 0);
  const normalizedWeights = keys.map((k) => k.weight / totalWeight);
  const index: FuseIndex<number> = Fuse.parseIndex<number>(file.index as Parameters<typeof Fuse.parseIndex<number>>[0]);
  const records = file.index.records as IndexRecord[];
  const count = file.docs.length;

  const fields: string[][] = Array.from({ length: count }, () => Array<string>(keyCount).fill(''));
  const lowered: string[][] = Array.from({ length: count }, () => Array<string>(keyCount).fill(''));
  const norms: number[][] = Array.from({ length: count }, () => Array<number>(keyCount).fill(1));
  const recordByDoc: IndexRecord[] = [];
  const haystack: string[] = Array<string>(count).fill('');
  for (const record of records) {
    const doc = record.i;
    if (!fields[doc]) throw new SearchIndexError('The search index is damaged. Reload the page.');
    recordByDoc[doc] = record;
    for (let key = 0; key < keyCount; key += 1) {
      const value = record.$[key];
      if (!value) continue;
      fields[doc]![key] = value.v;
      lowered[doc]![key] = foldForMatch(value.v);
      norms[doc]![key] = value.n;
    }
    haystack[doc] = lowered[doc]!.join('\n').replace(/['\u2019]/g, '');
  }
  return { file, count, index, keys, normalizedWeights, fields, lowered, norms, recordByDoc, haystack };
}
