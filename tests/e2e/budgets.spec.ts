/**
 * Page-weight budgets, with exact byte counts (so they can be asserted):
 *   every CONTENT page's first load (HTML + CSS + JavaScript, gzip) is at most 23 KB, and the
 *   JavaScript that runs before any interaction is at most 3.5 KB gzip.
 * December 2026: raised from 20 KB and 3 KB when every guide page gained the warning-sign cards,
 * the get-help link, "Check your understanding", Listen and the shared storage script. The issue-17
 * target (median content page under 18 KB) is not met yet: see the README's "Budgets" section.
 * Tool pages (the question builder, the decision aid, the search page) may load more; their numbers
 * are printed but not limited here.
 *
 * How it measures: Chromium loads each built page with no interaction and records every request
 * until the network is idle. Each requested file is read from dist/ and gzipped (zlib level 6, the
 * `gzip` default and the level in docs/nginx.conf). Inline scripts count as JavaScript too (all of
 * them gzipped together), besides being part of the HTML. The service worker is blocked here: it
 * downloads the offline copy after the page has loaded, in the background, and is not page weight.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { expect, test } from './fixtures';
import { builtPagePaths } from '../support/site-pages';
import { distFileForPath, readPageHtml } from '../support/dist-files';
import { unlocalizedPath } from '../../src/lib/i18n/paths';

/** Budgets in bytes (1 KB = 1024 bytes). */
const PAGE_BUDGET = 23 * 1024;
const JS_BUDGET = 3.5 * 1024;
/** Interactive tool pages (and pages below them): measured and printed, not held to the content-page budget. */
const TOOL_SECTIONS = ['/questions/', '/decide/', '/search/', '/my-data/', '/trial-diary/', '/my-pump/'];
// In every language: /es/search/ is the same tool page as /search/.
const isToolPage = (path: string) => TOOL_SECTIONS.some((section) => unlocalizedPath(path).startsWith(section));

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

interface FirstLoad {
  path: string;
  html: number;
  css: number;
  js: number;
  inlineJs: number;
  inlineCss: number;
  other: number;
  total: number;
  files: string[];
}

test.use({ serviceWorkers: 'block' });

test('content pages stay within 20 KB gzip on first load and 3 KB gzip of JavaScript', async ({ page, baseURL }) => {
  const paths = builtPagePaths();
  expect(paths.length, 'built pages found').toBeGreaterThanOrEqual(10);
  test.setTimeout(paths.length * 5_000 + 30_000);
  const origin = new URL(baseURL!).origin;
  const results: FirstLoad[] = [];

  for (const path of paths) {
    const requested: { url: URL; type: string }[] = [];
    const onRequest = (request: import('@playwright/test').Request) =>
      requested.push({ url: new URL(request.url()), type: request.resourceType() });
    page.on('request', onRequest);
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    page.off('request', onRequest);

    const load: FirstLoad = { path, html: 0, css: 0, js: 0, inlineJs: 0, inlineCss: 0, other: 0, total: 0, files: [] };
    const seen = new Set<string>();
    for (const { url, type } of requested) {
      if (url.origin !== origin || seen.has(url.pathname)) continue; // other origins fail in the fixture
      seen.add(url.pathname);
      if (type === 'document') {
        load.html = gzipBytes(readPageHtml(path));
        continue;
      }
      const file = distFileForPath(url.pathname);
      const size = existsSync(file) ? gzipBytes(readFileSync(file)) : 0;
      load.files.push(`${url.pathname} (${type}, ${size} B)`);
      if (type === 'stylesheet') load.css += size;
      else if (type === 'script') load.js += size;
      else load.other += size;
    }
    const $ = cheerio.load(readPageHtml(path));
    const inline = $('script:not([src])')
      .filter((_, el) => !/json/i.test($(el).attr('type') ?? ''))
      .map((_, el) => $(el).html() ?? '')
      .get()
      .join('\n');
    load.inlineJs = inline ? gzipBytes(inline) : 0;
    const inlineStyles = $('style').map((_, el) => $(el).html() ?? '').get().join('\n');
    load.inlineCss = inlineStyles ? gzipBytes(inlineStyles) : 0;
    load.total = load.html + load.css + load.js;
    results.push(load);
  }

  // The measurement itself must see the page's files, or every budget would pass trivially.
  const home = results.find((r) => r.path === '/');
  expect(home?.html, 'home page HTML measured').toBeGreaterThan(0);
  expect((home?.css ?? 0) + (home?.inlineCss ?? 0), 'home page CSS measured (file or inline)').toBeGreaterThan(0);

  const kb = (n: number) => (n / 1024).toFixed(2).padStart(6);
  console.log(
    [
      'First load, gzip (KB). Budget for content pages: total 20 KB, JavaScript 3 KB.',
      'page                                   total    html  css(file) css(inline) js(file) js(inline)  js(all)  other',
      ...results.map((r) =>
        [
          `${r.path}${isToolPage(r.path) ? ' (tool)' : ''}`.padEnd(36),
          kb(r.total),
          kb(r.html),
          '   ' + kb(r.css),
          '    ' + kb(r.inlineCss),
          kb(r.js),
          '  ' + kb(r.inlineJs),
          '  ' + kb(r.js + r.inlineJs),
          kb(r.other),
        ].join('  '),
      ),
    ].join('\n'),
  );

  const overBudget = results
    .filter((r) => !isToolPage(r.path))
    .flatMap((r) => [
      ...(r.total > PAGE_BUDGET ? [`${r.path}: first load ${r.total} B gzip > ${PAGE_BUDGET} B`] : []),
      ...(r.js + r.inlineJs > JS_BUDGET
        ? [`${r.path}: JavaScript ${r.js + r.inlineJs} B gzip > ${JS_BUDGET} B (${r.files.filter((f) => f.includes('script')).join(', ')})`]
        : []),
    ]);
  expect(overBudget, 'content pages over budget').toEqual([]);
});
