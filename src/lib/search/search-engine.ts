/**
 * The search engine that runs in the browser (and in tests and the benchmark): loads the static
 * index file with Fuse.parseIndex, splits the query into concepts (query.ts), finds each concept with
 * fuse.js's fuzzy matching and merges the results by score.
 *
 * Speed: running fuse.js's fuzzy (Bitap) matcher over every record for every word is too slow on a
 * phone once the guide grows. So each pattern first picks candidate records: those whose text
 * contains its words, or, for a typo found nowhere, the records of the nearest words in the guide's
 * word list (a fuzzy fuse.js search). Candidates that contain the pattern as typed get fuse.js's own
 * score for an exact match straight away (fuseExactScore); only the rest go through fuse.js's Bitap
 * search, on a sub-index of just those records.
 *
 * Merging: each concept adds (its weight × how rare it is × how well the record matched) to the
 * record's score. Rare concepts ("mri") count more than common ones ("pump"), so a whole question
 * finds the section about its key words.
 *
 * This module reaches the client: no Node or DOM imports.
 */
import Fuse from 'fuse.js/basic';
import type { FuseIndex, IFuseOptions } from 'fuse.js';
import { analyzeQuery, type QueryConcept } from './query';
import { phraseLookup, type SynonymPhrase } from './synonyms';
import { FIELD, KIND_FROM_CODE, SEARCH_KEYS, hrefOf } from './search-index';
import { segmentsForRanges, type MatchRange, type TextSegment } from './highlight';
import { STOP_WORDS, foldForMatch, tokenize, tokenizeFast } from './text';
import { SEARCH_INDEX_VERSION, type SearchIndexFile, type SearchRecordKind, type SynonymGroup } from './types';

/** One search result, ready to show. */
export interface SearchHit {
  href: string;
  kind: SearchRecordKind;
  page: string;
  section: string;
  text: string;
  /** Relevance, higher is better (about 0 to 1; heading matches add a little). */
  score: number;
  /** The section heading split into highlighted and plain parts. */
  sectionParts: TextSegment[];
  /** The snippet split into highlighted and plain parts. */
  textParts: TextSegment[];
}

export interface SearchEngine {
  /** Best results first; at most `limit` (default 8). A query of no words returns no results. */
  search(query: string, limit?: number): SearchHit[];
  /** Number of records in the index. */
  readonly size: number;
  /** Every whole page in the index (not sections), in index order: suggestions when nothing matches. */
  pages(): Array<{ href: string; title: string }>;
}

/** Thrown when the index file is damaged or from another version of the site. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** On a tie, guide text comes first, then the word list, then the question bank. */
const KIND_FACTOR: Record<SearchRecordKind, number> = { section: 1, page: 0.97, term: 0.9, question: 0.8 };
/** The typed words count fully; the guide's own words from the synonyms map a little less. */
const SYNONYM_FACTOR = 0.9;
/** Results below this merged score are noise (a fuzzy hit on one short, common word). */
const MIN_SCORE = 0.06;
/** How many of the best results the heading bonuses may reorder. */
const BONUS_CANDIDATES = 60;
/** Extra score when a concept appears in the heading itself: headings say what a section is about. */
const HEADING_BONUS = 0.08;
/** Extra score for a heading that shares the words of a whole question, small words included. */
const QUESTION_BONUS = 0.06;
/** Results scoring below this share of the best result are left out. */
const RELATIVE_FLOOR = 0.3;
/** Bitap's score for a pattern found exactly inside a longer text (fuse.js floors scores at 0.001). */
const EXACT_INSIDE_SCORE = 0.001;
/** How many pattern results to remember while someone types. */
const CACHE_SIZE = 64;

/**
 * How fuzzy a pattern may be, by length. Short words must match exactly ("mri" must not find "mr"),
 * long words forgive a typo or two ("intrathecle" → "intrathecal").
 */
export function thresholdFor(pattern: string): number {
  const length = pattern.length;
  if (length <= 3) return 0;
  if (length <= 5) return 0.2;
  if (length <= 8) return 0.3;
  return 0.34;
}

interface IndexRecordValue {
  v: string;
  n: number;
}
interface IndexRecord {
  i: number;
  $: Record<string, IndexRecordValue | undefined>;
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

/** A small least-recently-used cache (a Map keeps insertion order). */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}

/**
 * fuse.js's score for a record whose fields contain `pattern` exactly (null when none does):
 * Bitap scores an exact substring 0.001 (a whole field equal to the pattern 0, counted as
 * Number.EPSILON), and fuse.js multiplies score^(key weight × field norm) over the matching fields.
 * `lowered` are the record's fields in lower case; `weights` are fuse.js's normalized key weights.
 */
export function fuseExactScore(
  lowered: readonly string[],
  norms: readonly number[],
  weights: readonly number[],
  pattern: string,
): number | null {
  let score = 1;
  let found = false;
  for (let key = 0; key < lowered.length; key += 1) {
    const text = lowered[key]!;
    if (!text) continue;
    const bitap = text === pattern ? Number.EPSILON : text.includes(pattern) ? EXACT_INSIDE_SCORE : 1;
    if (bitap === 1) continue;
    found = true;
    score *= Math.pow(bitap, weights[key]! * norms[key]!);
  }
  return found ? score : null;
}

/** Creates the engine from the parsed JSON of /search-index.json. Throws SearchIndexError on bad data. */
export function createSearchEngine(data: unknown): SearchEngine {
  const file = checkFile(data);
  const keys = SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight }));
  const keyCount = keys.length;
  // fuse.js divides each key's weight by the sum of weights; the exact-match shortcut does the same.
  const totalWeight = keys.reduce((sum, k) => sum + k.weight, 0);
  const normalizedWeights = keys.map((k) => k.weight / totalWeight);
  const index: FuseIndex<number> = Fuse.parseIndex<number>(file.index as Parameters<typeof Fuse.parseIndex<number>>[0]);
  const records = file.index.records as IndexRecord[];
  const count = file.docs.length;

  // Field values are read back from the index records, so the file carries each string once.
  const fields: string[][] = Array.from({ length: count }, () => Array<string>(keyCount).fill(''));
  const lowered: string[][] = Array.from({ length: count }, () => Array<string>(keyCount).fill(''));
  const norms: number[][] = Array.from({ length: count }, () => Array<number>(keyCount).fill(1));
  const recordByDoc: IndexRecord[] = [];
  // All fields of a record in lower case, one string: finding a word is one native search per record.
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

  // The guide's word list, made only when a typo needs it: the first search stays quick.
  let postings: Map<string, number[]> | undefined;
  let vocabulary: string[] = [];
  function wordList(): Map<string, number[]> {
    if (postings) return postings;
    postings = new Map();
    for (let doc = 0; doc < count; doc += 1) {
      for (const word of tokenizeFast(haystack[doc]!)) {
        const list = postings.get(word);
        if (!list) postings.set(word, [doc]);
        else if (list[list.length - 1] !== doc) list.push(doc);
      }
    }
    vocabulary = [...postings.keys()];
    return postings;
  }
  const docs = file.docs.map((_, i) => i);
  const base: IFuseOptions<number> = { keys, includeScore: true, ignoreLocation: true, ignoreDiacritics: true, shouldSort: false };
  const wordFuses = new Map<number, Fuse<string>>();
  let wordIndex: FuseIndex<string> | undefined;
  const synonyms: SynonymGroup[] = file.synonyms.map(([words, means]) => ({ words, means }));
  const lookup: Map<string, SynonymPhrase[]> = phraseLookup(synonyms);
  const wordCache = new Map<string, Set<number>>();
  const patternCache = new Map<string, Map<number, number>>();

  const headingWordCache = new Map<number, Set<string>>();
  function headingWords(doc: number): Set<string> {
    let words = headingWordCache.get(doc);
    if (!words) {
      words = new Set(tokenizeFast(fields[doc]![FIELD.section]!));
      headingWordCache.set(doc, words);
    }
    return words;
  }

  /**
   * Records that contain a word like `word`: the word itself anywhere in their text (as fuse.js's
   * Bitap would find it), or, for a typo found nowhere, the nearest words of the guide's word list.
   */
  function recordsForWord(word: string): Set<number> {
    return cached(wordCache, word, () => {
      const found = new Set<number>();
      for (let doc = 0; doc < count; doc += 1) if (haystack[doc]!.includes(word)) found.add(doc);
      if (found.size === 0 && word.length >= 4) {
        // A typo: let fuse.js find the nearest words in the guide's own word list.
        const words = wordList();
        const threshold = thresholdFor(word);
        let fuse = wordFuses.get(threshold);
        if (!fuse) {
          wordIndex ??= Fuse.createIndex<string>([], vocabulary);
          fuse = new Fuse(vocabulary, { threshold, ignoreLocation: true, includeScore: true }, wordIndex);
          wordFuses.set(threshold, fuse);
        }
        for (const hit of fuse.search(word, { limit: 8 })) for (const doc of words.get(hit.item) ?? []) found.add(doc);
      }
      return found;
    });
  }

  function exactScore(doc: number, pattern: string): number | null {
    return fuseExactScore(lowered[doc]!, norms[doc]!, normalizedWeights, pattern);
  }

  /** Record → match quality (0 to 1, higher is better) for one pattern. */
  function searchPattern(pattern: string): Map<number, number> {
    return cached(patternCache, pattern, () => {
      const words = pattern.split(' ').filter(Boolean);
      // Every word of a phrase must be somewhere in the record (fuzzily) for the phrase to match.
      let candidates: Set<number> | undefined;
      for (const word of words) {
        const docsForWord = recordsForWord(word);
        candidates = candidates ? new Set([...candidates].filter((d) => docsForWord.has(d))) : new Set(docsForWord);
      }
      const out = new Map<number, number>();
      const fuzzy: IndexRecord[] = [];
      for (const doc of candidates ?? []) {
        const exact = exactScore(doc, pattern);
        if (exact !== null) out.set(doc, 1 - exact);
        else if (recordByDoc[doc]) fuzzy.push(recordByDoc[doc]);
      }
      if (fuzzy.length > 0) {
        // Most records fuzzy candidates: search the whole parsed index; otherwise a sub-index of them.
        const subIndex =
          fuzzy.length > count / 2
            ? index
            : Fuse.parseIndex<number>({ keys: file.index.keys, records: fuzzy } as Parameters<typeof Fuse.parseIndex<number>>[0]);
        const fuse = new Fuse(docs, { ...base, threshold: thresholdFor(pattern) }, subIndex);
        for (const result of fuse.search(pattern)) {
          if (fuzzy.length <= count / 2 || !out.has(result.refIndex)) out.set(result.refIndex, 1 - (result.score ?? 1));
        }
      }
      return out;
    });
  }

  /**
   * Record → score for one concept, and how much the concept counts. Each pattern counts by its own
   * rarity (inverse document frequency): in "morphine pump", "intrathecal drug delivery" says far
   * more than "pump", which is on almost every page. The concept weighs as much as its rarest
   * pattern, and a record matching only a common pattern gets a matching share of it.
   */
  function conceptMatches(concept: QueryConcept): { weight: number; matches: Map<number, number> } {
    const perPattern = concept.patterns.map((pattern, position) => {
      const matches = searchPattern(pattern);
      const idf = Math.log(1 + count / (matches.size + 1)) * (position === 0 ? 1 : SYNONYM_FACTOR);
      return { matches, idf };
    });
    const top = Math.max(...perPattern.map((p) => (p.matches.size > 0 ? p.idf : 0)));
    const best = new Map<number, number>();
    // A word found nowhere ("qwxzv", a pasted tag) cannot tell records apart: it is left out, so it
    // does not push real matches below the noise floor.
    if (top <= 0) return { weight: 0, matches: best };
    for (const { matches, idf } of perPattern) {
      const share = idf / top;
      for (const [doc, quality] of matches) {
        const value = quality * share;
        if (value > (best.get(doc) ?? 0)) best.set(doc, value);
      }
    }
    return { weight: concept.weight * top, matches: best };
  }

  /**
   * Highlights each word of the query and its synonyms on its own (a whole phrase matched fuzzily
   * would light up stray letters). Short words must match a whole word ("mri" never marks
   * "primary"); longer ones may be a word start or a typo, as in the search itself.
   */
  function highlight(text: string, words: readonly string[]): TextSegment[] {
    if (!text) return [];
    const ranges: MatchRange[] = [];
    const lower = foldForMatch(text);
    for (const word of words) {
      let from = lower.indexOf(word);
      if (from !== -1 || word.length <= 3) {
        // Found as typed (the usual case): mark each place. Short words only as whole words.
        while (from !== -1) {
          const before = from === 0 ? ' ' : lower[from - 1]!;
          const after = lower[from + word.length] ?? ' ';
          const whole = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
          if (word.length > 3 || whole) ranges.push([from, from + word.length - 1]);
          from = lower.indexOf(word, from + 1);
        }
        continue;
      }
      // Not found as typed: a typo, so ask fuse.js where the nearest match is.
      const result = Fuse.match(word, text, {
        includeMatches: true,
        ignoreLocation: true,
        threshold: thresholdFor(word),
        ignoreDiacritics: true,
        minMatchCharLength: 3,
        findAllMatches: true,
      });
      if (result.isMatch && result.indices) ranges.push(...result.indices);
    }
    return segmentsForRanges(text, ranges);
  }

  return {
    size: count,
    pages() {
      const out: Array<{ href: string; title: string }> = [];
      file.docs.forEach((ref, doc) => {
        if (ref[1] === 'p') out.push({ href: hrefOf(file, ref, fields[doc]![FIELD.section]!), title: fields[doc]![FIELD.section]! });
      });
      return out;
    },
    search(query: string, limit = 8): SearchHit[] {
      const { concepts } = analyzeQuery(query, synonyms, lookup);
      if (concepts.length === 0 || limit <= 0) return [];
      const totals = new Map<number, number>();
      const weighed: Array<{ weight: number; patterns: string[] }> = [];
      let weightSum = 0;
      for (const concept of concepts) {
        const { weight, matches } = conceptMatches(concept);
        weightSum += weight;
        weighed.push({ weight, patterns: concept.patterns });
        for (const [doc, quality] of matches) totals.set(doc, (totals.get(doc) ?? 0) + weight * quality);
      }
      if (weightSum === 0) return [];
      const ranked: Array<{ doc: number; score: number }> = [];
      for (const [doc, total] of totals) {
        const kind = KIND_FROM_CODE[file.docs[doc]![1]] ?? 'section';
        ranked.push({ doc, score: (total / weightSum) * KIND_FACTOR[kind] });
      }
      ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
      // Heading bonuses only reorder the front runners, so a common word costs no extra work.
      const typed = new Set(tokenize(query));
      for (const entry of ranked.slice(0, BONUS_CANDIDATES)) {
        const heading = lowered[entry.doc]![FIELD.section]!;
        let inHeading = 0;
        for (const { weight, patterns } of weighed) if (patterns.some((p) => heading.includes(p))) inHeading += weight;
        entry.score += HEADING_BONUS * (inHeading / weightSum);
        // A whole question ("can I have an MRI scan") also counts its small words against headings.
        if (typed.size >= 3) {
          let shared = 0;
          for (const word of headingWords(entry.doc)) if (typed.has(word)) shared += 1;
          entry.score += QUESTION_BONUS * (shared / typed.size);
        }
      }
      ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
      // Results far below the best one are noise for this query, however many there are.
      const floor = Math.max(MIN_SCORE, (ranked[0]?.score ?? 0) * RELATIVE_FLOOR);
      const words = [...new Set(concepts.flatMap((c) => c.patterns.flatMap((p) => p.split(' '))))].filter(
        (w) => w.length > 1 && !STOP_WORDS.has(w),
      );
      return ranked.filter((r) => r.score >= floor).slice(0, limit).map(({ doc, score }) => {
        const ref = file.docs[doc]!;
        const row = fields[doc]!;
        const section = row[FIELD.section]!;
        const text = row[FIELD.text]!;
        return {
          href: hrefOf(file, ref, section),
          kind: KIND_FROM_CODE[ref[1]] ?? 'section',
          page: row[FIELD.page]!,
          section,
          text,
          score,
          sectionParts: highlight(section, words),
          textParts: highlight(text, words),
        };
      });
    },
  };
}
