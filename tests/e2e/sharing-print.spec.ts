/**
 * Print: a topic page printed to PDF (Chromium's print engine, print styles) is a clean handout.
 * It contains its sources with their web addresses, review dates and care cards, and none of the
 * site's navigation or controls; no heading is left alone at the bottom of a sheet.
 */
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';

const TOPIC = '/guide/risks/';

/** Text of each printed sheet. */
async function printToPdf(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a topic page prints its sources with addresses, review dates and care cards, and no navigation', async ({
  page,
}) => {
  await page.goto(TOPIC);
  const sources = await page
    .locator('[data-source-url]')
    .evaluateAll((links) =>
      links.slice(0, 3).map((a) => ({ title: a.textContent!.trim(), url: a.getAttribute('href')! })),
    );
  expect(sources.length).toBeGreaterThan(0);
  const reviewed = (await page.locator('[data-review-dates] time').first().textContent())!.trim();
  // Each care card's heading and first line, as the screen shows them (the wording lives in the data).
  const cardLines = await page
    .locator('[data-care-card]')
    .evaluateAll((cards) =>
      cards.flatMap((card) => [card.querySelector('h2, h3, h4')!.textContent!, card.querySelector('p')!.textContent!]),
    );
  expect(cardLines.length).toBeGreaterThanOrEqual(4);

  const sheets = await printToPdf(page);
  const all = squash(sheets.join('\n'));
  const noSpaces = all.replace(/\s/g, '');

  for (const source of sources) {
    expect(all, 'source title is printed').toContain(squash(source.title));
    // Long addresses wrap anywhere on paper, so compare without white space.
    expect(noSpaces, 'source address is printed').toContain(source.url.replace(/\s/g, ''));
  }
  expect(all).toContain(`Last reviewed ${reviewed}`);
  expect(all).toContain('Not yet reviewed by a clinician');
  for (const line of cardLines) expect(all, 'care card text is printed').toContain(squash(line));

  for (const chrome of [
    'Pages in this guide',
    'Skip to main content',
    'Share this page',
    'Copy link to this page',
    'Print this page',
    'Copy link to section',
    'Link copied',
    'My questions',
    'Next page',
    'Previous page',
    'Compare options',
  ]) {
    expect(all, `"${chrome}" is not printed`).not.toContain(chrome);
  }
});

test('the printout names the page address, so paper can be followed back online', async ({ page }) => {
  await page.goto(TOPIC);
  // With SITE_URL the canonical address; a build without one prints the address it was opened at.
  const address = await page.evaluate(
    () => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? location.href,
  );
  expect(address).toMatch(/^https?:\/\/.+\/guide\/risks\/$/);
  const all = (await printToPdf(page)).join('\n').replace(/\s/g, '');
  expect(all).toContain(`FromPainPumpGuide:${address}`);
});

test('no section heading is left alone at the bottom of a printed sheet', async ({ page }) => {
  await page.goto(TOPIC);
  const headings = (
    await page
      .locator('main h2, main h3')
      .evaluateAll((els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()))
  ).filter(Boolean);
  const sheets = await printToPdf(page);
  expect(sheets.length).toBeGreaterThan(1);
  for (const [index, sheet] of sheets.slice(0, -1).entries()) {
    // Citation markers ([3] [14]) are extracted at the end of a sheet; skip them.
    const lines = sheet
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^(\[\d+\]\s*)+$/.test(line));
    const tail = squash(lines.slice(-3).join(' '));
    for (const heading of headings) {
      expect(tail.endsWith(heading), `sheet ${index + 1} ends with the heading "${heading}"`).toBe(false);
    }
  }
});

test('glossary words stay in the printed sentences', async ({ page }) => {
  await page.goto(TOPIC);
  await page.emulateMedia({ media: 'print' });
  const term = page.locator('button.ppg-term').first();
  await expect(term).toBeVisible();
  await expect(page.locator('[popover]').first()).toBeHidden();
});
