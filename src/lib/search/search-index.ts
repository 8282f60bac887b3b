/**
 * Builds the static search index file at build time: the records' searchable fields go into a
 * pre-built fuse.js index (Fuse.createIndex), links into a compact `pages` + `docs` list, and the
 * checked synonyms alongside. The browser parses it with Fuse.parseIndex (see search-engine.ts).
 */
import Fuse from 'fuse.js/basic';
import { headingSlug } from './text';
import {
  SEARCH_INDEX_VERSION,
  type IndexedDocRef,
  type KindCode,
  type SearchIndexFile,
  type SearchRecord,
  type SearchRecordKind,
  type SynonymGroup,
} from './types';

/**
 * Searched fields and their weights. The section heading counts most (people type what a heading
 * says), then the snippet text, then extra keywords and the page title. Order matters: the engine
 * reads fields back from the index by position.
 */
export const SEARCH_KEYS = [
  { name: 's', weight: 4 },
  { name: 't', weight: 2 },
  { name: 'k', weight: 1.5 },
  { name: 'p', weight: 1 },
] as const;

/**
 * How much a long field is discounted (fuse.js's field-length norm, 1 by default). Halved, so a word
 * in a section's text still counts next to the same word in a short heading.
 */
const FIELD_NORM_WEIGHT = 0.5;

/** Position of each field in SEARCH_KEYS (and so in each index record's `$`). */
export const FIELD = { section: 0, text: 1, keywords: 2, page: 3 } as const;

const KIND_CODES: Record<SearchRecordKind, KindCode> = { page: 'p', section: 's', term: 't', question: 'q' };
export const KIND_FROM_CODE: Record<KindCode, SearchRecordKind> = { p: 'page', s: 'section', t: 'term', q: 'question' };

/** The record as fuse.js indexes it (short field names keep the JSON small). */
interface IndexedDoc {
  s: string;
  t: string;
  k: string;
  p: string;
}

/** Splits "/guide/risks/#mri-scans" into "/guide/risks/" and "mri-scans". */
function splitHref(href: string): [string, string] {
  const hash = href.indexOf('#');
  return hash === -1 ? [href, ''] : [href.slice(0, hash), href.slice(hash + 1)];
}

/** The link of a record, stored as compactly as the browser can rebuild it. */
function docRef(record: SearchRecord, pageNumber: number, anchor: string): IndexedDocRef {
  const kind = KIND_CODES[record.kind];
  if (anchor && anchor === headingSlug(record.section)) return [pageNumber, kind];
  return [pageNumber, kind, anchor];
}

/** Rebuilds a record's link from the index file (the inverse of what buildSearchIndex stores). */
export function hrefOf(file: Pick<SearchIndexFile, 'pages'>, ref: IndexedDocRef, section: string): string {
  const page = file.pages[ref[0]] ?? '/';
  const anchor = ref.length === 3 ? ref[2] : headingSlug(section);
  return anchor ? `${page}#${anchor}` : page;
}

/**
 * Builds the index file for a list of records. The result is plain JSON data: serialize it with
 * JSON.stringify and serve it as a static file.
 */
export function buildSearchIndex(records: readonly SearchRecord[], synonyms: readonly SynonymGroup[]): SearchIndexFile {
  const docs: IndexedDoc[] = records.map((r) => ({ s: r.section, t: r.text, k: r.keywords, p: r.page }));
  const index = Fuse.createIndex<IndexedDoc>(
    SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
    docs,
    { fieldNormWeight: FIELD_NORM_WEIGHT },
  );
  const pages: string[] = [];
  const pageNumbers = new Map<string, number>();
  const refs = records.map((record) => {
    const [page, anchor] = splitHref(record.href);
    let number = pageNumbers.get(page);
    if (number === undefined) {
      number = pages.length;
      pages.push(page);
      pageNumbers.set(page, number);
    }
    return docRef(record, number, anchor);
  });
  return {
    v: SEARCH_INDEX_VERSION,
    pages,
    docs: refs,
    index: index.toJSON() as SearchIndexFile['index'],
    synonyms: synonyms.map((g) => [[...g.words], [...g.means]]),
  };
}
