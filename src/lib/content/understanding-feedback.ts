/**
 * Words for "Check your understanding" feedback. Its own file, with no imports, because the page
 * script uses it and must not pull in the schema (zod) on a content page.
 */

/** The two feedback templates in the page's language ({a} the right answer, {why} the explanation). */
export interface FeedbackTemplates {
  right: string;
  wrong: string;
}

/**
 * The words shown and announced after a choice: whether it was right, the right answer, and why.
 * Plain and kind: this is a check for the reader, not a test.
 */
export function feedbackFor(
  chosenCorrect: boolean,
  correctText: string,
  explanation: string,
  templates: FeedbackTemplates,
): string {
  // split/join rather than a RegExp: the texts are the reader's page text, never patterns.
  return (chosenCorrect ? templates.right : templates.wrong)
    .split('{a}')
    .join(correctText)
    .split('{why}')
    .join(explanation);
}
