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
import { CONTENT_DIR, readFolder, splitFrontMatter } from '../../../support/content-files';
import { TranslationReport } from '@/data/translations';
import { SOURCE_LANG, type Lang } from '@/lib/i18n/lang';
import { overlayTranslation } from '@/lib/i18n/translation';
import { markdownHeadingIds } from '@/lib/i18n/translated-mdx';

/**
 * Every collection the index uses, read from the content files. In another language each entry is
 * its English file with the translated words laid over it and the translated body, as the build
 * does (src/data/guide-translation.ts); entries not translated yet stay English.
 */
function readGuideContent(lang: Lang = SOURCE_LANG): GuideContentForSearch {
  const report = new TranslationReport(lang);
  const entries = (folder: string) =>
    readFolder(folder).map(({ id, filePath, data, body }) => {
      if (lang === SOURCE_LANG) return { id, data, body: body ?? '' };
      const translated = report.read(filePath);
      if (!translated) return { id, data, body: body ?? '' };
      if (!filePath.endsWith('.mdx')) return { id, data: overlayTranslation(data, translated.data), body: body ?? '' };
      return {
        id,
        data: overlayTranslation(data, translated.data),
        body: splitFrontMatter(readFileSync(translated.state.file, 'utf8')).body,
        anchors: markdownHeadingIds(readFileSync(filePath, 'utf8')),
      };
    });
  return {
    topics: entries('topics'),
    pages: entries('pages'),
    glossary: entries('glossary').map((g) => ({ ...g, data: { aliases: [], ...g.data } })),
    questions: entries('questions'),
    warningSigns: entries('warning-signs').map((s) => ({ ...warningSignSchema.parse(s.data), id: s.id })),
  } as unknown as GuideContentForSearch;
}

export function readSynonymsSource(lang: Lang = SOURCE_LANG): string {
  return readFileSync(join(CONTENT_DIR, lang === SOURCE_LANG ? '' : lang, 'search-synonyms.yaml'), 'utf8');
}

export interface RealSearchIndex {
  records: SearchRecord[];
  file: SearchIndexFile;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real index, built once per run by the lib project's global setup. */
    realSearchIndex: RealSearchIndex;
    /** The same for Spanish (content/es/ over content/). */
    realSpanishSearchIndex: RealSearchIndex;
  }
}

/** The real records and index file, built from content/ as the build makes them. */
export function buildRealIndex(lang: Lang = SOURCE_LANG): RealSearchIndex {
  const synonyms = parseSynonymsYaml(readSynonymsSource(lang));
  const records = toSearchRecords(guideSearchSources(readGuideContent(lang), synonyms, lang));
  const file = buildSearchIndex(records, synonyms);
  // Round-trip through JSON, as the browser receives it.
  return { records, file: JSON.parse(JSON.stringify(file)) as SearchIndexFile };
}

/** The real index built once for this test run (see the note at the top). */
export function realSearchIndex(lang: Lang = SOURCE_LANG): RealSearchIndex {
  return lang === SOURCE_LANG ? inject('realSearchIndex') : inject('realSpanishSearchIndex');
}
