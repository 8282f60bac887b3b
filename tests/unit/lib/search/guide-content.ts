/**
 * Test helper: reads the real guide straight from content/ (no Astro) and builds the search index
 * the same way the /search-index.json endpoint does. The lib project's global setup
 * (tests/support/real-search-index.setup.ts) builds it once per run; test files read that copy
 * with realSearchIndex() instead of each rebuilding it (several seconds each).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { guideSearchSources, type GuideContentForSearch } from '@/lib/search/guide-sources';
import { toSearchRecords } from '@/lib/search/to-search-records';
import { buildSearchIndex } from '@/lib/search/search-index';
import { parseSynonymsYaml } from '@/lib/search/synonyms-file';
import type { SearchIndexFile, SearchRecord } from '@/lib/search/types';
import { warningSignSchema } from '@/lib/content/schema/warning-signs';
import { CONTENT_DIR, readFolder } from '../../../support/content-files';

/** Every collection the index uses, read from the content files. */
function readGuideContent(): GuideContentForSearch {
  const entries = (folder: string) => readFolder(folder).map(({ id, data, body }) => ({ id, data, body: body ?? '' }));
  return {
    topics: entries('topics'),
    pages: entries('pages'),
    glossary: entries('glossary').map((g) => ({ ...g, data: { aliases: [], ...g.data } })),
    questions: entries('questions'),
    warningSigns: entries('warning-signs').map((s) => ({ ...warningSignSchema.parse(s.data), id: s.id })),
  } as unknown as GuideContentForSearch;
}

export function readSynonymsSource(): string {
  return readFileSync(join(CONTENT_DIR, 'search-synonyms.yaml'), 'utf8');
}

export interface RealSearchIndex {
  records: SearchRecord[];
  file: SearchIndexFile;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real index, built once per run by the lib project's global setup. */
    realSearchIndex: RealSearchIndex;
  }
}

/** The real records and index file, built from content/ as the build makes them. */
export function buildRealIndex(): RealSearchIndex {
  const synonyms = parseSynonymsYaml(readSynonymsSource());
  const records = toSearchRecords(guideSearchSources(readGuideContent(), synonyms));
  const file = buildSearchIndex(records, synonyms);
  // Round-trip through JSON, as the browser receives it.
  return { records, file: JSON.parse(JSON.stringify(file)) as SearchIndexFile };
}

/** The real index built once for this test run (see the note at the top). */
export function realSearchIndex(): RealSearchIndex {
  return inject('realSearchIndex');
}
