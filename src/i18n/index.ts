/**
 * All interface text, one module per language and area: `site` (shell and content pages),
 * `tools` (the React tools), `translation` (the notice on translated pages) and `search` (names
 * in the search index). Pages pick a language with `uiStrings(lang)`; islands get only the strings
 * they need as props, so a page never ships another language's text.
 */
import type { Lang } from '@/lib/i18n/lang';
import type { Widen } from './types';
import { site as enSite } from './en/site';
import { tools as enTools } from './en/tools';
import { translation as enTranslation } from './en/translation';
import { search as enSearch } from './en/search';
import { site as esSite } from './es/site';
import { tools as esTools } from './es/tools';
import { translation as esTranslation } from './es/translation';
import { search as esSearch } from './es/search';

export type SiteStrings = Widen<typeof enSite>;
export type ToolStrings = Widen<typeof enTools>;
export type TranslationStrings = Widen<typeof enTranslation>;
export type SearchStrings = Widen<typeof enSearch>;
export interface UiStrings {
  site: SiteStrings;
  tools: ToolStrings;
  /** The notice on translated pages (src/components/TranslationStatus.astro). */
  translation: TranslationStrings;
  /** Names the search index holds (src/lib/search/guide-sources.ts). */
  search: SearchStrings;
}

const STRINGS: Record<Lang, UiStrings> = {
  en: { site: enSite, tools: enTools, translation: enTranslation, search: enSearch },
  es: { site: esSite, tools: esTools, translation: esTranslation, search: esSearch },
};

export function uiStrings(lang: Lang): UiStrings {
  return STRINGS[lang];
}
