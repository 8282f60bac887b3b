/**
 * The /search/ page: runs the search in the address (#q=… or ?q=…) and lists the results as links,
 * so a results page can be shared. Submitting the form updates the address without reloading.
 */
import type { SearchHit } from '@/lib/search/search-engine';
import { queryFromAddress, resultsAddress } from '@/lib/search/address';
import { fillTemplate, pluralTemplate } from '@/lib/i18n/format';
import { loadFailedMessage, loadSearchEngine } from './search-client';
import { appendSegments, resultPlace } from './render';
import { searchMessages, type SearchMessages } from './messages';

/** The /search/ page shows more results than the header list. */
const PAGE_RESULTS = 30;

/** Plain-language summary of a search, shown and announced above the results. */
function resultsSummary(count: number, query: string, messages: SearchMessages): string {
  const template =
    count === 0 ? messages.summaryNone : pluralTemplate(count, messages.summaryOne, messages.summaryOther);
  return fillTemplate(template, { n: count, q: query });
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rounded border-2 border-line/40 p-3';
  const a = document.createElement('a');
  a.href = hit.href;
  a.className = 'text-lg font-bold';
  appendSegments(a, hit.sectionParts.length > 0 ? hit.sectionParts : [{ text: hit.section, mark: false }]);
  const where = document.createElement('span');
  where.className = 'sr-only';
  where.textContent = ` (${resultPlace(hit)})`;
  a.append(where);
  const place = document.createElement('p');
  place.className = 'text-sm text-muted';
  place.setAttribute('aria-hidden', 'true');
  place.textContent = resultPlace(hit);
  li.append(a, place);
  if (hit.textParts.length > 0) {
    const snippet = document.createElement('p');
    snippet.className = 'mt-1';
    appendSegments(snippet, hit.textParts);
    li.append(snippet);
  }
  return li;
}

/** Wires the /search/ page. Does nothing on other pages. */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = document.getElementById('search-page-input') as HTMLInputElement | null;
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const results = document.querySelector<HTMLElement>('[data-search-page-results]');
  const list = document.querySelector<HTMLElement>('[data-search-page-list]');
  if (!form || !input || !status || !results || !list) return;

  async function run(query: string): Promise<void> {
    input!.value = query;
    list!.replaceChildren();
    results!.hidden = true;
    if (!query.trim()) {
      status!.textContent = '';
      return;
    }
    status!.textContent = searchMessages().searching;
    try {
      const engine = await loadSearchEngine();
      const hits = engine.search(query, PAGE_RESULTS);
      list!.append(...hits.map(resultItem));
      results!.hidden = hits.length === 0;
      status!.textContent = resultsSummary(hits.length, query.trim(), searchMessages());
    } catch {
      status!.textContent = loadFailedMessage();
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    // The words go after "#", which browsers never send to the server (see resultsAddress).
    history.pushState(null, '', resultsAddress(window.location.pathname, query));
    void run(query);
  });
  window.addEventListener('popstate', () => void run(queryFromAddress(window.location)));
  window.addEventListener('hashchange', () => void run(queryFromAddress(window.location)));

  const query = queryFromAddress(window.location);
  // A shared ?q= link has already reached the server; keep later copies of the address private.
  if (window.location.search.includes('q='))
    history.replaceState(null, '', resultsAddress(window.location.pathname, query));
  void run(query);
}
