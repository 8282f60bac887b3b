/**
 * How well each record matches one search pattern (a word or a phrase). Candidates (candidates.ts)
 * that contain the pattern as typed get fuse.js's own score for an exact match straight away
 * (fuseExactScore); only the rest go through fuse.js's Bitap search, on a sub-index of just those
 * records.
 *
 * This module reaches the client: no Node or DOM imports.
 */
import Fuse from 'fuse.js/basic';
import type { IFuseOptions } from 'fuse.js';
import { fuseExactScore, thresholdFor } from './fuse-scoring';
import type { IndexRecord, LoadedIndex } from './loaded-index';
import { cached } from './lru-cache';

/** Returns a lookup: pattern → (record → match quality, 0 to 1, higher is better). Results are cached. */
export function createPatternMatcher(
  loaded: LoadedIndex,
  recordsForWord: (word: string) => Set<number>,
): (pattern: string) => Map<number, number> {
  const { file, count, index, keys, normalizedWeights, lowered, norms, recordByDoc } = loaded;
  const docs = file.docs.map((_, i) => i);
  const base: IFuseOptions<number> = {
    keys,
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    shouldSort: false,
  };
  const patternCache = new Map<string, Map<number, number>>();

  return function searchPattern(pattern: string): Map<number, number> {
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
        const exact = fuseExactScore(lowered[doc]!, norms[doc]!, normalizedWeights, pattern);
        if (exact !== null) out.set(doc, 1 - exact);
        else if (recordByDoc[doc]) fuzzy.push(recordByDoc[doc]);
      }
      if (fuzzy.length > 0) {
        // Most records fuzzy candidates: search the whole parsed index; otherwise a sub-index of them.
        const subIndex =
          fuzzy.length > count / 2
            ? index
            : Fuse.parseIndex<number>({ keys: file.index.keys, records: fuzzy } as Parameters<
                typeof Fuse.parseIndex<number>
              >[0]);
        const fuse = new Fuse(docs, { ...base, threshold: thresholdFor(pattern) }, subIndex);
        for (const result of fuse.search(pattern)) {
          if (fuzzy.length <= count / 2 || !out.has(result.refIndex)) out.set(result.refIndex, 1 - (result.score ?? 1));
        }
      }
      return out;
    });
  };
}
