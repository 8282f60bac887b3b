/**
 * Shared Playwright fixture. Every browser test imports `test` and `expect` from here, so every
 * test also proves the site's promises on the pages it visits:
 *   - no console errors (Chromium reports Content-Security-Policy violations as console errors),
 *   - no uncaught page errors,
 *   - no request to any other origin (no tracking, fonts, CDNs or embeds).
 * A test that expects a specific console error (for example a 404 page load) lists it in
 * `allowedConsoleErrors`.
 */
import { test as base, expect } from '@playwright/test';

export interface SiteGuardOptions {
  /** Console errors this test expects, matched by regular expression. */
  allowedConsoleErrors: RegExp[];
}

export const test = base.extend<SiteGuardOptions>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, allowedConsoleErrors }, use) => {
    const problems: string[] = [];
    const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
      problems.push(`console error on ${page.url()}: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // data:, blob:
      if (url.origin !== siteOrigin) problems.push(`request to another origin: ${request.url()}`);
    });
    await use(page);
    expect(problems, 'the page logged errors or contacted another origin').toEqual([]);
  },
});

export { expect };
