/**
 * Words for "Check your understanding" feedback. Its own file, with no imports, because the page
 * script uses it and must not pull in the schema (zod) on a content page.
 */

/**
 * The words shown and announced after a choice: whether it was right, the right answer, and why.
 * Plain and kind: this is a check for the reader, not a test.
 */
export function feedbackFor(chosenCorrect: boolean, correctText: string, explanation: string): string {
  return chosenCorrect ? `Yes, that is right. ${explanation}` : `Not quite. The answer is: ${correctText}. ${explanation}`;
}
