/**
 * Plurals for interface text in English and Spanish: both use "one" for exactly 1 and "other" for
 * every other number. Message functions in src/i18n/<lang>/ use these.
 */

/** The word for a count: `one` for exactly 1, `many` otherwise. */
export const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "1 question", "3 questions" (a missing count is 0). */
export const count = (n: number | undefined, one: string, many: string) => `${n ?? 0} ${s(n ?? 0, one, many)}`;
