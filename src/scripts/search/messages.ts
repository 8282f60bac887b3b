/**
 * The search scripts' words, in the page's language: SiteSearch renders them as JSON into the
 * header search's data-msg (src/i18n/<lang>/site.ts `search.script`), so the one search app
 * serves every language and ships none. Templates use {n} (a count) and {q} (the words searched).
 */
import type { SiteStrings } from '@/i18n';

export type SearchMessages = SiteStrings['search']['script'];

let cached: SearchMessages | undefined;

/** The messages of this page (read once from the header search). */
export function searchMessages(): SearchMessages {
  cached ??= JSON.parse(document.querySelector<HTMLElement>('[data-site-search]')?.dataset['msg'] ?? '{}') as SearchMessages;
  return cached;
}
