/**
 * Reading ease of Spanish text: the Szigriszt-Pazos perspicuity index read on the INFLESZ scale
 * (Barrio-Cantalejo et al., 2008), a measure made for Spanish health texts. English formulas
 * (Flesch-Kincaid, SMOG) count English syllables and misjudge Spanish.
 *
 *   P = 206.835 − 62.3 × (syllables / words) − (words / sentences)
 *
 * INFLESZ bands: under 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, over 80
 * very easy. No maintained npm package counts Spanish syllables, so this module does, by the
 * regular rules of Spanish spelling (vowel groups, diphthongs and hiatus).
 */
import { splitSentences, splitWords } from './score';

/** The lowest INFLESZ score a Spanish page may have: "fairly easy" (bastante fácil) or easier. */
export const MIN_INFLESZ = 65;

export type InfleszBand = 'very hard' | 'somewhat hard' | 'normal' | 'fairly easy' | 'very easy';

export interface SpanishReadability {
  sentences: number;
  words: number;
  syllables: number;
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale. */
  inflesz: number;
  band: InfleszBand;
}

const STRONG = 'aeoáéíóú';
const VOWEL = /[aeiouáéíóúü]/;

/**
 * Syllables in one Spanish word: one per vowel nucleus. Two strong vowels (a, e, o), or a weak one
 * with an accent (í, ú) beside any vowel, are two syllables (hiatus: "le-ó", "dí-a"); a weak vowel
 * (i, u, ü) beside another vowel joins it (diphthong "cui-da-do", triphthong "buey"). A final "y"
 * after a vowel is part of it ("muy", "hoy"). Silent "u" in que/qui/gue/gui is not a vowel.
 * Numerals count as one syllable.
 */
export function countSpanishSyllables(word: string): number {
  if (/^\p{N}/u.test(word)) return 1;
  const letters = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/(?<=[qg])u(?=[eéií])/g, '');
  let count = 0;
  let previous = '';
  for (const letter of letters) {
    if (!VOWEL.test(letter)) {
      previous = '';
      continue;
    }
    if (previous === '' || startsNewSyllable(previous, letter)) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

/** Whether vowel `next` right after vowel `previous` starts a new syllable (hiatus). */
function startsNewSyllable(previous: string, next: string): boolean {
  const strong = (v: string) => STRONG.includes(v);
  // Accented weak vowels always stand alone: "dí-a", "re-ú-ne".
  if ('íú'.includes(previous) || 'íú'.includes(next)) return true;
  // Two strong vowels: "le-er", "ca-e-r".
  if (strong(previous) && strong(next)) return true;
  // Any pair with an unaccented weak vowel is a diphthong: "ai", "ue", "iu", "ui".
  return false;
}

export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'very hard';
  if (score < 55) return 'somewhat hard';
  if (score < 65) return 'normal';
  if (score <= 80) return 'fairly easy';
  return 'very easy';
}

/** Scores one or more paragraphs of Spanish as a single text. */
export function scoreSpanish(paragraphs: string[]): SpanishReadability {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const paragraph of paragraphs) {
    sentences += splitSentences(paragraph.replace(/[¿¡]/g, '')).length;
    for (const word of splitWords(paragraph)) {
      words += 1;
      syllables += countSpanishSyllables(word);
    }
  }
  const inflesz =
    words === 0 || sentences === 0
      ? 0
      : Math.round((206.835 - (62.3 * syllables) / words - words / sentences) * 10) / 10;
  return { sentences, words, syllables, inflesz, band: infleszBand(inflesz) };
}
