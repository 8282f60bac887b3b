/**
 * Sharing a list by link (#q=…): opening it in a fresh browser (empty storage) asks before saving;
 * opening it next to a saved list asks before adding or replacing; malformed and hostile links
 * show a message, run nothing, and leave the saved list exactly as it was.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { checksum, encodeShareFragment, toBase64Url } from '../../src/lib/questions/share-code';
import { expect, test } from './fixtures';

const STORAGE_KEY = 'ppg:questions:v1';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SAVED = JSON.stringify({
  v: 1,
  items: [
    { kind: 'bank', id: 'mri-scans', important: false },
    { kind: 'custom', id: '~own1', text: 'My own saved question?', important: true },
  ],
});

/** The same promises as the shared fixture, for pages in contexts a test opens itself. */
function guard(page: Page, baseURL: string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin)
      problems.push(`other origin: ${r.url()}`);
  });
  return problems;
}

async function freshPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  return { context, page, problems: guard(page, baseURL) };
}

const shareValue = (items: unknown[]) => `#${encodeShareFragment({ items } as never)}`;
const hostileText = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload=alert(1)>',
];

test('a list shared from one browser opens in a fresh browser, and is saved only when asked', async ({
  page,
  browser,
  baseURL,
}) => {
  // Browser 1 builds a list, with an own question in Arabic and emoji, and copies its link.
  await page.goto('/questions/');
  await page.getByRole('button', { name: 'Add all three' }).click();
  await page.getByRole('textbox', { name: 'Write your own question' }).fill('هل يمكنني السفر بالطائرة؟ ✈️');
  await page.getByRole('button', { name: 'Add my question' }).click();
  await page.locator('[data-question-list] [data-action="important"]').nth(3).click();
  const link = await page.locator('[data-share-link]').inputValue();
  expect(link).toMatch(/\/questions\/#q=1\./);
  const expected = await page.locator('[data-question-list] [data-item-text]').allTextContents();

  // Browser 2: a new context has empty storage.
  const { context, page: other, problems } = await freshPage(browser, baseURL!);
  await other.goto(link);
  const panel = other.getByRole('region', { name: 'A list of questions was shared with you' });
  await expect(panel).toBeVisible();
  await expect(other.getByRole('heading', { name: 'A list of questions was shared with you' })).toBeFocused();
  await expect(panel.locator('[data-shared-items] li')).toHaveCount(4);
  await expect(panel.locator('[data-shared-items]')).toContainText('هل يمكنني السفر بالطائرة؟ ✈️ (most important)');
  expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  const axe = await new AxeBuilder({ page: other }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await panel.getByRole('button', { name: 'Save these as my list' }).click();
  await expect(panel).toBeHidden();
  await expect(other.getByRole('heading', { name: /^Your list/ })).toBeFocused();
  const got = await other.locator('[data-question-list] [data-item-text]').allTextContents();
  expect([...got].sort()).toEqual([...expected].sort());
  expect(new URL(other.url()).hash).toBe('');
  const saved = await other.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY);
  expect(saved.items).toHaveLength(4);
  await expect(other.locator('header [data-question-count]')).toHaveText('4 questions in your list');
  expect(problems).toEqual([]);
  await context.close();
});

test('with a saved list, a shared link asks: add, replace (with undo) or close without saving', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, SAVED]);
  const link = shareValue([
    { kind: 'bank', id: 'what-are-my-options', important: false },
    { kind: 'bank', id: 'mri-scans', important: false },
  ]);

  await page.goto(`/questions/${link}`);
  const panel = page.locator('[data-shared-list]');
  await expect(panel).toContainText('It has 2 questions.');
  await expect(panel).toContainText('Your list has 2 questions.');
  await panel.getByRole('button', { name: 'Close without saving' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(SAVED);

  await page.goto(`/questions/${link}`);
  await panel.getByRole('button', { name: 'Add these to my list' }).click();
  await expect(page.locator('[data-question-list] > li')).toHaveCount(3);
  await expect(page.locator('[data-question-announcer]')).toHaveText('Added 1 question to your list.');

  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, SAVED]);
  await page.goto(`/questions/${link}`);
  await panel.getByRole('button', { name: 'Replace my list with these' }).click();
  await expect(page.locator('[data-question-list] [data-item-text]')).toHaveText([
    'What are my options for treating my pain?',
    'Can I have an MRI scan? What needs to happen before and after it?',
  ]);
  await page.getByRole('button', { name: 'Undo' }).click();
  // Undo saves the old list again (with a new "at" time stamp): the same items come back.
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!)).toEqual({
    ...JSON.parse(SAVED),
    at: expect.any(Number),
  });
});

test('questions from a newer version of the site are reported, the rest still shown', async ({ page }) => {
  const body = '1.what-are-my-options.a-question-from-the-future';
  await page.goto(`/questions/#q=${body}.${checksum(body)}`);
  const panel = page.locator('[data-shared-list]');
  await expect(panel.locator('[data-shared-items] li')).toHaveText(['What are my options for treating my pain?']);
  await expect(panel.locator('[data-shared-unknown]')).toContainText(
    '1 question in this link came from a newer or older version',
  );
});

test('script-like text in a shared list is shown as plain text and runs nothing', async ({ page }) => {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, SAVED]);
  await page.goto(
    `/questions/${shareValue(hostileText.map((text, i) => ({ kind: 'custom', id: `~h${i}`, text, important: false })))}`,
  );
  const items = page.locator('[data-shared-items] li');
  await expect(items).toHaveText(hostileText);
  expect(
    await page.locator('[data-shared-items] img, [data-shared-items] script, [data-shared-items] svg').count(),
  ).toBe(0);
  // Print the shared list too: the print sheet shows the text as text.
  await expect(page.locator('[data-question-sheet] img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(SAVED);
  expect(problems).toEqual([]);
});

const good = encodeShareFragment({
  items: [
    { kind: 'bank', id: 'what-are-my-options', important: false },
    { kind: 'custom', id: '~a', text: 'Mine?', important: false },
  ],
});
const hostileLinks: [string, string, RegExp][] = [
  ['cut short', `#${good.slice(0, -4)}`, /not complete or has been changed/],
  ['random text', '#q=8f7a6sd5f76as5df7a6sd5f', /not complete or has been changed/],
  ['random base64', `#q=1._${toBase64Url('\u0000\u0001')}xyz`, /not complete or has been changed/],
  ['huge', `#q=1.${'a'.repeat(60_000)}`, /too long to be a question list/],
  ['script tag', `#q=1.<script>window.__pwned=1</script>`, /not complete or has been changed/],
  ['img onerror', `#q=1.<img src=x onerror=window.__pwned=1>.abc`, /not complete or has been changed/],
  ['newer version', `#q=9.${'what-are-my-options'}.${checksum('9.what-are-my-options')}`, /made by a newer version/],
  ['empty', '#q=', /has no questions in it/],
];

for (const [label, fragment, message] of hostileLinks) {
  test(`a ${label} link shows a message, runs nothing and leaves the saved list untouched`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, SAVED]);
    await page.goto(`/questions/${fragment}`);
    const error = page.locator('[data-shared-error]');
    await expect(error.getByRole('heading', { name: 'We could not open this shared list' })).toBeFocused();
    await expect(error).toContainText(message);
    await expect(error).toContainText('Your own list has not been changed.');
    await expect(page.locator('[data-question-list] > li')).toHaveCount(2);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(SAVED);
    await error.getByRole('button', { name: 'Close this message' }).click();
    await expect(error).toBeHidden();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(SAVED);
    expect(dialogs).toEqual([]);
  });
}

test('each ready-made clinician list has a share link and a preview that opens it in the builder', async ({ page }) => {
  await page.goto('/for-clinicians/');
  const presets = page.locator('[data-question-presets] [data-preset]');
  expect(await presets.count()).toBeGreaterThanOrEqual(3);
  const first = presets.first();
  const link = await first.locator('[data-preset-link]').inputValue();
  expect(link).toMatch(/^https?:\/\/[^/]+\/questions\/#q=1\./);
  const expected = await first.locator('ol li').allTextContents();
  await expect(first.getByRole('button', { name: 'Copy link' })).toBeVisible();
  expect(await first.locator('[data-preset-email]').getAttribute('href')).toMatch(/^mailto:\?subject=/);

  await first.locator('[data-preset-preview]').click();
  await expect(page).toHaveURL(/\/questions\/#q=1\./);
  await expect(page.locator('[data-shared-items] li')).toHaveText(expected);
});
