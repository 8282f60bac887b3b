/**
 * Shapes shared by the search index builder (build time) and the search engine (browser).
 * This module can reach the client: keep it free of Node, Astro and DOM imports.
 */

/** What a search record points at. */
export type SearchRecordKind = 'page' | 'section' | 'term' | 'question';

/** One thing a search can find: a page, a section of a page, a glossary term or a bank question. */
export interface SearchRecord {
  /** Link to open, with the section's #anchor when it has one. */
  href: string;
  kind: SearchRecordKind;
  /** Name of the page it is on ("Living with a pump", "Word list"). */
  page: string;
  /** Section heading, glossary term or question text (for a whole page: the page title). */
  section: string;
  /** Start of the section's text, trimmed: searched, and shown as the snippet. */
  text: string;
  /** More words to search that are not in `text`: aliases, sub-headings, the rest of a long section. */
  keywords: string;
}

/** A group of the synonyms map: lay words and misspellings → words the guide uses. */
export interface SynonymGroup {
  /** What a reader might type (lower case). */
  words: string[];
  /** Words the guide itself uses, added to the search. */
  means: string[];
}

/** Version tag of the index file; bump when the format changes so old caches are not misread. */
export const SEARCH_INDEX_VERSION = 1;

/**
 * A record's link in the index file: [page number, kind] when the anchor is the slug of the section
 * heading (most sections: the browser works it out), or [page number, kind, anchor] otherwise
 * ("" for no anchor). Page numbers point into `pages`.
 */
export type IndexedDocRef = [number, KindCode] | [number, KindCode, string];

/**
 * The static /search-index.json file. `docs` holds only what the index does not already store
 * (where the record links to); page, section, text and keywords are read back from the fuse.js
 * index records, so each string is shipped once.
 */
export interface SearchIndexFile {
  v: typeof SEARCH_INDEX_VERSION;
  /** Page addresses ("/guide/risks/"), shared by the records on that page. */
  pages: string[];
  docs: IndexedDocRef[];
  /** Output of Fuse.createIndex(...).toJSON(). */
  index: { keys: unknown[]; records: unknown[] };
  /** Synonym groups as [words, means]. */
  synonyms: Array<[string[], string[]]>;
}

/** One-letter kind codes keep the file small. */
export type KindCode = 'p' | 's' | 't' | 'q';
