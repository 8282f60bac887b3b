/**
 * Numbering of a page's sources. The front matter's `sources` list fixes the order; an inline
 * <Cite id="s43" /> shows the number of s43 in that list and links to its entry.
 */
import { site as englishSite } from '../../i18n/en/site';

export interface NumberedSource {
  id: string;
  number: number;
  /** Short label for screen readers, e.g. "Journal of Clinical Oncology, 2002". */
  label: string;
}

/** What a source's short label is made of (a source entry's data). */
interface LabelledSource {
  publisher: string;
  year?: number | undefined;
}

/** The one way the site names a source in short: "Journal of Clinical Oncology, 2002". */
/** "Publisher, 2024"; `noDate` is the page language's words for a source without a year. */
export function sourceLabel(source: LabelledSource, noDate: string = englishSite.sources.noDate): string {
  return `${source.publisher}, ${source.year ?? noDate}`;
}

/** Where Cite, IconArray and OptionGrid read the page's citations (Astro.locals). */
interface CitationLocals {
  pageName?: string;
  pageSources?: NumberedSource[];
}

/**
 * Sets up a page's citations before it renders: numbers its sources in the order given and names
 * the page's file for error messages. Every page with a source list calls this once.
 */
export function setPageCitations(
  locals: CitationLocals,
  pageName: string,
  sources: { id: string; data: LabelledSource }[],
  noDate?: string,
): void {
  const labels = new Map(sources.map((source) => [source.id, sourceLabel(source.data, noDate)]));
  locals.pageName = pageName;
  locals.pageSources = numberSources([...labels.keys()], (id) => labels.get(id) ?? id);
}

export function numberSources(ids: string[], labelFor: (id: string) => string): NumberedSource[] {
  return ids.map((id, index) => ({ id, number: index + 1, label: labelFor(id) }));
}

/** Anchor id of a source in the page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** Looks up each cited id; throws when a page cites a source it does not list (caught at build). */
export function resolveCitations(
  citedIds: string[],
  pageSources: NumberedSource[],
  pageName: string,
): NumberedSource[] {
  return citedIds.map((id) => {
    const found = pageSources.find((s) => s.id === id);
    if (!found) {
      throw new Error(
        `${pageName}: <Cite id="${id}" /> is not in the page's "sources" list. Add "${id}" to sources in the front matter.`,
      );
    }
    return found;
  });
}
