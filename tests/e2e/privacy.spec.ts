/**
 * The privacy promise, proved on every built page in the browser (the built files are checked in
 * tests/dist/privacy-files.test.ts):
 *   - served with the host headers (dist/_headers, generated from
 *     src/lib/security/content-security-policy.ts), every page (and the offline service worker it
 *     starts) contacts only this site, sets no cookie and receives none, and triggers no violation
 *     of either Content-Security-Policy;
 *   - no site can show a page in a frame;
 *   - words a reader types are never sent anywhere.
 * The shared fixture (./fixtures) already fails a test on any console error, page error or request
 * to another origin.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPagePaths } from '../support/site-pages';
import { headersForPath } from '../../src/lib/security/content-security-policy';

const pages = builtPagePaths();

/** Adds the host's headers to every response in the context, pages and service worker alike. */
async function serveWithHostHeaders(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headersForPath(url.pathname) } });
  });
}

test.describe('every page in the browser, with the host headers', () => {
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
      await serveWithHostHeaders(context);
      await recordCspViolations(page);

      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.headers()['x-content-type-options']).toBe('nosniff');
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForLoadState('networkidle');

      expect(offSite, 'requests to other sites').toEqual([]);
      expect(setCookies, 'Set-Cookie headers').toEqual([]);
      expect(await page.evaluate(() => document.cookie), 'document.cookie').toBe('');
      expect(await context.cookies(), 'cookies in the browser').toEqual([]);
      expect(await cspViolations(page), 'CSP violations').toEqual([]);
      expect(await allowedFeatures(page, ['camera', 'microphone', 'geolocation', 'clipboard-write'])).toEqual({
        camera: false,
        microphone: false,
        geolocation: false,
        'clipboard-write': true, // the copy-link buttons need it
      });
      // The service worker may still be precaching; let those requests go without the route.
      await context.unrouteAll({ behavior: 'ignoreErrors' });
    });
  }
});

test.describe('what a reader types', () => {
  // A word nobody would search for, so any request that carries it carries the reader's typing.
  const MARKER = 'zqxprivate';

  /** Records every request URL and body in the whole browser context (pages and service worker). */
  function recordRequests(context: BrowserContext): string[] {
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
    expect(
      requests.filter((r) => r.includes(MARKER)),
      'requests carrying the search words',
    ).toEqual([]);
  });

  test('a question written in the question builder is never sent anywhere', async ({ page, context }) => {
    const requests = recordRequests(context);
    await page.goto('/questions/');
    await page.locator('#own-question').fill(`Can I swim with the pump ${MARKER}?`);
    await page.locator('[data-question-write-own] button[type="submit"]').click();
    await expect(page.locator('[data-question-list]')).toContainText(MARKER);
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((r) => r.includes(MARKER)),
      'requests carrying the question',
    ).toEqual([]);
  });
});

test.describe('with the host headers', () => {
  // Routing is how the test adds headers; a service worker would answer before the route could.
  test.use({ serviceWorkers: 'block' });

  test.describe('framing', () => {
    // The blocked frame is reported as a console error; that error is the expected result here.
    // (An array given to test.use is read as [value, options], hence the extra brackets.)
    test.use({ allowedConsoleErrors: [[/frame-ancestors|Refused to (display|frame)/], { scope: 'test' }] });

    test('no page can be shown inside a frame, even by this site', async ({ page, context }) => {
      await serveWithHostHeaders(context);
      // A page outside the site's files that tries to frame the home page.
      await page.route('**/__framing-test__', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>frame test</title><iframe src="/"></iframe>',
        }),
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
