/**
 * The privacy promise, proved on every built page:
 *   - the built HTML and CSS load nothing from another site (no analytics, fonts, scripts, embeds);
 *   - every page carries the Content-Security-Policy, with a hash for each inline script and style,
 *     and no markup the policy would block (style="" or onclick="" attributes);
 *   - in the browser, every page (and the offline service worker it starts) contacts only this site,
 *     sets no cookie and receives none, and triggers no CSP violation;
 *   - with the host headers from public/_headers applied, every page still loads cleanly and no
 *     site can show it in a frame.
 * The shared fixture (./fixtures) already fails a test on any console error, page error or request
 * to another origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPagePaths, distDir } from '../support/site-pages';
import { distFilesWithExtension, readPageHtml } from '../support/dist-files';
import { headersForPath, parseHeadersFile } from '../../src/lib/security/headers-file';

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

test.describe('the built files', () => {
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

test.describe('in the browser', () => {
  for (const path of pages) {
    test(`${path}: only this site is contacted, no cookies, no CSP violations`, async ({ page, context, baseURL }) => {
      const siteOrigin = new URL(baseURL!).origin;
      const offSite: string[] = [];
      const setCookies: string[] = [];
      // Context-level events also include requests made by the service worker (its precache).
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== siteOrigin) offSite.push(request.url());
      });
      context.on('response', async (response) => {
        const cookie = await response.headerValue('set-cookie').catch(() => null);
        if (cookie) setCookies.push(`${response.url()}: ${cookie}`);
      });
      await recordCspViolations(page);

      await page.goto(path, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');

      expect(offSite, 'requests to other sites').toEqual([]);
      expect(setCookies, 'Set-Cookie headers').toEqual([]);
      expect(await page.evaluate(() => document.cookie), 'document.cookie').toBe('');
      expect(await context.cookies(), 'cookies in the browser').toEqual([]);
      expect(await cspViolations(page), 'CSP violations').toEqual([]);
    });
  }
});

test.describe('what a reader types', () => {
  // A word nobody would search for, so any request that carries it carries the reader's typing.
  const MARKER = 'zqxprivate';

  /** Records every request URL and body in the whole browser context (pages and service worker). */
  function recordRequests(context: import('@playwright/test').BrowserContext): string[] {
    const seen: string[] = [];
    context.on('request', (request) => seen.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
    return seen;
  }

  test('a search typed in the header and submitted is never sent to the server', async ({ page, context }) => {
    const requests = recordRequests(context);
    await page.goto('/');
    const box = page.locator('#site-search-input');
    await box.click();
    await box.pressSequentially(`pump ${MARKER}`);
    await box.press('Enter');
    await page.waitForLoadState('networkidle');
    if (pages.includes('/search/')) {
      // The full results page, searched again from its own form if it has one.
      await page.goto('/search/');
      const pageBox = page.locator('main input[type="search"]').first();
      if ((await pageBox.count()) > 0) {
        await pageBox.fill(`${MARKER} again`);
        await pageBox.press('Enter');
        await page.waitForLoadState('networkidle');
      }
    }
    expect(requests.filter((r) => r.includes(MARKER)), 'requests carrying the search words').toEqual([]);
  });

  test('a question written in the question builder is never sent anywhere', async ({ page, context }) => {
    const requests = recordRequests(context);
    await page.goto('/questions/');
    await page.locator('#own-question').fill(`Can I swim with the pump ${MARKER}?`);
    await page.locator('[data-question-write-own] button[type="submit"]').click();
    await expect(page.locator('[data-question-list]')).toContainText(MARKER);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes(MARKER)), 'requests carrying the question').toEqual([]);
  });
});

test.describe('with the host headers from public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  // Routing is how the test adds headers; a service worker would answer before the route could.
  test.use({ serviceWorkers: 'block' });

  async function serveWithHostHeaders(page: Page): Promise<void> {
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headersForPath(rules, url.pathname) } });
    });
  }

  for (const path of pages) {
    test(`${path}: still loads cleanly under both policies`, async ({ page }) => {
      await serveWithHostHeaders(page);
      await recordCspViolations(page);
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.headers()['x-content-type-options']).toBe('nosniff');
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForLoadState('networkidle');
      expect(await cspViolations(page), 'CSP violations').toEqual([]);
      expect(await allowedFeatures(page, ['camera', 'microphone', 'geolocation', 'clipboard-write'])).toEqual({
        camera: false,
        microphone: false,
        geolocation: false,
        'clipboard-write': true, // the copy-link buttons need it
      });
      // Chromium may still be fetching something late (the web app manifest is fetched after load)
      // when the test ends; stop routing without failing on a request the closing page dropped.
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  }

  test.describe('framing', () => {
    // The blocked frame is reported as a console error; that error is the expected result here.
    // (An array given to test.use is read as [value, options], hence the extra brackets.)
    test.use({ allowedConsoleErrors: [[/frame-ancestors|Refused to (display|frame)/], { scope: 'test' }] });

    test('no page can be shown inside a frame, even by this site', async ({ page }) => {
      await serveWithHostHeaders(page);
      // A page outside the site's files that tries to frame the home page.
      await page.route('**/__framing-test__', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>frame test</title><iframe src="/"></iframe>' }),
      );
      await page.goto('/__framing-test__');
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).toBeDefined();
      await expect
        .poll(async () => frame!.evaluate(() => document.title).catch(() => 'blocked'))
        .not.toContain('Pain Pump Guide');
    });
  });
});

/** Starts recording `securitypolicyviolation` events on every document the page opens. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Which browser features the Permissions-Policy allows on the current page (Chromium's document.featurePolicy). */
async function allowedFeatures(page: Page, features: string[]): Promise<Record<string, boolean>> {
  return page.evaluate((names) => {
    const policy = (document as Document & { featurePolicy?: { allowsFeature(name: string): boolean } }).featurePolicy;
    if (!policy) throw new Error('This browser has no document.featurePolicy to check the Permissions-Policy with.');
    return Object.fromEntries(names.map((name) => [name, policy.allowsFeature(name)]));
  }, features);
}
