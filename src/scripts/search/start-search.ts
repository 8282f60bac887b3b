/**
 * The search app, loaded on demand by loader.ts through its language's entry (search-app-en.ts,
 * search-app-es.ts). Vite bundles each entry as one self-contained script (imported with `?worker&url` in
 * SiteSearch.astro), because every `import()` in a page script would add Vite's ~1 KB preload
 * helper to every content page. It mounts the header combobox and, on /search/, the results page.
 */
import { mountSiteSearch } from './combobox';
import type { SearchInputElement } from './handoff';
import { initSearchPage } from './search-page';
import { setSearchMessages, type SearchMessages } from './messages';

/** Starts search on this page with the words of its language. */
export function startSearchApp(messages: SearchMessages): void {
  setSearchMessages(messages);
  const input = document.getElementById('site-search-input') as SearchInputElement | null;
  if (input instanceof HTMLInputElement) mountSiteSearch(input, input.ppgSearchIndex);
  initSearchPage();
}
