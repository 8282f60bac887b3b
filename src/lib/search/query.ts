/**
 * Turns what a person typed into the "concepts" the engine searches for.
 *
 * "Can I have an MRI with a pump?" → stop words dropped → concepts "mri" (plus the guide's own words
 * for it from the synonyms map: "mr conditional") and "pump". Each concept is searched on its own and
 * the results are merged by score (see search-engine.ts), so a whole question finds the section that
 * covers most of its meaning, not the one that happens to contain "can" and "have".
 */
import type { SynonymPhrase } from './synonyms';
import { MAX_SYNONYM_CHARS } from './synonyms';
import { STOP_WORDS, tokenize } from './text';
import type { SynonymGroup } from './types';

/** One idea in the query: any of its patterns may match; the best match counts. */
export interface QueryConcept {
  /** What the person typed for it ("pump beeping", "mri"). */
  typed: string;
  /** Patterns to search: the typed words first, then the guide's words from the synonyms map. */
  patterns: string[];
  /** How much this concept counts next to the others (typed words 1, words inside a phrase less). */
  weight: number;
}

export interface AnalyzedQuery {
  concepts: QueryConcept[];
}

/** Words of a phrase that sat inside a matched synonym phrase still count, but less. */
const INSIDE_PHRASE_WEIGHT = 0.5;
/** At most this many concepts are searched, so a pasted paragraph cannot stall the page. */
export const MAX_CONCEPTS = 8;

function addUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Cuts a pattern to the length fuse.js accepts, at a word boundary where possible. */
function clampPattern(pattern: string): string {
  if (pattern.length <= MAX_SYNONYM_CHARS) return pattern;
  const cut = pattern.slice(0, MAX_SYNONYM_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > 8 ? cut.slice(0, space) : cut;
}

/**
 * Splits a query into concepts. Synonym phrases are matched longest first ("morphine pump" before
 * "morphine"); words not in any phrase become concepts of their own unless they are stop words.
 */
export function analyzeQuery(
  query: string,
  groups: readonly SynonymGroup[],
  lookup: ReadonlyMap<string, readonly SynonymPhrase[]>,
): AnalyzedQuery {
  const tokens = tokenize(query).slice(0, 40);
  const concepts: QueryConcept[] = [];
  const insidePhrase: string[] = [];
  const usedGroups = new Set<number>();

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const match = lookup
      .get(token)
      ?.find((phrase) => phrase.tokens.every((word, offset) => tokens[i + offset] === word));
    if (match) {
      const typed = match.tokens.join(' ');
      const group = groups[match.group]!;
      if (!usedGroups.has(match.group)) {
        usedGroups.add(match.group);
        const patterns: string[] = [];
        addUnique(patterns, clampPattern(typed));
        for (const meaning of group.means) addUnique(patterns, clampPattern(meaning));
        concepts.push({ typed, patterns, weight: 1 });
      } else {
        // The same idea typed twice ("alarm beeping"): add the second wording to the first concept.
        const existing = concepts.find((c) => group.means.some((m) => c.patterns.includes(m)));
        if (existing) addUnique(existing.patterns, clampPattern(typed));
      }
      if (match.tokens.length > 1) {
        for (const word of match.tokens) {
          if (!STOP_WORDS.has(word) && word.length > 2) addUnique(insidePhrase, word);
        }
      }
      i += match.tokens.length;
      continue;
    }
    // Single letters ("x", "i") match almost everything and mean nothing on their own.
    if (!STOP_WORDS.has(token) && token.length > 1) {
      const pattern = clampPattern(token);
      if (!concepts.some((c) => c.typed === pattern)) concepts.push({ typed: pattern, patterns: [pattern], weight: 1 });
    }
    i += 1;
  }

  // Words inside a matched phrase ("baclofen" in "baclofen pump") keep some weight of their own.
  for (const word of insidePhrase) {
    if (concepts.some((c) => c.patterns.includes(word))) continue;
    concepts.push({ typed: word, patterns: [word], weight: INSIDE_PHRASE_WEIGHT });
  }

  // A query of stop words only ("how do I") still searches what was typed.
  if (concepts.length === 0 && tokens.length > 0) {
    const typed = clampPattern(tokens.join(' '));
    concepts.push({ typed, patterns: [typed], weight: 1 });
  }

  return { concepts: concepts.slice(0, MAX_CONCEPTS) };
}
