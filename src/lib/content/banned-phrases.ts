/** Pure module: the selling words and wrong claims the content checks look for. */

/**
 * Selling words and wrong claims that must never appear in the guide's pages or the decision
 * aid (docs/content-authoring.md rules 5 and 7). English phrases: Spanish text is checked by its reviewers.
 */
const BANNED_PHRASES = [
  'breakthrough',
  'safe and effective',
  'minimally invasive',
  'non-invasive',
  'noninvasive',
  'top choice',
  'better than',
  'advantages over',
  'a new way',
  'cutting-edge',
  'state-of-the-art',
  'miracle',
  'reduces inflammation',
  'reduced inflammation',
] as const;

/** Banned phrases found in a text (lower-case comparison). */
export function bannedPhrasesIn(text: string): string[] {
  const lower = text.toLowerCase();
  return BANNED_PHRASES.filter((phrase) => lower.includes(phrase));
}
