/**
 * The header search box as an ARIA 1.2 combobox with a listbox popup (WAI-ARIA APG "list
 * autocomplete" pattern). Loaded by loader.ts on first focus or "/", never before.
 *
 * Keyboard: Down/Up move through results (the input keeps focus; aria-activedescendant points at
 * the active option), Enter opens the active result (or, with none active, submits the form to the
 * /search/ page), Escape closes the list (a second Escape clears the box), Tab leaves.
 * Screen readers hear the number of results in a polite live region once typing pauses.
 */
import type { SearchEngine, SearchHit } from '@/lib/search/search-engine';
import { ROUTES } from '@/lib/site';
import { fillTemplate, pluralTemplate } from '@/lib/i18n/format';
import { langFromPath, localizePath } from '@/lib/i18n/paths';
import { loadFailedMessage, loadSearchEngine } from './search-client';
import { searchMessages, type SearchMessages } from './messages';
import { resultContent } from './render';
import { resultsAddress } from '@/lib/search/address';

/** Results shown in the list. The /search/ page shows more. */
const MAX_RESULTS = 8;
/** Wait this long after the last keystroke before announcing the count (so it is said once). */
const ANNOUNCE_DELAY_MS = 600;

const OPTION_CLASS =
  'block cursor-pointer border-l-4 border-transparent px-3 py-2 aria-selected:border-brand aria-selected:bg-brand-soft hover:bg-paper-alt';

/** Plain-language count for the live region. */
function countMessage(count: number, query: string, messages: SearchMessages): string {
  const template = count === 0 ? messages.countNone : pluralTemplate(count, messages.countOne, messages.countOther);
  return fillTemplate(template, { n: count, q: query });
}

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  popup: HTMLElement;
  listbox: HTMLElement;
  message: HTMLElement;
  all: HTMLAnchorElement;
  status: HTMLElement;
}

function findElements(input: HTMLInputElement): Elements | null {
  const root = input.closest<HTMLElement>('[data-site-search]');
  const form = input.form;
  const popup = root?.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = root?.querySelector<HTMLElement>('[role="listbox"]');
  const message = root?.querySelector<HTMLElement>('[data-search-message]');
  const all = root?.querySelector<HTMLAnchorElement>('[data-search-all]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  if (!root || !form || !popup || !listbox || !message || !all || !status) return null;
  return { root, form, input, popup, listbox, message, all, status };
}

/**
 * Opens a result. On the same page, moves to the section and focuses its heading, so keyboard and
 * screen-reader users land where they chose; otherwise navigates.
 */
function openResult(href: string): void {
  const url = new URL(href, window.location.href);
  if (url.pathname === window.location.pathname && url.hash) {
    const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (target) {
      history.pushState(null, '', url.hash);
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.scrollIntoView();
      target.focus({ preventScroll: true });
      return;
    }
  }
  window.location.assign(url.href);
}

/** Wires the combobox to the page's header search. Safe to call more than once. */
export function mountSiteSearch(input: HTMLInputElement, indexResponse?: Promise<Response>): void {
  if (input.dataset['searchMounted']) return;
  const els = findElements(input);
  if (!els) return;
  input.dataset['searchMounted'] = 'true';
  const { root, form, popup, listbox, message, all, status } = els;
  const msg = searchMessages();
  // Links in messages stay in the page's language (the index already holds localized addresses).
  const lang = langFromPath(window.location.pathname);

  let engine: SearchEngine | null = null;
  let loadError = false;
  let hits: SearchHit[] = [];
  let active = -1;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const optionId = (i: number) => `site-search-option-${i}`;

  function announce(text: string): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      status.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  function setActive(index: number): void {
    const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close(): void {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function showMessage(build: (box: HTMLElement) => void): void {
    message.replaceChildren();
    build(message);
    message.hidden = false;
  }

  function link(href: string, text: string): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    a.className = 'inline-flex min-h-11 items-center';
    return a;
  }

  /** The no-results state: say so, then suggest the topics and the word list. */
  function showNoResults(query: string): void {
    showMessage((box) => {
      const p = document.createElement('p');
      p.className = 'font-bold';
      p.textContent = fillTemplate(msg.noResults, { q: query });
      const tip = document.createElement('p');
      tip.className = 'text-sm';
      tip.textContent = msg.tryOther;
      const list = document.createElement('ul');
      list.className = 'mt-1 grid gap-x-4 sm:grid-cols-2';
      const guide = localizePath(ROUTES.guide, lang);
      const topics = (engine?.pages() ?? []).filter((p) => p.href.startsWith(guide) && p.href !== guide);
      for (const topic of topics) {
        const li = document.createElement('li');
        li.append(link(topic.href, topic.title));
        list.append(li);
      }
      const glossary = document.createElement('p');
      glossary.append(
        msg.glossaryBefore,
        link(localizePath(ROUTES.glossary, lang), msg.glossaryLink),
        msg.glossaryAfter,
      );
      box.append(p, tip, list, glossary);
    });
  }

  function render(query: string): void {
    listbox.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    hits.forEach((hit, i) => {
      const option = document.createElement('li');
      option.id = optionId(i);
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = OPTION_CLASS;
      option.dataset['href'] = hit.href;
      option.append(resultContent(hit));
      listbox.append(option);
    });
    all.href = resultsAddress(new URL(form.action, window.location.href).pathname, query);
    all.textContent = fillTemplate(msg.seeAllFor, { q: query });
    popup.hidden = false;
    if (hits.length > 0) {
      listbox.hidden = false;
      message.hidden = true;
      input.setAttribute('aria-expanded', 'true');
    } else {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      showNoResults(query);
    }
    announce(countMessage(hits.length, query, msg));
  }

  function update(): void {
    const query = input.value.trim();
    if (!query) {
      hits = [];
      close();
      clearTimeout(announceTimer);
      status.textContent = '';
      return;
    }
    if (!engine) {
      popup.hidden = false;
      listbox.hidden = true;
      showMessage((box) => {
        box.textContent = loadError ? msg.loadFailed : msg.loading;
      });
      if (loadError) {
        announce(loadFailedMessage());
        start();
      }
      return;
    }
    hits = engine.search(query, MAX_RESULTS);
    render(query);
  }

  function start(): void {
    loadError = false;
    loadSearchEngine(indexResponse)
      .then((ready) => {
        engine = ready;
        root.dataset['searchReady'] = 'true'; // a hook for tests and the benchmark
        if (input.value.trim()) update();
        // Nothing typed yet: run one search nobody sees, so the reader's first one is already quick.
        else setTimeout(() => !input.value.trim() && ready.search('pump alarm'), 0);
      })
      .catch(() => {
        loadError = true;
        indexResponse = undefined; // the next try downloads again
        if (input.value.trim()) update();
      });
  }

  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (input.value.trim() && popup.hidden) update();
  });

  input.addEventListener('keydown', (event) => {
    const count = hits.length;
    const open = !popup.hidden && !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          update();
          if (hits.length > 0) setActive(0);
        } else if (count > 0) setActive(active + 1 >= count ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          update();
          if (hits.length > 0) setActive(hits.length - 1);
        } else if (count > 0) setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter': {
        const hit = open ? hits[active] : undefined;
        if (hit) {
          event.preventDefault();
          close();
          openResult(hit.href);
        }
        // With no active result, Enter submits the form: the /search/ page shows every result
        // (loader.ts sends the words after "#", so they never reach the server).
        break;
      }
      case 'Escape':
        // Stop the browser's own "clear the search box" so the first Escape only closes the list.
        if (!popup.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          update();
        }
        break;
    }
  });

  // A press inside the list must not blur the input first (that would close the list). Clicks on
  // results and links still work.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const href = option?.dataset['href'];
    if (href) {
      close();
      openResult(href);
    }
  });

  // Close when focus leaves the whole search area (Tab away, click elsewhere).
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !root.contains(next)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) close();
  });

  start();
  if (input.value.trim()) update();
}
