/**
 * Builds search result content with DOM text nodes and <mark> elements only. Nothing from the index
 * or the query is ever parsed as HTML, so a query like <img src=x onerror=...> stays plain text.
 */
import type { TextSegment } from '@/lib/search/highlight';
import type { SearchHit } from '@/lib/search/search-engine';
import { searchMessages } from './messages';

const MARK_CLASS = 'rounded-sm bg-focus px-0.5 font-bold text-focus-ink';

/** Appends text with highlighted parts as <mark> elements. */
export function appendSegments(parent: Element, segments: readonly TextSegment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

function span(className: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  return el;
}

/** Where a result sits: "Living with a pump" for a section, "Word list" for a glossary word. */
export function resultPlace(hit: SearchHit): string {
  if (hit.kind === 'section') return hit.page;
  if (hit.kind === 'page') return searchMessages().kindPage;
  return hit.page;
}

/**
 * The three lines of a result: section (or page, word, question) with highlights, where it is,
 * and the snippet with highlights.
 */
export function resultContent(hit: SearchHit): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const title = span('block font-bold text-ink');
  appendSegments(title, hit.sectionParts.length > 0 ? hit.sectionParts : [{ text: hit.section, mark: false }]);
  const place = span('block text-sm text-muted');
  place.textContent = resultPlace(hit);
  fragment.append(title, place);
  if (hit.textParts.length > 0) {
    const snippet = span('mt-1 block text-sm text-ink');
    appendSegments(snippet, hit.textParts);
    fragment.append(snippet);
  }
  return fragment;
}
