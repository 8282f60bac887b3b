/**
 * The question builder (/questions/) used by keyboard alone, its limits and messages, "Clear my
 * list" with undo, storage problems, download and email, and axe in its interactive states.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STORAGE_KEY = 'ppg:questions:v1';
/** The same tags as the site-wide sweep in accessibility.spec.ts. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function seed(page: Page, items: unknown[]): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ v: 1, items })],
  );
  await page.goto('/questions/');
  await expect(page.locator('[data-question-starter]')).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until the target has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Could not reach the element with the keyboard.');
}

const listTexts = (page: Page) => page.locator('[data-question-list] [data-item-text]').allTextContents();
const item = (page: Page, n: number) => page.locator('[data-question-list] > li').nth(n);
const announcer = (page: Page) => page.locator('[data-question-announcer]');
const focusedItemText = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest('li[data-item-id]')?.querySelector('[data-item-text]')?.textContent ?? null,
  );

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('builds a list by keyboard alone: starter set, own question, reorder, most important, edit, remove and undo', async ({
  page,
}) => {
  await page.goto('/questions/');
  const starter = page.locator('[data-question-starter]');
  await expect(starter).toBeVisible();

  // Tick the first two "Ask 3 Questions" with Space.
  const boxes = starter.getByRole('checkbox');
  await tabTo(page, boxes.nth(0));
  await page.keyboard.press('Space');
  await tabTo(page, boxes.nth(1));
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: /Your list \(2 of 30 questions\)/ })).toBeVisible();

  // Write our own question in another script, and add it with the keyboard.
  const own = page.getByRole('textbox', { name: 'Write your own question' });
  await tabTo(page, own);
  await page.keyboard.type('Can my sister come with me? هل يمكن أن تأتي أختي؟');
  await tabTo(page, page.getByRole('button', { name: 'Add my question' }));
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toHaveText(/Your question was added/);
  await expect(own).toBeFocused();
  await expect(own).toHaveValue('');
  const texts = await listTexts(page);
  expect(texts).toHaveLength(3);
  expect(texts[2]).toBe('Can my sister come with me? هل يمكن أن تأتي أختي؟');

  // Move the first question down: the order changes, focus stays on its button, the move is announced.
  const first = texts[0]!;
  await tabTo(page, item(page, 0).getByRole('button', { name: 'Move down' }), true);
  await page.keyboard.press('Enter');
  expect(await listTexts(page)).toEqual([texts[1], first, texts[2]]);
  await expect(announcer(page)).toHaveText('Moved to position 2 of 3.');
  expect(await focusedItemText(page)).toBe(first);
  await expect(page.locator(':focus')).toHaveAttribute('data-action', 'down');
  await page.keyboard.press('Enter');
  expect(await listTexts(page)).toEqual([texts[1], texts[2], first]);
  // At the bottom the button stays focused, says why nothing happened, and is marked as unavailable.
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toHaveText('This question is already last.');
  await expect(page.locator(':focus')).toHaveAttribute('aria-disabled', 'true');
  // Move up with Shift+Tab to reach it.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-action', 'up');
  await page.keyboard.press('Enter');
  expect(await listTexts(page)).toEqual([texts[1], first, texts[2]]);
  expect(await focusedItemText(page)).toBe(first);

  // Mark the own question as most important: it is pressed and labelled.
  const ownItem = item(page, 2);
  await tabTo(page, ownItem.getByRole('button', { name: 'Most important' }));
  await page.keyboard.press('Enter');
  await expect(ownItem.getByRole('button', { name: 'Most important' })).toHaveAttribute('aria-pressed', 'true');
  await expect(ownItem).toContainText('Most important');

  // Edit the own question; Escape cancels, Save keeps the change; focus returns to Edit.
  await tabTo(page, ownItem.getByRole('button', { name: 'Edit' }));
  await page.keyboard.press('Enter');
  const edit = page.getByRole('textbox', { name: 'Change your question' });
  await expect(edit).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ownItem.getByRole('button', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Can my sister come with me to the trial?');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ownItem.locator('[data-item-text]')).toHaveText('Can my sister come with me to the trial?');
  await expect(ownItem.getByRole('button', { name: 'Edit' })).toBeFocused();

  // Remove with the keyboard, then undo.
  await tabTo(page, item(page, 0).getByRole('button', { name: 'Remove' }), true);
  await page.keyboard.press('Enter');
  expect(await listTexts(page)).toHaveLength(2);
  await expect(page.locator(':focus')).toHaveAttribute('data-action', 'remove');
  await tabTo(page, page.getByRole('button', { name: 'Undo' }), true);
  await page.keyboard.press('Enter');
  expect(await listTexts(page)).toEqual([texts[1], first, 'Can my sister come with me to the trial?']);

  // Saved in the browser.
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY);
  expect(saved.v).toBe(1);
  expect(saved.items).toHaveLength(3);
});

test('explains the limits: three most important, question length, a full list', async ({ page }) => {
  await seed(page, [
    ...['a-one', 'b-two', 'c-three', 'd-four'].map((id) => ({ kind: 'bank', id, important: false })),
    { kind: 'bank', id: 'what-are-my-options', important: false },
  ]);
  const important = page.locator('[data-question-list] [data-action="important"]');
  for (let i = 0; i < 3; i += 1) await important.nth(i).click();
  await important.nth(3).click();
  await expect(page.locator('[data-question-problem]')).toHaveText(
    'You can mark up to 3 questions as most important. To mark this one, first unmark another.',
  );
  await expect(important.nth(3)).toHaveAttribute('aria-pressed', 'false');

  // Unknown bank ids (from another version of the site) are shown as such, not hidden.
  await expect(page.locator('[data-unknown-notice]')).toContainText(
    '4 questions in your list came from another version',
  );

  const own = page.getByRole('textbox', { name: 'Write your own question' });
  await own.fill('x'.repeat(301));
  await expect(page.locator('#own-question-count')).toHaveText('301 of 300 characters: too long');
  await page.getByRole('button', { name: 'Add my question' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your question is too long' })).toBeVisible();
  await expect(own).toHaveAttribute('aria-invalid', 'true');
  expect(await listTexts(page)).toHaveLength(5);

  await seed(
    page,
    Array.from({ length: 30 }, (_, i) => ({ kind: 'bank', id: `q-${i}`, important: false })),
  );
  await page.getByRole('button', { name: 'Add all three' }).click();
  await expect(page.locator('[data-question-starter] [role="alert"]')).toHaveText(
    'Your list is full. It can hold 30 questions. Remove one to add another.',
  );
  await own.fill('One more?');
  await page.getByRole('button', { name: 'Add my question' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your list is full' }).last()).toBeVisible();
});

test('"Clear my list" asks first in a dialog, and can be undone', async ({ page }) => {
  await seed(page, [
    { kind: 'bank', id: 'what-are-my-options', important: true },
    { kind: 'custom', id: '~a1', text: 'My own question?', important: false },
  ]);
  const clear = page.getByRole('button', { name: 'Clear my list' });
  await clear.click();
  const dialog = page.getByRole('dialog', { name: 'Clear your list?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'No, keep my list' })).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(clear).toBeFocused();
  expect(await listTexts(page)).toHaveLength(2);

  await clear.click();
  await dialog.getByRole('button', { name: 'Yes, clear my list' }).click();
  await expect(page.locator('[data-question-list]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Your list \(0 of 30/ })).toBeFocused();
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).items, STORAGE_KEY)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await listTexts(page)).toEqual(['What are my options for treating my pain?', 'My own question?']);
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).items.length, STORAGE_KEY)).toBe(2);
});

test('axe finds no problems on the builder with a full set of states', async ({ page }) => {
  await seed(page, [
    { kind: 'bank', id: 'what-are-my-options', important: true },
    { kind: 'bank', id: 'mri-scans', important: false },
    { kind: 'bank', id: 'from-another-version', important: false },
    { kind: 'custom', id: '~a1', text: 'Can I still swim?', important: false },
  ]);
  await page.locator('[data-question-group]').first().locator('summary').click();
  await page.locator('[data-question-list] [data-action="edit"]').click();
  expect(await axe(page)).toEqual([]);
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds no problems on the builder with items', async ({ page }) => {
    await seed(page, [
      { kind: 'bank', id: 'what-are-my-options', important: true },
      { kind: 'custom', id: '~a1', text: 'Can I still swim?', important: false },
    ]);
    expect(await axe(page)).toEqual([]);
  });
});

test('with storage blocked, the builder still works for the visit and says the list will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/questions/');
  await expect(page.locator('[data-storage-notice="unavailable"]')).toContainText(
    'Your browser is not letting this site save your list.',
  );
  await page.getByRole('button', { name: 'Add all three' }).click();
  expect(await listTexts(page)).toHaveLength(3);
  await expect(page.locator('header [data-question-count]')).toHaveText('3 questions in your list');
  await page.locator('[data-question-list] [data-action="down"]').first().click();
  expect(await listTexts(page)).toHaveLength(3);
  expect(await axe(page)).toEqual([]);

  // Topic pages say so too.
  await page.goto('/guide/the-trial/');
  await page.locator('[data-question-toggle]').first().click();
  await expect(page.locator('[data-question-status]')).toContainText('Your browser is not saving your list');
});

test('a saved list that cannot be read is kept aside and the person is told', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"items":[{"kind":"bank"'), STORAGE_KEY);
  await page.goto('/questions/');
  const notice = page.locator('[data-storage-notice="corrupt"]');
  await expect(notice).toContainText('We could not read the list saved in this browser');
  await expect(notice).toContainText('we kept a copy');
  await notice.getByRole('button', { name: 'Show the old data' }).click();
  await expect(notice.locator('[data-kept-value]')).toHaveText('{"v":1,"items":[{"kind":"bank"');
  const keptCopies = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ppg:questions:kept:')),
  );
  expect(keptCopies).toHaveLength(1);
  expect(await axe(page)).toEqual([]);
  await notice.getByRole('button', { name: 'Delete the copy' }).click();
  await expect(notice).toBeHidden();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ppg:questions:kept:'))),
  ).toEqual([]);
});

test('download as text and email carry the list, most important first', async ({ page }) => {
  await seed(page, [
    { kind: 'bank', id: 'mri-scans', important: false },
    { kind: 'custom', id: '~a1', text: 'Will it hurt? 我会疼吗？', important: true },
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as text' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^my-questions-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('My questions for my care team');
  expect(text.indexOf('1. Will it hurt? 我会疼吗？')).toBeGreaterThan(-1);
  expect(text.indexOf('1. Will it hurt? 我会疼吗？')).toBeLessThan(text.indexOf('2. Can I have an MRI scan?'));
  expect(text).toContain('Do I feel sure about the best choice for me?');
  expect(text).toMatch(/Open this list again: http:\/\/127\.0\.0\.1:\d+\/questions\/#q=1\./);

  const href = (await page.getByRole('link', { name: 'Email my questions' }).getAttribute('href'))!;
  expect(href.startsWith('mailto:?subject=My%20questions%20for%20my%20care%20team&body=')).toBe(true);
  expect(decodeURIComponent(href.split('&body=')[1]!)).toContain('1. Will it hurt? 我会疼吗？');
});
