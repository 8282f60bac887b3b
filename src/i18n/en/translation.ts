/**
 * The notice on a translated page: which English version it was made from, whether a medical
 * translator has reviewed it, and whether the English has changed since. Shown only on pages in
 * other languages; English is the source, so these English texts define the meaning to translate.
 */
export const translation = {
  /** `date` is already written out in the page's language. */
  translatedFrom: (date: string) => `Translated from the English version of ${date}.`,
  notReviewed: 'No medical translator has reviewed this translation yet.',
  reviewedBy: (name: string) => `Translation reviewed by ${name}.`,
  staleTitle: 'The English page has changed',
  stale: 'The English page was updated after this translation was made, so this page may be out of date.',
  staleLink: 'Read the English page',
  missingTitle: 'Not translated yet',
  missing: 'This page has not been translated yet. It is shown in English.',
  /** Name of the source language, in this language (for "English" links). */
  englishName: 'English',
} as const;
