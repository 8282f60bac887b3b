/**
 * The few facts about the question list that the small script on every content page needs too
 * (src/scripts/questions/content-page.ts): where the list is stored and its limits. Kept in their
 * own tiny module, with no imports, so that script does not pull in the list code (it has a 3 KB budget).
 */

/** Where the list lives. The version is in the key and in the value. */
export const QUESTIONS_KEY = 'ppg:questions:v1';
/** Format version written today (the `v` field of the stored value). */
export const QUESTIONS_VERSION = 1;

/**
 * Limits, chosen so a full list is still usable and a printed list stays short.
 * 30 questions is more than any visit can cover; 300 characters is about three sentences.
 * 3 "most important" follows the Ask 3 Questions idea of a short, focused start.
 */
export const QUESTION_LIMITS = {
  maxItems: 30,
  maxTextLength: 300,
  maxImportant: 3,
} as const;
