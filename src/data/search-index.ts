/**
 * The search index of one language, built at build time from the checked content and that
 * language's synonyms (content/search-synonyms.yaml, content/es/search-synonyms.yaml). Each
 * language has its own file (/search-index.json, /es/search-index.json), so results are always in
 * the page's language.
 */
import { readFileSync } from 'node:fs';
import { loadGuide } from '@/data/guide-data';
import { SOURCE_LANG, type Lang } from '@/lib/i18n/lang';
import { guideSearchSources } from '@/lib/search/guide-sources';
import { buildSearchIndex } from '@/lib/search/search-index';
import { parseSynonymsYaml } from '@/lib/search/synonyms-file';
import { toSearchRecords } from '@/lib/search/to-search-records';
import { markdownHeadingIds } from '@/lib/i18n/translated-mdx';

/** Where a language's synonyms live. */
function synonymsFile(lang: Lang): string {
  return lang === SOURCE_LANG ? 'content/search-synonyms.yaml' : `content/${lang}/search-synonyms.yaml`;
}

export async function searchIndexResponse(lang: Lang): Promise<Response> {
  const guide = await loadGuide(lang);
  const { glossary, questions, warningSigns } = guide;
  // A translated page's sections link to the English anchors its headings keep.
  const withAnchors = <T extends { id: string }>(entries: T[], folder: string) =>
    lang === SOURCE_LANG
      ? entries
      : entries.map((e) => ({
          ...e,
          anchors: markdownHeadingIds(readFileSync(`content/${folder}/${e.id}.mdx`, 'utf8')),
        }));
  const topics = withAnchors(guide.topics, 'topics');
  const pages = withAnchors(guide.pages, 'pages');
  const synonyms = parseSynonymsYaml(readFileSync(synonymsFile(lang), 'utf8'));
  const records = toSearchRecords(
    guideSearchSources({ topics, pages, glossary, questions, warningSigns }, synonyms, lang),
  );
  return new Response(JSON.stringify(buildSearchIndex(records, synonyms)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
