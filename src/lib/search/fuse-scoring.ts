/**
 * fuse.js's matching rules that the engine needs outside fuse.js itself: how fuzzy a pattern may be,
 * and the score fuse.js gives an exact match (so candidates containing the pattern skip Bitap).
 *
 * This module reaches the client: no Node or DOM imports.
 */

/** Bitap's score for a pattern found exactly inside a longer text (fuse.js floors scores at 0.001). */
const EXACT_INSIDE_SCORE = 0.001;

/**
 * How fuzzy a pattern may be, by length. Short words must match exactly ("mri" must not find "mr"),
 * long words forgive a typo or two ("intrathecle" → "intrathecal").
 */
export function thresholdFor(pattern: string): number {
  const length = pattern.length;
  if (length <= 3) return 0;
  if (length <= 5) return 0.2;
  if (length <= 8) return 0.3;
  return 0.34;
}

/**
 * fuse.js's score for a record whose fields contain `pattern` exactly (null when none does):
 * Bitap scores an exact substring 0.001 (a whole field equal to the pattern 0, counted as
 * Number.EPSILON), and fuse.js multiplies score^(key weight × field norm) over the matching fields.
 * `lowered` are the record's fields in lower case; `weights` are fuse.js's normalized key weights.
 */
export function fuseExactScore(
  lowered: readonly string[],
  norms: readonly number[],
  weights: readonly number[],
  pattern: string,
): number | null {
  let score = 1;
  let found = false;
  for (let key = 0; key < lowered.length; key += 1) {
    const text = lowered[key]!;
    if (!text) continue;
    const bitap = text === pattern ? Number.EPSILON : text.includes(pattern) ? EXACT_INSIDE_SCORE : 1;
    if (bitap === 1) continue;
    found = true;
    score *= Math.pow(bitap, weights[key]! * norms[key]!);
  }
  return found ? score : null;
}
