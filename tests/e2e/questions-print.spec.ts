/**
 * "Print my questions": one clean page on A4 and on US Letter for 12 questions, with the person's
 * questions (most important first), answer lines, "who I saw", the note for the clinician, the
 * SURE check, the site address and a QR code, and no site navigation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { encodeShareFragment } from '../../src/lib/questions/share-code';
import { expect, test } from './fixtures';
import { startPrinting } from './printing';

const STORAGE_KEY = 'ppg:questions:v1';
const SURE = [
  'Do I feel sure about the best choice for me?',
  'Do I know the benefits and risks of each option?',
  'Am I clear about which benefits and risks matter most to me?',
  'Do I have enough support and advice to make a choice?',
];
const NAVIGATION = [
  'Skip to main content',
  'The guide',
  'Compare options',
  'Word list',
  'Search the guide',
  'Start here',
  'Print or share',
];

/** The bank, read from content/ so the test follows the real questions. */
const BANK = readdirSync(resolve('content/questions'))
  .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
  .map((name) => {
    const text = /^text: (.*)$/m
      .exec(readFileSync(resolve('content/questions', name), 'utf8'))![1]!
      .replace(/^["']|["']$/g, '');
    return { id: name.replace(/\.ya?ml$/, ''), text };
  });
/** A hard case: the twelve longest questions in the bank. */
const LONGEST = [...BANK].sort((a, b) => b.text.length - a.text.length).slice(0, 12);

/** PDF text comes with line breaks (also after hyphens); compare words only. */
const squash = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');

async function seed(page: Page, items: unknown[]): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ v: 1, items })],
  );
  await page.goto('/questions/');
  await expect(page.locator('[data-question-list] > li')).toHaveCount(items.length);
}

async function pdf(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format });
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { pages: totalPages, text: squash(text) };
}

for (const format of ['A4', 'Letter'] as const) {
  test(`12 of the longest questions print on exactly one ${format} page, with everything a visit needs`, async ({
    page,
  }) => {
    const items = LONGEST.map((q, i) => ({ kind: 'bank', id: q.id, important: i >= 9 }));
    await seed(page, items);
    const { pages, text } = await pdf(page, format);
    expect(pages).toBe(1);
    for (const q of LONGEST) expect(text).toContain(squash(q.text));
    for (const sure of SURE) expect(text).toContain(sure);
    expect(text).toContain('My questions for my care team');
    expect(text).toContain('Who I saw:');
    expect(text).toContain('please go through these questions with me');
    expect(text).toMatch(/Date: [A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(text).toMatch(/Pain Pump Guide: http:\/\/127\.0\.0\.1:\d+\/questions\//);
    for (const words of NAVIGATION) expect(text).not.toContain(words);
    // Most important first: the three marked last in the list print as 1 to 3.
    const firstImportant = text.indexOf(squash(LONGEST[9]!.text));
    const firstOther = text.indexOf(squash(LONGEST[0]!.text));
    expect(firstImportant).toBeLessThan(firstOther);
    expect(text).toContain(`1. MOST IMPORTANT: ${squash(LONGEST[9]!.text)}`);
  });
}

test('the printed page shows only the person’s questions, with answer lines and a QR code of the share link', async ({
  page,
}) => {
  const chosen = BANK.slice(0, 4);
  await seed(page, [
    ...chosen.map((q) => ({ kind: 'bank', id: q.id, important: false })),
    { kind: 'custom', id: '~mine', text: 'Can my daughter drive me home afterwards?', important: true },
  ]);
  // Building the sheet is left until printing starts (slow on a phone): none before.
  await expect(page.locator('[data-question-list] > li')).toHaveCount(5);
  await expect(page.locator('[data-question-sheet]')).toHaveCount(0);
  await startPrinting(page);
  const sheet = page.locator('[data-question-sheet]');
  await expect(sheet).toBeVisible();
  await expect(page.locator('[data-question-list-editor]')).toBeHidden();
  await expect(page.locator('header[role="banner"]')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(sheet.locator('[data-print-item]')).toHaveCount(5);
  await expect(sheet.locator('[data-print-item]').first()).toContainText('Can my daughter drive me home afterwards?');
  await expect(sheet.locator('svg[role="img"]')).toHaveAccessibleName('QR code of the link to this list');

  // Each question gets at least three ruled lines, 2.5 cm or more of writing space.
  const heights = await sheet
    .locator('.qp-lines')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  for (const h of heights) expect(h).toBeGreaterThanOrEqual((25 / 25.4) * 96 - 1);

  const { pages, text } = await pdf(page, 'Letter');
  expect(pages).toBe(1);
  const notChosen = BANK.slice(4).map((q) => squash(q.text));
  for (const other of notChosen) expect(text).not.toContain(other);
});

/** Replaces window.print with a recorder of what the sheet held at that moment. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as { __printed?: string[][] };
    w.__printed = [];
    window.print = () => {
      w.__printed!.push(
        [...document.querySelectorAll('[data-question-sheet] [data-print-item]')].map((li) => li.textContent ?? ''),
      );
      window.dispatchEvent(new Event('afterprint'));
    };
  });
}
const printed = (page: Page) => page.evaluate(() => (window as { __printed?: string[][] }).__printed);

test('"Print this list" on a shared list prints that list, and the sheet keeps it while the shared list is shown (so the browser\'s own Print matches)', async ({
  page,
}) => {
  await stubPrint(page);
  await seed(page, [{ kind: 'bank', id: BANK[0]!.id, important: false }]);
  const shared = [BANK[1]!, BANK[2]!].map((q) => ({ kind: 'bank' as const, id: q.id, important: false }));
  await page.goto('/');
  await page.goto(`/questions/#${encodeShareFragment({ items: shared })}`);
  await page.locator('[data-shared-list]').getByRole('button', { name: 'Print this list' }).click();
  const sheets = (await printed(page))!;
  expect(sheets).toHaveLength(1);
  expect(sheets[0]!.map(squash)).toEqual([
    expect.stringContaining(squash(BANK[1]!.text)),
    expect.stringContaining(squash(BANK[2]!.text)),
  ]);
  await expect(page.locator('[data-question-sheet] [data-print-item]')).toHaveCount(2);
  await expect(page.locator('[data-question-sheet] [data-print-item]').first()).toContainText(BANK[1]!.text);
});

test('"Print my questions" opens the browser print with the list on the sheet', async ({ page }) => {
  await stubPrint(page);
  await seed(page, [{ kind: 'bank', id: BANK[0]!.id, important: false }]);
  await page.getByRole('button', { name: 'Print my questions' }).click();
  const sheets = (await printed(page))!;
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toHaveLength(1);
  expect(squash(sheets[0]![0]!)).toContain(squash(BANK[0]!.text));
});
