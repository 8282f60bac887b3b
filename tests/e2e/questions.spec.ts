/**
 * Questions while reading: the add/remove buttons on topic pages, the header count on every page,
 * keeping the list across reloads and tabs, and the builder page without JavaScript.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STORAGE_KEY = 'ppg:questions:v1';
const TOPIC = '/guide/the-trial/';
const BANK_SIZE = readdirSync(resolve('content/questions')).filter(
  (n) => /\.ya?ml$/.test(n) && !n.startsWith('_'),
).length;

const headerCount = (page: Page) => page.locator('header [data-question-count]');
const savedIds = (page: Page) =>
  page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? '{"items":[]}') as { items: { id: string }[] }).items.map((i) => i.id),
    STORAGE_KEY,
  );

test('a reader adds a question on a topic page; the header count updates and the list survives a reload', async ({
  page,
}) => {
  await page.goto(TOPIC);
  const related = page.getByRole('region', { name: 'Questions you might ask your care team' });
  const first = related.locator('[data-question-id]').first();
  const id = (await first.getAttribute('data-question-id'))!;
  const text = (await first.locator('[data-question-text]').textContent())!.trim();
  await expect(headerCount(page)).toBeHidden();

  const toggle = first.getByRole('button', { name: 'Add to my list' });
  await expect(toggle).toHaveAccessibleDescription(text);
  await toggle.click();
  await expect(first.getByRole('button', { name: 'Remove from my list' })).toBeVisible();
  await expect(headerCount(page)).toHaveText('1 question in your list');
  await expect(related.getByRole('status')).toHaveText('Added to your list. You have 1 question.');
  expect(await savedIds(page)).toEqual([id]);

  await page.reload();
  await expect(headerCount(page)).toHaveText('1 question in your list');
  await expect(page.locator(`[data-question-toggle="${id}"]`)).toHaveText('Remove from my list');

  // The count shows on every page, and the builder lists the question.
  await page.goto('/glossary/');
  await expect(headerCount(page)).toHaveText('1 question in your list');
  await page.goto('/questions/');
  await expect(page.locator('[data-question-list] [data-item-text]')).toHaveText([text]);

  // Remove it again from the topic page.
  await page.goto(TOPIC);
  await page.locator(`[data-question-toggle="${id}"]`).click();
  await expect(headerCount(page)).toBeHidden();
  expect(await savedIds(page)).toEqual([]);
});

test('the header count and buttons follow changes made in another tab', async ({ page, context }) => {
  await page.goto(TOPIC);
  const other = await context.newPage();
  await other.goto('/guide/risks/');
  await page.locator('[data-question-toggle]').nth(0).click();
  await page.locator('[data-question-toggle]').nth(1).click();
  await expect(other.locator('header [data-question-count]')).toHaveText('2 questions in your list');

  // A change in the builder in one tab shows in the topic page in the other.
  await other.goto('/questions/');
  await other.getByRole('button', { name: 'Remove' }).first().click();
  await expect(headerCount(page)).toHaveText('1 question in your list');
  await expect(page.locator('[data-question-toggle]').nth(0)).toHaveText('Add to my list');
  await other.close();
});

test('the header count on the builder page follows the builder as it changes', async ({ page }) => {
  await page.goto('/questions/');
  await page.getByRole('button', { name: 'Add all three' }).click();
  await expect(headerCount(page)).toHaveText('3 questions in your list');
  await page.getByRole('button', { name: 'Remove' }).first().click();
  await expect(headerCount(page)).toHaveText('2 questions in your list');
});

test('an unreadable saved list met on a topic page is left alone; the builder keeps it aside and shows the copy', async ({
  page,
}) => {
  await page.goto(TOPIC);
  await page.evaluate((key) => localStorage.setItem(key, 'this is not a list'), STORAGE_KEY);
  await page.reload();
  await expect(headerCount(page)).toBeHidden();
  await page.locator('[data-question-toggle]').first().click();
  await expect(page.locator('[data-question-status]')).toHaveText(
    'We could not read your saved list, so we did not change it. See My questions.',
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('this is not a list');

  await page.goto('/questions/');
  const notice = page.locator('[data-storage-notice="corrupt"]');
  await expect(notice).toContainText('We could not read the list saved in this browser, so we started a new one.');
  await notice.getByRole('button', { name: 'Show the old data' }).click();
  await expect(notice.locator('[data-kept-value]')).toHaveText('this is not a list');

  // Back on the topic page, adding works on the new list.
  await page.goto(TOPIC);
  await page.locator('[data-question-toggle]').first().click();
  await expect(headerCount(page)).toHaveText('1 question in your list');
  await page.goto('/questions/');
  await page.locator('[data-storage-notice="kept"]').getByRole('button', { name: 'Delete the copy' }).click();
  await expect(page.locator('[data-storage-notice="kept"]')).toBeHidden();
  await expect(page.locator('[data-question-list] > li')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the builder page lists the whole bank as a printable checklist with the SURE check', async ({ page }) => {
    await page.goto('/questions/');
    const fallback = page.locator('[data-question-fallback]');
    await expect(fallback.getByRole('heading', { name: 'All questions, as a checklist' })).toBeVisible();
    // The server-rendered builder would be buttons that do nothing: hidden (@media (scripting: none)).
    await expect(page.locator('[data-question-builder]')).toBeHidden();
    await expect(fallback.getByRole('checkbox')).toHaveCount(BANK_SIZE);
    await expect(fallback.getByRole('heading', { name: 'Start here: three key questions' })).toBeVisible();
    await expect(fallback).toContainText('Do I feel sure about the best choice for me?');
    const box = fallback.getByRole('checkbox').first();
    await box.check();
    await expect(box).toBeChecked();
    await page.emulateMedia({ media: 'print' });
    await expect(fallback.getByRole('checkbox').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });
});
