/**
 * Loads the search index once per page and turns it into a search engine. Used by the header search
 * box and the /search/ page. Loaded only on demand (dynamic import), never before interaction on a
 * content page.
 */
import { createSearchEngine, SearchIndexError, type SearchEngine } from '@/lib/search/search-engine';
import { SEARCH_INDEX_URL } from '@/lib/search/constants';
import { searchMessages } from './messages';

let engine: Promise<SearchEngine> | undefined;

/** Plain words for the reader when the index cannot be used (in the page's language). */
export function loadFailedMessage(): string {
  return searchMessages().loadFailed;
}

/** This page's index: the header search names it (/search-index.json, /es/search-index.json). */
function indexHref(): string {
  return document.getElementById('site-search-input')?.dataset['index'] ?? SEARCH_INDEX_URL;
}

/**
 * The search engine, loading the index on first call. `response` lets a caller that already
 * started the download (the header loader) hand it over, so the file is fetched only once.
 * A failed load is forgotten, so the next try downloads again.
 */
export function loadSearchEngine(response?: Promise<Response>): Promise<SearchEngine> {
  engine ??= (async () => {
    const res = await (response ?? fetch(indexHref()));
    if (!res.ok) throw new SearchIndexError(`The search index did not load (status ${res.status}).`);
    return createSearchEngine(await res.json());
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}
