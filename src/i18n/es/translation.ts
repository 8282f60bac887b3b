/** The notice on a translated page, in Spanish (same keys as src/i18n/en/translation.ts). */
import type { TranslationStrings } from '../index';

export const translation: TranslationStrings = {
  translatedFrom: (date: string) => `Traducido de la versión en inglés del ${date}.`,
  notReviewed: 'Ningún traductor médico ha revisado esta traducción todavía.',
  reviewedBy: (name: string) => `Traducción revisada por ${name}.`,
  staleTitle: 'La página en inglés cambió',
  stale: 'La página en inglés se actualizó después de esta traducción. Por eso, esta página puede no estar al día.',
  staleLink: 'Lea la página en inglés',
  missingTitle: 'Todavía sin traducir',
  missing: 'Esta página todavía no está traducida. Se muestra en inglés.',
  englishName: 'inglés',
};
