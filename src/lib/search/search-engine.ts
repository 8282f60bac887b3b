/**
 * The search engine that runs in the browser (and in tests and the benchmark): loads the static
 * index file (loaded-index.ts), splits the query into concepts (query.ts), finds each concept with
 * fuse.js's fuzzy matching and merges the results by score.
 *
 * Speed: running fuse.js's fuzzy (Bitap) matcher over every record for every word is too slow on a
 * phone once the guide grows. So each pattern first picks candidate records (candidates.ts): those
 * whose text contains its words, or, for a typo found nowhere, the records of the nearest words in
 * the guide's word list. Candidates that contain the pattern as typed get fuse.js's own score for an
 * exact match straight away; only the rest go through fuse.js's Bitap search, on a sub-index of just
 * those records (pattern-matches.ts).
 *
 * Merging (ranking.ts): each concept adds (its weight × how rare it is × how well the record
 * matched) to the record's score, and headings that say what was asked move up a little.
 * Highlighting is in highlight.ts.
 *
 * This module reaches the client: no Node or DOM imports.
 */
import { createCandidateLookup } from './candidates';
import { highlightQueryWords, wordsToHighlight, type TextSegment } from './highlight';
import { loadIndex } from './loaded-index';
import { createPatternMatcher } from './pattern-matches';
import { analyzeQuery } from './query';
import { createRanker } from './ranking';
import { FIELD, KIND_FROM_CODE, hrefOf } from './search-index';
import { phraseLookup, type SynonymPhrase } from './synonyms';
import type { SearchRecordKind, SynonymGroup } from './types';

export { SearchIndexError } from './loaded-index';
export { fuseExactScore, thresholdFor } from './fuse-scoring';

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

/** Creates the engine from the parsed JSON of /search-index.json. Throws SearchIndexError on bad data. */
export function createSearchEngine(data: unknown): SearchEngine {
  const loaded = loadIndex(data);
  const { file, count, fields } = loaded;
  const synonyms: SynonymGroup[] = file.synonyms.map(([words, means]) => ({ words, means }));
  const lookup: Map<string, SynonymPhrase[]> = phraseLookup(synonyms);
  const rank = createRanker(loaded, createPatternMatcher(loaded, createCandidateLookup(loaded)));

  return {
    size: count,
    pages() {
      const out: Array<{ href: string; title: string }> = [];
      file.docs.forEach((ref, doc) => {
        if (ref[1] === 'p')
          out.push({ href: hrefOf(file, ref, fields[doc]![FIELD.section]!), title: fields[doc]![FIELD.section]! });
      });
      return out;
    },
    search(query: string, limit = 8): SearchHit[] {
      const { concepts } = analyzeQuery(query, synonyms, lookup);
      if (concepts.length === 0 || limit <= 0) return [];
      const words = wordsToHighlight(concepts);
      return rank(concepts, query)
        .slice(0, limit)
        .map(({ doc, score }) => {
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
            sectionParts: highlightQueryWords(section, words),
            textParts: highlightQueryWords(text, words),
          };
        });
    },
  };
}
