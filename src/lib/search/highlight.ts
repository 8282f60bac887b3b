/**
 * Which parts of a result's text to highlight. Returns plain segments; the page turns them into DOM
 * text nodes and <mark> elements, so neither the content nor the query is ever parsed as HTML.
 */

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
