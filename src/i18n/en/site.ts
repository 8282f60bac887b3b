/**
 * Interface text of the site shell and content pages (header, footer, page tools, cards, search,
 * printouts, messages), in English. Every other language has the same keys (src/i18n/es/site.ts).
 */
export const site = {
  /** The language's own name, for the language link ("English" / "Español"). */
  languageName: 'English',
} as const;
