/** Interface text of the site shell and content pages, in Spanish (same keys as src/i18n/en/site.ts). */
import type { SiteStrings } from '../index';

export const site: SiteStrings = {
  languageName: 'Español',
};
