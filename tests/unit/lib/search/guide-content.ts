/**
 * Test helper: reads the real guide straight from content/ (no Astro) and builds the search index
 * the same way the /search-index.json endpoint does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { guideSearchSources, type GuideContentForSearch } from '@/lib/search/guide-sources';
import { toSearchRecords } from '@/lib/search/to-search-records';
import { buildSearchIndex } from '@/lib/search/search-index';
import { parseSynonymsYaml } from '@/lib/search/synonyms-file';
import type { SearchIndexFile, SearchRecord } from '@/lib/search/types';
import { warningSignSchema } from '@/lib/content/schema/warning-signs';

export const CONTENT_DIR = resolve('content');

function files(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(CONTENT_DIR, folder))
    .filter((name) => pattern.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => join(CONTENT_DIR, folder, name));
}

function mdxEntry(path: string) {
  const source = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error(`${path} has no front matter`);
  return { id: basename(path, '.mdx'), data: parse(match[1]!), body: source.slice(match[0].length) };
}

function yamlEntry(path: string) {
  return { id: basename(path).replace(/\.ya?ml$/, ''), data: parse(readFileSync(path, 'utf8')) };
}

/** Every collection the index uses, read from the content files. */
export function readGuideContent(): GuideContentForSearch {
  return {
    topics: files('topics', /\.mdx$/).map(mdxEntry),
    pages: files('pages', /\.mdx$/).map(mdxEntry),
    glossary: files('glossary', /\.ya?ml$/).map(yamlEntry).map((g) => ({ ...g, data: { aliases: [], ...g.data } })),
    questions: files('questions', /\.ya?ml$/).map(yamlEntry),
    warningSigns: files('warning-signs', /\.ya?ml$/)
      .map(yamlEntry)
      .map((s) => ({ ...warningSignSchema.parse(s.data), id: s.id })),
  };
}

export function readSynonymsSource(): string {
  return readFileSync(join(CONTENT_DIR, 'search-synonyms.yaml'), 'utf8');
}

/** The real records and index file, as the build makes them. */
export function buildRealIndex(): { records: SearchRecord[]; file: SearchIndexFile } {
  const synonyms = parseSynonymsYaml(readSynonymsSource());
  const records = toSearchRecords(guideSearchSources(readGuideContent(), synonyms));
  const file = buildSearchIndex(records, synonyms);
  // Round-trip through JSON, as the browser receives it.
  return { records, file: JSON.parse(JSON.stringify(file)) as SearchIndexFile };
}
