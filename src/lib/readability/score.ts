/**
 * Reading-level scores for plain text: Flesch-Kincaid grade and SMOG grade. Counting syllables
 * and applying the formulas is left to well-kept packages; this module only splits the text.
 */
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';

export interface ReadabilityScore {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
  /** US school grade by Flesch-Kincaid. */
  fleschKincaidGrade: number;
  /** US school grade by SMOG. */
  smogGrade: number;
}

/** Highest grade allowed for a page's prose (US grade 8; see docs/content-authoring.md). */
export const MAX_FLESCH_KINCAID_GRADE = 8;
export const MAX_SMOG_GRADE = 9;

const SENTENCE_END = /[.!?]+(?=["')\]]*(?:\s|$))/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Splits text into sentences at ., ! or ? followed by a space or the end. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => HAS_WORD.test(s));
}

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Syllables in one word. Numerals count as one syllable, as they are read at a glance;
 * hyphenated words count each part.
 */
export function countSyllables(word: string): number {
  if (/^\p{N}/u.test(word)) return 1;
  return word
    .split('-')
    .filter((part) => part.length > 0)
    .reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
}

/** Scores one or more paragraphs as a single text. */
export function scoreText(paragraphs: string[]): ReadabilityScore {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  let polysyllables = 0;
  for (const paragraph of paragraphs) {
    sentences += splitSentences(paragraph).length;
    for (const word of splitWords(paragraph)) {
      const count = countSyllables(word);
      words += 1;
      syllables += count;
      if (count >= 3) polysyllables += 1;
    }
  }
  return {
    sentences,
    words,
    syllables,
    polysyllables,
    fleschKincaidGrade: round(fleschKincaid({ sentence: sentences, word: words, syllable: syllables })),
    smogGrade: round(smogFormula({ sentence: sentences, polysillabicWord: polysyllables })),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
