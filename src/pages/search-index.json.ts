/**
 * /search-index.json: the search index, built once at build time from the checked content and the
 * synonyms map. Served as a static file; the search box fetches it on first use.
 */
import type { APIRoute } from 'astro';
import synonymsSource from '../../content/search-synonyms.yaml?raw';
import { loadGuide } from '@/data/guide-data';
import { guideSearchSources } from '@/lib/search/guide-sources';
import { buildSearchIndex } from '@/lib/search/search-index';
import { parseSynonymsYaml } from '@/lib/search/synonyms-file';
import { toSearchRecords } from '@/lib/search/to-search-records';

export const GET: APIRoute = async () => {
  const { topics, pages, glossary, questions, warningSigns } = await loadGuide();
  const synonyms = parseSynonymsYaml(synonymsSource);
  const records = toSearchRecords(guideSearchSources({ topics, pages, glossary, questions, warningSigns }, synonyms));
  return new Response(JSON.stringify(buildSearchIndex(records, synonyms)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
