/**
 * All interface text, one module per language and area: `site` (shell and content pages),
 * `tools` (the React tools) and `translation` (the notice on translated pages). Pages pick a language with `uiStrings(lang)`; islands get only the
 * strings they need as props, so a page never ships another language's text.
 */
import type { Lang } from '@/lib/i18n/lang';
import type { Widen } from './types';
import { site as enSite } from './en/site';
import { tools as enTools } from './en/tools';
import { translation as enTranslation } from './en/translation';
import { site as esSite } from './es/site';
import { tools as esTools } from './es/tools';
import { translation as esTranslation } from './es/translation';

export type SiteStrings = Widen<typeof enSite>;
export type ToolStrings = Widen<typeof enTools>;
export type TranslationStrings = Widen<typeof enTranslation>;
export interface UiStrings {
  site: SiteStrings;
  tools: ToolStrings;
  /** The notice on translated pages (src/components/TranslationStatus.astro). */
  translation: TranslationStrings;
}

const STRINGS: Record<Lang, UiStrings> = {
  en: { site: enSite, tools: enTools, translation: enTranslation },
  es: { site: esSite, tools: esTools, translation: esTranslation },
};

export function uiStrings(lang: Lang): UiStrings {
  return STRINGS[lang];
}
