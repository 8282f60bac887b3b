/**
 * The privacy promise in the built files (the browser half is tests/e2e/privacy.spec.ts):
 *   - the built HTML and CSS load nothing from another site (no analytics, fonts, scripts, embeds);
 *   - every page carries the Content-Security-Policy, with a hash for each inline script and style,
 *     and no markup the policy would block (style="" or onclick="" attributes).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, distDir } from '../support/site-pages';
import { distFilesWithExtension, readPageHtml } from '../support/dist-files';

const pages = builtPagePaths();

/** Attributes that make the browser fetch something, by element. */
const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};
/** <link rel> values that only name a URL and never load it. */
const NON_LOADING_LINK_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'me', 'sitemap']);
/** Elements that embed another document or plugin: none are allowed at all. */
const EMBEDS = 'iframe, frame, frameset, object, embed, portal, fencedframe';
/** Well-known tracking and CDN hosts, in case one is ever pasted into a page or bundle. */
const TRACKERS =
  /google-analytics\.com|googletagmanager\.com|gtag\(|doubleclick\.net|facebook\.net|connect\.facebook|hotjar|clarity\.ms|plausible\.io|matomo|segment\.(io|com)|mixpanel|fonts\.googleapis|fonts\.gstatic|use\.typekit|cdn\.jsdelivr|unpkg\.com|cdnjs\.cloudflare/i;

/** True for a URL that stays on this site: a relative path, or data:/blob:. Not `//host`. */
function isLocalUrl(url: string): boolean {
  const value = url.trim();
  if (value === '' || value.startsWith('#')) return true;
  if (/^(data|blob):/i.test(value)) return true;
  if (value.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(value);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function cspMeta($: cheerio.CheerioAPI): Map<string, string[]> {
  const content = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the built files', () => {
  test('the crawl finds the site pages', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const path of pages) {
    test(`${path}: loads nothing from another site and carries a strict CSP`, () => {
      const html = readPageHtml(path);
      const $ = cheerio.load(html);
      const problems: string[] = [];

      expect($(EMBEDS).length, 'frames, objects or embeds').toBe(0);
      for (const [tag, attributes] of Object.entries(RESOURCE_ATTRIBUTES)) {
        $(tag).each((_, el) => {
          if (tag === 'link' && ($(el).attr('rel') ?? '').split(/\s+/).every((r) => NON_LOADING_LINK_RELS.has(r))) return;
          for (const attribute of attributes) {
            const value = $(el).attr(attribute);
            if (value === undefined) continue;
            const urls = attribute === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
            for (const url of urls) if (!isLocalUrl(url)) problems.push(`<${tag} ${attribute}="${url}">`);
          }
        });
      }
      if (TRACKERS.test(html)) problems.push(`tracker or CDN named in the HTML: ${TRACKERS.exec(html)?.[0]}`);
      expect(problems, 'resources from another site').toEqual([]);

      // The policy: only this site, no 'unsafe-inline' or 'unsafe-eval' for scripts or styles.
      const csp = cspMeta($);
      expect(csp.get('default-src'), 'default-src').toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      for (const directive of ['script-src', 'style-src']) {
        const values = csp.get(directive) ?? [];
        expect(values[0], directive).toBe("'self'");
        expect(values.filter((v) => /unsafe|\*|:/.test(v)), `${directive} loosened`).toEqual([]);
      }
      // The policy must come before anything it governs. Astro writes the meta tag at the end of
      // <head>; only the print stylesheet link (a file from this site, which 'self' allows anyway)
      // and non-executed JSON-LD may come before it.
      const metaAt = html.indexOf('http-equiv="content-security-policy"');
      const firstGoverned = html.search(/<script(?![^>]*application\/ld\+json)|<style|<link[^>]+rel="stylesheet"(?![^>]*media="print")/);
      expect(metaAt, 'CSP meta tag').toBeGreaterThan(0);
      if (firstGoverned !== -1) expect(metaAt, 'CSP meta tag comes before scripts and styles').toBeLessThan(firstGoverned);

      // Every inline script and style is hashed; nothing relies on inline attributes the CSP blocks.
      const scriptHashes = new Set(csp.get('script-src'));
      const styleHashes = new Set(csp.get('style-src'));
      $('script:not([src])').each((_, el) => {
        const type = $(el).attr('type') ?? '';
        if (/json/i.test(type)) return; // JSON-LD and other data blocks are never executed.
        if (!scriptHashes.has(sha256($(el).html() ?? ''))) problems.push(`inline script without a hash: ${($(el).html() ?? '').slice(0, 80)}`);
      });
      $('style').each((_, el) => {
        if (!styleHashes.has(sha256($(el).html() ?? ''))) problems.push(`inline style without a hash: ${($(el).html() ?? '').slice(0, 80)}`);
      });
      $('[style]').each((_, el) => void problems.push(`style attribute on <${$(el).prop('tagName')}>: ${$(el).attr('style')}`));
      $('*').each((_, node) => {
        const tag = String($(node).prop('tagName') ?? '').toLowerCase();
        for (const name of Object.keys($(node).attr() ?? {})) {
          if (/^on/i.test(name)) problems.push(`inline event handler ${name} on <${tag}>`);
        }
        if (/^\s*javascript:/i.test($(node).attr('href') ?? '')) problems.push(`javascript: link on <${tag}>`);
      });
      expect(problems, 'markup the Content-Security-Policy would block').toEqual([]);
    });
  }

  test('stylesheets and scripts name no other site to load from', () => {
    const problems: string[] = [];
    for (const file of distFilesWithExtension('.css')) {
      const css = readFileSync(join(distDir, file), 'utf8');
      for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)|@import\s+(?:url\()?['"]?([^'");\s]+)/g)) {
        const url = match[1] ?? match[2] ?? '';
        if (!isLocalUrl(url)) problems.push(`${file}: ${url}`);
      }
    }
    for (const file of [...distFilesWithExtension('.js'), ...distFilesWithExtension('.css')]) {
      const text = readFileSync(join(distDir, file), 'utf8');
      if (TRACKERS.test(text)) problems.push(`${file}: names ${TRACKERS.exec(text)?.[0]}`);
    }
    expect(problems).toEqual([]);
  });
});

