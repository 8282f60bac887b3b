/**
 * Merges the matches of a query's concepts into one ranking. Each concept adds (its weight × how
 * rare it is × how well the record matched) to the record's score: rare concepts ("mri") count more
 * than common ones ("pump"), so a whole question finds the section about its key words. Headings
 * that name a concept, or share the words of a whole question, then move a little up.
 *
 * This module reaches the client: no Node or DOM imports.
 */
import type { LoadedIndex } from './loaded-index';
import type { QueryConcept } from './query';
import { FIELD, KIND_FROM_CODE } from './search-index';
import { tokenize, tokenizeFast } from './text';
import type { SearchRecordKind } from './types';

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

/** A record and its relevance (higher is better). */
export interface RankedRecord {
  doc: number;
  score: number;
}

/**
 * Returns a ranker: (the query's concepts, the query as typed) → records worth showing, best first.
 * `searchPattern` gives each record's match quality (0 to 1) for one pattern.
 */
export function createRanker(
  { file, count, fields, lowered }: Pick<LoadedIndex, 'file' | 'count' | 'fields' | 'lowered'>,
  searchPattern: (pattern: string) => Map<number, number>,
): (concepts: readonly QueryConcept[], query: string) => RankedRecord[] {
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

  return function rank(concepts: readonly QueryConcept[], query: string): RankedRecord[] {
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
    const ranked: RankedRecord[] = [];
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
    return ranked.filter((r) => r.score >= floor);
  };
}
