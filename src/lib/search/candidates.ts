/**
 * Candidate records for one word, so fuse.js's fuzzy (Bitap) matcher does not run over every record:
 * the records whose text contains the word, or, for a typo found nowhere, the records of the nearest
 * words in the guide's own word list (a fuzzy fuse.js search over that list).
 *
 * This module reaches the client: no Node or DOM imports.
 */
import Fuse from 'fuse.js/basic';
import type { FuseIndex } from 'fuse.js';
import { thresholdFor } from './fuse-scoring';
import type { LoadedIndex } from './loaded-index';
import { cached } from './lru-cache';
import { tokenizeFast } from './text';

/** How many of the nearest words of the word list a typo stands for. */
const NEAREST_WORDS = 8;

/** Returns a lookup: word → records that contain a word like it. Results are cached. */
export function createCandidateLookup({
  count,
  haystack,
}: Pick<LoadedIndex, 'count' | 'haystack'>): (word: string) => Set<number> {
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
  const wordFuses = new Map<number, Fuse<string>>();
  let wordIndex: FuseIndex<string> | undefined;
  const wordCache = new Map<string, Set<number>>();

  /**
   * Records that contain a word like `word`: the word itself anywhere in their text (as fuse.js's
   * Bitap would find it), or, for a typo found nowhere, the nearest words of the guide's word list.
   */
  return function recordsForWord(word: string): Set<number> {
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
        for (const hit of fuse.search(word, { limit: NEAREST_WORDS }))
          for (const doc of words.get(hit.item) ?? []) found.add(doc);
      }
      return found;
    });
  };
}
