/**
 * Page addresses per language. English pages live at `/…`, every other language under
 * `/<lang>/…` with the same page ids, so a page's twin is found by adding or removing the prefix.
 */
import { LANGS, SOURCE_LANG, type Lang } from './lang';

/** Files and endpoints that exist once for the whole site, never per language. */
const SHARED_FILES = /\.(?:svg|png|ico|webmanifest|xml|txt|js|css|woff2?)$/i;

/** The language of a page, from its path (`/es/guide/x/` → es; anything else → en). */
export function langFromPath(pathname: string): Lang {
  const first = pathname.split('/')[1];
  return LANGS.find((lang) => lang !== SOURCE_LANG && lang === first) ?? SOURCE_LANG;
}

/** A path with any language prefix removed: `/es/guide/x/` → `/guide/x/`. */
export function unlocalizedPath(pathname: string): string {
  const lang = langFromPath(pathname);
  if (lang === SOURCE_LANG) return pathname;
  const rest = pathname.slice(lang.length + 1);
  return rest === '' ? '/' : rest;
}

/**
 * The same page in another language. Only site-absolute page links change: external links,
 * `#anchors`, `mailto:`/`tel:` links and shared files (icons, the manifest) are returned as they are.
 */
export function localizePath(href: string, lang: Lang): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const [path, suffix = ''] = splitSuffix(href);
  if (SHARED_FILES.test(path)) return href;
  const base = unlocalizedPath(path);
  const localized = lang === SOURCE_LANG ? base : `/${lang}${base}`;
  return localized + suffix;
}

/** Every language's address of one page, for hreflang links and the language switch. */
export function alternatePaths(pathname: string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, localizePath(pathname, lang)])) as Record<Lang, string>;
}

function splitSuffix(href: string): [string, string?] {
  const at = href.search(/[?#]/);
  return at === -1 ? [href] : [href.slice(0, at), href.slice(at)];
}
