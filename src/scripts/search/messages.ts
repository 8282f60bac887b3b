/**
 * The search scripts' words, in the page's language. Each language has its own small entry
 * (search-app-<lang>.ts) that hands its messages (src/i18n/<lang>/site.ts `searchScript`) to the search
 * app, so a page loads one language's words and none sit in every page's HTML.
 * Templates use {n} (a count) and {q} (the words searched).
 */
import type { SiteStrings } from '@/i18n';

export type SearchMessages = SiteStrings['search']['script'];

let current: SearchMessages | undefined;

/** Called once by the language's entry, before the app mounts. */
export function setSearchMessages(messages: SearchMessages): void {
  current = messages;
}

/** The messages of this page's language. */
export function searchMessages(): SearchMessages {
  if (!current)
    throw new Error(
      'Search messages were not set: load the search app through src/scripts/search/search-app-<lang>.ts.',
    );
  return current;
}
