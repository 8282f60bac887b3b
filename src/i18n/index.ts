/**
 * All interface text, one module per language and area: `site` (shell and content pages) and
 * `tools` (the React tools). Pages pick a language with `uiStrings(lang)`; islands get only the
 * strings they need as props, so a page never ships another language's text.
 */
import type { Lang } from '@/lib/i18n/lang';
import type { Widen } from './types';
import { site as enSite } from './en/site';
import { tools as enTools } from './en/tools';
import { site as esSite } from './es/site';
import { tools as esTools } from './es/tools';

export type SiteStrings = Widen<typeof enSite>;
export type ToolStrings = Widen<typeof enTools>;
export interface UiStrings {
  site: SiteStrings;
  tools: ToolStrings;
}

const STRINGS: Record<Lang, UiStrings> = {
  en: { site: enSite, tools: enTools },
  es: { site: esSite, tools: esTools },
};

export function uiStrings(lang: Lang): UiStrings {
  return STRINGS[lang];
}
