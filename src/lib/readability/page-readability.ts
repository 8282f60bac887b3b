/** Reading level of a whole MDX page, from its prose only, by the measure made for its language. */
import { extractProse } from './prose';
import { scoreText, type ReadabilityScore } from './score';
import { scoreSpanish, type SpanishReadability } from './spanish';

/** English: Flesch-Kincaid and SMOG grades. */
export function measurePage(mdx: string): ReadabilityScore {
  return scoreText(extractProse(mdx));
}

/** Spanish: the INFLESZ (Szigriszt-Pazos) score. */
export function measureSpanishPage(mdx: string): SpanishReadability {
  return scoreSpanish(extractProse(mdx));
}
