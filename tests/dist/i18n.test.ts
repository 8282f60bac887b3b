/**
 * The Spanish site as built (issue 16), checked on the files in dist/: every page has its twin in
 * the other language, the hreflang links agree both ways, <html lang> is right, the header's
 * language link leads to the twin, and no English interface text (src/i18n/en/site.ts) is left on
 * a Spanish page. Text the page marks as English (lang="en", for example an edition's untranslated
 * crisis line or content not yet translated) and the titles of sources (English documents) are
 * allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distDir, readBuiltPages } from '../support/built-site';
import { uiStrings } from '@/i18n';
import { LANGS, LANG_TAGS, SOURCE_LANG, type Lang } from '@/lib/i18n/lang';
import { alternatePaths, langFromPath } from '@/lib/i18n/paths';

const NOT_FOUND = '/404.html';
const pages = readBuiltPages();
const paths = [...pages.keys()].filter((path) => path !== NOT_FOUND);
const parsed = new Map<string, CheerioAPI>();
const page = (path: string): CheerioAPI => {
  let $ = parsed.get(path);
  if (!$) parsed.set(path, ($ = load(pages.get(path)!)));
  return $;
};
/** A link's path, whether the build made it absolute (SITE_URL) or root-relative. */
const pathOf = (href: string | undefined) => new URL(href ?? '', 'http://no-site.invalid').pathname;

describe('pages and their twins', () => {
  it('builds pages in every language', () => {
    for (const lang of LANGS) expect(paths.filter((path) => langFromPath(path) === lang).length, lang).toBeGreaterThanOrEqual(15);
  });

  it('gives every page a twin in every other language, both ways', () => {
    const missing = paths.flatMap((path) =>
      Object.entries(alternatePaths(path))
        .filter(([, twin]) => !pages.has(twin))
        .map(([lang, twin]) => `${path} has no ${lang} twin at ${twin}`),
    );
    expect(missing).toEqual([]);
  });

  it('sets <html lang> from the page language', () => {
    const wrong = paths.filter((path) => page(path)('html').attr('lang') !== LANG_TAGS[langFromPath(path)]);
    expect(wrong).toEqual([]);
  });
});

describe('hreflang links', () => {
  /** hreflang → path of a page's alternate links. */
  const alternatesOf = (path: string) =>
    Object.fromEntries(
      page(path)('link[rel="alternate"][hreflang]')
        .map((_, el) => [[page(path)(el).attr('hreflang')!, pathOf(page(path)(el).attr('href'))]])
        .get() as [string, string][],
    );

  it('lists every language and x-default on every page, itself included', () => {
    const problems = paths.flatMap((path) => {
      const expected = { ...alternatePaths(path), 'x-default': alternatePaths(path)[SOURCE_LANG] };
      const actual = alternatesOf(path);
      const own = actual[langFromPath(path)] === path ? [] : [`${path} does not list itself`];
      return JSON.stringify(actual) === JSON.stringify(expected) ? own : [`${path}: ${JSON.stringify(actual)}`, ...own];
    });
    expect(problems).toEqual([]);
  });

  it('are reciprocal: every alternate page lists this page back', () => {
    const oneWay = paths.flatMap((path) =>
      Object.entries(alternatesOf(path))
        .filter(([hreflang]) => hreflang !== 'x-default')
        .filter(([, twin]) => pages.has(twin) && alternatesOf(twin)[langFromPath(path)] !== path)
        .map(([, twin]) => `${twin} does not link back to ${path}`),
    );
    expect(oneWay).toEqual([]);
  });

  it('are left off the one not-found page, which is served at every unknown address', () => {
    expect(load(pages.get(NOT_FOUND)!)('link[rel="alternate"][hreflang]').length).toBe(0);
  });
});

describe('the sitemap (built only with SITE_URL)', () => {
  const file = join(distDir, 'sitemap-0.xml');

  it('lists each page with its twins as hreflang alternates, or is not built at all', () => {
    const pagesWithHreflang = paths.filter((path) => page(path)('link[rel="canonical"]').length > 0);
    if (!existsSync(file)) {
      // No SITE_URL: no absolute address, so neither a sitemap nor a canonical link.
      expect(pagesWithHreflang).toEqual([]);
      return;
    }
    const $ = load(readFileSync(file, 'utf8'), { xml: true });
    const entries = $('url')
      .map((_, url) => ({
        loc: pathOf($(url).children('loc').text()),
        links: Object.fromEntries(
          $(url)
            .children('xhtml\\:link')
            .map((__, link) => [[$(link).attr('hreflang')!, pathOf($(link).attr('href'))]])
            .get() as [string, string][],
        ),
      }))
      .get();
    expect(entries.length).toBeGreaterThanOrEqual(30);
    const sorted = (links: Record<string, string>) => JSON.stringify(Object.entries(links).sort());
    const wrong = entries.filter((entry) => sorted(entry.links) !== sorted(alternatePaths(entry.loc))).map((entry) => entry.loc);
    expect(wrong).toEqual([]);
  });
});

describe('the language link', () => {
  it('leads to the same page in the other language, named in that language', () => {
    const problems = paths.flatMap((path) => {
      const $ = page(path);
      const links = $('header [data-language-link]');
      const lang = langFromPath(path);
      const others = LANGS.filter((other) => other !== lang);
      if (links.length !== others.length) return [`${path}: ${links.length} language links`];
      return others.flatMap((other, i) => {
        const link = links.eq(i);
        const found = `${link.attr('href')} lang=${link.attr('lang')} hreflang=${link.attr('hreflang')} "${link.text().trim()}"`;
        const wanted = `${alternatePaths(path)[other]} lang=${other} hreflang=${other} "${uiStrings(other).site.languageName}"`;
        return found === wanted ? [] : [`${path}: ${found}, expected ${wanted}`];
      });
    });
    expect(problems).toEqual([]);
  });
});

/** Every text of the English site strings (not message functions), as found in a page. */
function englishTexts(lang: Lang): string[] {
  const english = uiStrings(SOURCE_LANG).site;
  const other = uiStrings(lang).site;
  const texts: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string') {
      if (a === b) return;
      // Templates for scripts ({n}, {q}) are checked by their fixed parts.
      for (const part of a.split(/\{\w+\}/)) {
        const text = part.trim();
        if ((text.match(/[a-z]/gi) ?? []).length > 3) texts.push(text);
      }
    } else if (a && typeof a === 'object') {
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
    }
  };
  walk(english, other);
  return [...new Set(texts)];
}

/** What a reader gets from a page: its text and the names and hints screen readers announce. */
function readerText($: CheerioAPI): string {
  $('[lang="en"], [lang="en-US"]').remove();
  // Source titles are the titles of English documents.
  $('[data-source-list] li > a[data-source-url], [data-source-list] li > span:first-child').remove();
  $('script, style, template').remove();
  const attributes = $('[aria-label], [placeholder], [alt]')
    .map((_, el) => [$(el).attr('aria-label'), $(el).attr('placeholder'), $(el).attr('alt')].filter(Boolean).join(' \n '))
    .get();
  return [$('title').text(), $('meta[name="description"]').attr('content') ?? '', $('body').text(), ...attributes].join(' \n ').replace(/\s+/g, ' ');
}

describe('no English interface text on pages in other languages', () => {
  for (const lang of LANGS.filter((l) => l !== SOURCE_LANG)) {
    it(`${lang}: none of the English site strings appears on a ${lang} page`, () => {
      const texts = englishTexts(lang);
      expect(texts.length).toBeGreaterThan(100);
      const found = paths
        .filter((path) => langFromPath(path) === lang)
        .flatMap((path) => {
          const text = readerText(load(pages.get(path)!));
          return texts.filter((english) => new RegExp(`(?<![\\p{L}])${escape(english)}(?![\\p{L}])`, 'u').test(text)).map((english) => `${path}: "${english}"`);
        });
      expect(found).toEqual([]);
    });
  }

  it('the check itself finds English text, and ignores text marked lang="en" and source titles', () => {
    const html = (body: string) =>
      readerText(load(`<html><head><title>x</title></head><body>${body}</body></html>`));
    expect(html('<p>Puntos clave</p><button aria-label="Key points">x</button>')).toContain('Key points');
    expect(html('<p lang="en">Key points</p>')).not.toContain('Key points');
    expect(html('<section data-source-list><ol><li><a data-source-url href="#">Key points</a>. Evidencia sólida.</li></ol></section>')).not.toContain(
      'Key points',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
