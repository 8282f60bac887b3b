/**
 * Search in the browser: the header combobox by keyboard and by mouse, the no-results state, the
 * /search/ page with and without JavaScript, safe highlighting, accessibility with results open, and
 * proof that a content page loads no search code before the reader touches the search box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'cheerio';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { distDir } from '../support/site-pages';
import { hrefOf } from '../../src/lib/search/search-index';
import type { SearchIndexFile } from '../../src/lib/search/types';

/** The same tags as the site-wide sweep in accessibility.spec.ts. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const input = (page: Page) => page.locator('#site-search-input');
const listbox = (page: Page) => page.locator('#site-search-listbox');
const options = (page: Page) => listbox(page).getByRole('option');
const popup = (page: Page) => page.locator('#site-search-popup');
const status = (page: Page) => page.locator('[data-search-status]');

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

function isSearchCode(url: string): boolean {
  const path = new URL(url).pathname;
  return path === '/search-index.json' || /\/_astro\/search-app[-.][\w-]+\.js$/.test(path);
}

test('keyboard only: "/" focuses the box, arrows choose a result, Enter opens that section', async ({ page }) => {
  await page.goto('/guide/what-is-a-pain-pump/');
  await page.locator('h1').click(); // focus somewhere that is not a text field
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await expect(input(page)).toHaveValue('');

  await page.keyboard.type('spinal headache');
  await expect(options(page).first()).toBeVisible();
  await expect(input(page)).toHaveAttribute('role', 'combobox');
  await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(input(page)).toHaveAttribute('aria-controls', 'site-search-listbox');

  await page.keyboard.press('ArrowDown');
  const first = options(page).nth(0);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toBeFocused();

  const href = (await first.getAttribute('data-href'))!;
  expect(href).toMatch(/#[a-z0-9-]+$/);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
  const anchor = decodeURIComponent(href.split('#')[1]!);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('a result on the same page moves focus to that section heading', async ({ page }) => {
  // Find which page has the diving section, then search for it from that page.
  await page.goto('/');
  await input(page).click();
  await input(page).fill('scuba');
  await expect(options(page).first()).toContainText('Diving and hyperbaric oxygen');
  const href = (await options(page).first().getAttribute('data-href'))!;
  await page.goto(href.split('#')[0]!);
  await input(page).click();
  await input(page).fill('scuba');
  await expect(options(page).first()).toContainText('Diving and hyperbaric oxygen');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
  await expect(page.locator('#diving-and-hyperbaric-oxygen')).toBeFocused();
  await expect(popup(page)).toBeHidden();
});

test('Escape closes the list, a second Escape clears the box', async ({ page }) => {
  await page.goto('/');
  await input(page).click();
  await input(page).fill('refill');
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(popup(page)).toBeHidden();
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(input(page)).not.toHaveAttribute('aria-activedescendant', /.+/);
  await expect(input(page)).toHaveValue('refill');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(input(page)).toHaveValue('');
});

test('clicking a result opens its section; each result shows section, page and a highlighted snippet', async ({
  page,
}) => {
  await page.goto('/');
  await input(page).click();
  await input(page).fill('pump beeping');
  const alarms = options(page).filter({ hasText: 'Alarms' }).first();
  await expect(alarms).toBeVisible();
  await expect(alarms.locator('span').nth(1)).toHaveText(/\w/); // the page it is on
  await expect(alarms.locator('mark').first()).toBeVisible();
  await alarms.click();
  await expect(page).toHaveURL(/\/guide\/[a-z0-9-]+\/#alarms$/);
});

test('Enter with no result chosen opens all results, without sending the words to the server', async ({
  page,
  context,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto('/guide/risks/');
  await input(page).click();
  await input(page).fill('hot tub zqxsecret');
  await expect(popup(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/#q=hot\+tub\+zqxsecret$/);
  await expect(page.locator('[data-search-page-list] a').first()).toHaveAttribute(
    'href',
    /^\/guide\/[a-z0-9-]+\/#heat-hot-tubs-and-saunas$/,
  );
  await expect(page.locator('#search-page-input')).toHaveValue('hot tub zqxsecret');
  expect(requests.filter((url) => url.includes('zqxsecret'))).toEqual([]);
  // "See all results" in the list uses the same private address.
  await input(page).fill('scuba');
  await expect(page.locator('[data-search-all]')).toHaveAttribute('href', '/search/#q=scuba');
});

test('the result count is announced in a polite live region', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await input(page).click();
  await input(page).fill('mri');
  await expect(status(page)).toHaveText(/^\d+ results?\. Use the up and down arrow keys/);
});

test('no results: says so and suggests the topics and the word list', async ({ page }) => {
  await page.goto('/');
  await input(page).click();
  await input(page).fill('qwxzv');
  const message = page.locator('[data-search-message]');
  await expect(message).toContainText('No results for “qwxzv”');
  await expect(listbox(page)).toBeHidden();
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(message.locator('a[href^="/guide/"]')).not.toHaveCount(0);
  await expect(message.getByRole('link', { name: 'word list' })).toHaveAttribute('href', '/glossary/');
  await expect(status(page)).toContainText('No results for qwxzv');
  // The suggestions are reachable by keyboard (after the Search button), and the list stays open.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(message.locator('a').first()).toBeFocused();
  await expect(message).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violations with results open and one selected (light and dark)', async ({ page }) => {
  test.setTimeout(90_000); // two full axe runs on the longest page
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/guide/risks/');
    await input(page).click();
    await input(page).fill('can I have an MRI with a pump');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('highlighting cannot inject HTML from the query', async ({ page }) => {
  await page.goto('/');
  await input(page).click();
  const hostile = '<img src=x onerror="window.__searchXss=1"> <b>pump</b> alarm';
  await input(page).fill(hostile);
  await expect(options(page).first()).toBeVisible();
  await expect(popup(page).locator('img, b, script, iframe')).toHaveCount(0);
  // The query is shown back as text ("See all results for …"), never as markup.
  await expect(page.locator('[data-search-all]')).toContainText(hostile);
  await input(page).fill('<img src=x onerror="window.__searchXss=1"><svg onload="window.__searchXss=2">');
  await expect(popup(page)).toBeVisible();
  await expect(page.locator('[data-search-all]')).toContainText('<svg onload=');
  await expect(popup(page).locator('img, svg, script, iframe')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __searchXss?: number }).__searchXss)).toBeUndefined();

  await page.goto(`/search/#${new URLSearchParams({ q: hostile })}`);
  await expect(page.locator('[data-search-page-status]')).toContainText('results for “<img src=x');
  await expect(page.locator('main').locator('img, b, script, iframe')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __searchXss?: number }).__searchXss)).toBeUndefined();
});

test('a content page loads no search code until the box is focused', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/guide/risks/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter(isSearchCode)).toEqual([]);
  // The loader still marks the box as a combobox before any interaction.
  await expect(input(page)).toHaveAttribute('role', 'combobox');

  const index = page.waitForRequest((r) => r.url().endsWith('/search-index.json'));
  const app = page.waitForRequest((r) => /\/search-app[-.][\w-]+\.js$/.test(r.url()));
  await input(page).focus();
  await Promise.all([index, app]);
});

test('"/" does nothing special while typing in a text field', async ({ page }) => {
  await page.goto('/search/');
  const field = page.locator('#search-page-input');
  await field.click();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(field).toBeFocused();
});

test('the /search/ page shows shareable results from the address and updates it on a new search', async ({ page }) => {
  await page.goto('/search/?q=pump%20beeping');
  // A shared ?q= link works; the address then keeps the words after "#", away from the server.
  await expect(page).toHaveURL(/\/search\/#q=pump\+beeping$/);
  const statusLine = page.locator('[data-search-page-status]');
  await expect(statusLine).toHaveText(/^\d+ results? for “pump beeping”\.$/);
  await expect(page.locator('#search-page-input')).toHaveValue('pump beeping');
  const results = page.locator('[data-search-page-list] > li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(hrefs.some((href) => /^\/guide\/[a-z0-9-]+\/#alarms$/.test(href ?? ''))).toBe(true);
  // The topic list stays below the results.
  await expect(page.getByRole('heading', { name: 'All topics' })).toBeVisible();

  await page.locator('#search-page-input').fill('scuba');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/#q=scuba$/);
  await expect(results.first().locator('a')).toHaveAttribute(
    'href',
    /^\/guide\/[a-z0-9-]+\/#diving-and-hyperbaric-oxygen$/,
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript the header form opens /search/, which lists every topic and the word list', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await expect(input(page)).not.toHaveAttribute('role', 'combobox');
    await input(page).fill('mri');
    await input(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=mri$/);
    const topicLinks = page.locator('section[aria-labelledby="all-topics-heading"] ol a[href^="/guide/"]');
    expect(await topicLinks.count()).toBeGreaterThanOrEqual(10);
    await expect(page.getByRole('link', { name: 'word list', exact: true })).toHaveAttribute('href', '/glossary/');
    await expect(page.locator('noscript')).toHaveCount(1);
  } finally {
    await context.close();
  }
});

test('every section link in the index points at a heading id on the built page', () => {
  const file = JSON.parse(readFileSync(join(distDir, 'search-index.json'), 'utf8')) as SearchIndexFile;
  const records = file.index.records as Array<{ i: number; $: Record<string, { v: string } | undefined> }>;
  const sections = new Map(records.map((r) => [r.i, r.$[0]?.v ?? '']));
  const byPage = new Map<string, string[]>();
  file.docs.forEach((ref, doc) => {
    const href = hrefOf(file, ref, sections.get(doc) ?? '');
    const [path, anchor] = href.split('#') as [string, string | undefined];
    if (!anchor) return;
    byPage.set(path, [...(byPage.get(path) ?? []), anchor]);
  });
  expect(byPage.size).toBeGreaterThanOrEqual(10);
  const missing: string[] = [];
  for (const [path, anchors] of byPage) {
    const $ = load(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
    for (const anchor of anchors) if ($(`[id="${anchor}"]`).length === 0) missing.push(`${path}#${anchor}`);
  }
  expect(missing).toEqual([]);
});

test('the word list shows no misspelling as "Also called", yet search still finds a term by its misspelling', async ({
  page,
}) => {
  await page.goto('/glossary/');
  const withdrawal = page.locator('#withdrawal');
  await expect(withdrawal.locator('dt')).toHaveText('Withdrawal');
  await expect(page.locator('main')).not.toContainText(/withdrawl|intrathecle|cathater|MRI compatible/i);
  await expect(page.locator('#mri-conditional')).toContainText('Also called: MR-conditional, MRI conditional');

  await page.goto('/');
  await input(page).click();
  await input(page).fill('withdrawl');
  const term = options(page).filter({ hasText: 'Word list' }).filter({ hasText: 'Withdrawal' }).first();
  await expect(term).toBeVisible();
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#withdrawal$/);
});
