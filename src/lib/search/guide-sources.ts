/**
 * Adapts the guide's content entries (from Astro's collections at build time, or read straight from
 * the content files in tests and the benchmark) to the builder's input. Structural types only, so
 * it needs neither astro:content nor the file system.
 */
import { ROUTES, pageHref, topicHref } from '@/lib/site';
import type { SearchSources, ToolPageSource } from './to-search-records';
import type { SynonymGroup } from './types';
import { signsToShow, type SignEntry } from '@/lib/warning-signs/warning-signs';
import { SOURCE_LANG, type Lang } from '@/lib/i18n/lang';
import { localizePath } from '@/lib/i18n/paths';
import { uiStrings, type SearchStrings } from '@/i18n';

interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  /** A translated page's English heading ids (see PageSource.anchors). */
  anchors?: readonly string[] | undefined;
}

/** The parts of each collection the search index uses. */
export interface GuideContentForSearch {
  topics: ReadonlyArray<Entry<{ title: string; description: string; keyPoints: readonly string[] }>>;
  pages: ReadonlyArray<Entry<{ title: string; description: string }>>;
  glossary: ReadonlyArray<
    Entry<{ term: string; aliases: readonly string[]; misspellings?: readonly string[]; definition: string }>
  >;
  questions: ReadonlyArray<Entry<{ text: string; why: string }>>;
  /** Warning signs, so the sections that show them are found by a sign's words. */
  warningSigns?: readonly SignEntry[] | undefined;
}

/** The words <WarningSigns show="..." /> draws, for the search record of its section. */
function warningSignsText(signs: readonly SignEntry[]) {
  return (name: string, attributes: Record<string, string>): string => {
    if (name !== 'WarningSigns') return '';
    const extra = (attributes['show'] ?? '').split(/[\s,]+/).filter(Boolean);
    return signsToShow([...signs], extra)
      .map((sign) => `${sign.text} ${sign.meaning ?? ''}`)
      .join(' ');
  };
}

/**
 * Where a question of the bank opens: the question builder, where the reader can tick it. The
 * builder has no stable per-question anchor yet (its ids come from React's useId), so the link
 * opens the page itself. Change this one function when the builder gives questions stable ids.
 */
function questionHref(_id: string): string {
  return ROUTES.questions;
}

/** Pages that are not made from content files but that people look for by name. */
function toolPages(names: SearchStrings['toolPages'], lang: Lang): ToolPageSource[] {
  return (
    [
      [ROUTES.getHelp, names.getHelp],
      [ROUTES.guide, names.guide],
      [ROUTES.glossary, names.glossary],
      [ROUTES.questions, names.questions],
      [ROUTES.decide, names.decide],
    ] as const
  ).map(([href, page]) => ({ href: localizePath(href, lang), title: page.title, description: page.description }));
}

/** The builder's input for the whole guide. */
export function guideSearchSources(
  content: GuideContentForSearch,
  synonyms: readonly SynonymGroup[] = [],
  lang: Lang = SOURCE_LANG,
): SearchSources {
  const names = uiStrings(lang).search;
  const here = (href: string) => localizePath(href, lang);
  return {
    pages: [
      ...content.topics.map((t) => ({
        href: here(topicHref(t.id)),
        title: t.data.title,
        description: t.data.description,
        keyPoints: t.data.keyPoints,
        body: t.body ?? '',
        anchors: t.anchors,
      })),
      ...content.pages.map((p) => ({
        href: here(pageHref(p.id)),
        title: p.data.title,
        description: p.data.description,
        body: p.body ?? '',
        anchors: p.anchors,
      })),
    ],
    toolPages: toolPages(names.toolPages, lang),
    terms: content.glossary.map((g) => ({
      id: g.id,
      term: g.data.term,
      aliases: g.data.aliases,
      misspellings: g.data.misspellings ?? [],
      definition: g.data.definition,
    })),
    questions: content.questions.map((q) => ({ id: q.id, text: q.data.text, why: q.data.why })),
    glossaryHref: here(ROUTES.glossary),
    glossaryName: names.glossaryName,
    questionHref: (id) => here(questionHref(id)),
    questionsName: names.questionsName,
    keepPhrases: synonyms.flatMap((g) => g.words),
    componentText: warningSignsText(content.warningSigns ?? []),
  };
}
