/**
 * Which parts of a result's text to highlight. Returns plain segments; the page turns them into DOM
 * text nodes and <mark> elements, so neither the content nor the query is ever parsed as HTML.
 *
 * This module reaches the client: no Node or DOM imports.
 */
import Fuse from 'fuse.js/basic';
import { thresholdFor } from './fuse-scoring';
import type { QueryConcept } from './query';
import { STOP_WORDS, foldForMatch } from './text';

/** [start, end] character positions, both included (the fuse.js convention). */
export type MatchRange = readonly [number, number];

/** A piece of text, highlighted or not. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Marks every whole word that a match range covers well: at least 3 characters of it, or all of it
 * when the word is shorter. Whole words read better than fuzzy character runs ("intrathec" of
 * "intrathecal" for the typo "intrathecle").
 */
export function segmentsForRanges(text: string, ranges: readonly MatchRange[]): TextSegment[] {
  const marked: Array<[number, number]> = [];
  if (ranges.length > 0) {
    for (const word of text.matchAll(WORD)) {
      const start = word.index;
      const end = start + word[0].length - 1;
      let covered = 0;
      for (const [from, to] of ranges) {
        const overlap = Math.min(end, to) - Math.max(start, from) + 1;
        if (overlap > 0) covered += overlap;
      }
      if (covered >= Math.min(3, word[0].length)) {
        const last = marked[marked.length - 1];
        // Join neighbouring marked words separated by one space into one <mark>.
        if (last && /^\s$/.test(text.slice(last[1] + 1, start)) && start - last[1] === 2) last[1] = end;
        else marked.push([start, end]);
      }
    }
  }
  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of marked) {
    if (start > position) segments.push({ text: text.slice(position, start), mark: false });
    segments.push({ text: text.slice(start, end + 1), mark: true });
    position = end + 1;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), mark: false });
  return segments;
}

/** The words to highlight for a query: every word of its concepts' patterns, except stop words. */
export function wordsToHighlight(concepts: readonly QueryConcept[]): string[] {
  return [...new Set(concepts.flatMap((c) => c.patterns.flatMap((p) => p.split(' '))))].filter(
    (w) => w.length > 1 && !STOP_WORDS.has(w),
  );
}

/**
 * Highlights each word of the query and its synonyms on its own (a whole phrase matched fuzzily
 * would light up stray letters). Short words must match a whole word ("mri" never marks
 * "primary"); longer ones may be a word start or a typo, as in the search itself.
 */
export function highlightQueryWords(text: string, words: readonly string[]): TextSegment[] {
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
