/**
 * Numbering of a page's sources. The front matter's `sources` list fixes the order; an inline
 * <Cite id="s43" /> shows the number of s43 in that list and links to its entry.
 */
export interface NumberedSource {
  id: string;
  number: number;
  /** Short label for screen readers, e.g. "Journal of Clinical Oncology, 2002". */
  label: string;
}

export function numberSources(
  ids: string[],
  labelFor: (id: string) => string,
): NumberedSource[] {
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
