/** Reading level of a whole MDX page, from its prose only. */
import { extractProse } from './prose';
import { scoreText, type ReadabilityScore } from './score';

export function measurePage(mdx: string): ReadabilityScore {
  return scoreText(extractProse(mdx));
}
