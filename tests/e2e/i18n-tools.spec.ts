/**
 * The tools in Spanish (issue 16): after hydration no English interface text of the tools
 * (src/i18n/en/tools.ts) is left on the Spanish tool pages; what a person saved is kept when they
 * switch language (records hold ids, not words); a share link made in Spanish opens in Spanish and
 * round-trips; the printout in Spanish and English fits one page for 10 questions on Letter and
 * A4; and the Spanish tool pages have no axe violations at 390 px.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { uiStrings } from '../../src/i18n';
import { realSureItems } from '../support/sure-content';
import { expect, test } from './fixtures';
import { startPrinting } from './printing';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LOAD = { timeout: 20_000 };
const QUESTIONS_KEY = 'ppg:questions:v1';
const TOOL_PAGES = [
  { path: '/es/my-pump/', ready: '[data-my-pump]' },
  { path: '/es/trial-diary/', ready: '[data-trial-summary]' },
  { path: '/es/questions/', ready: '[data-question-list-editor]' },
  { path: '/es/decide/', ready: '[data-sure-check]' },
  { path: '/es/my-data/', ready: '[data-site-data]' },
];

/** Every plain text in a strings tree. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** English interface strings of the tools that a Spanish page must not show: longer than 3 letters and not the same in Spanish. */
const spanish = new Set(texts(uiStrings('es').tools).map((text) => text.trim()));
const ENGLISH = [...new Set(texts(uiStrings('en').tools).map((text) => text.trim()))].filter(
  (text) => (text.match(/\p{L}/gu) ?? []).length > 3 && !spanish.has(text),
);

/** The bank, read from content/ so the tests follow the real questions. */
const BANK = readdirSync(resolve('content/questions'))
  .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
  .map((name) => {
    const text = /^text: (.*)$/m
      .exec(readFileSync(resolve('content/questions', name), 'utf8'))![1]!
      .replace(/^["']|["']$/g, '');
    return { id: name.replace(/\.ya?ml$/, ''), text };
  });
/** A hard case: the ten longest questions in the bank. */
const LONGEST = [...BANK].sort((a, b) => b.text.length - a.text.length).slice(0, 10);

/** Something saved in every record, so each tool shows its filled-in states too. */
async function seedEverything(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    (bankIds) => {
      const at = Date.now();
      const put = (key: string, value: object) => localStorage.setItem(key, JSON.stringify({ v: 1, at, ...value }));
      put('ppg:questions:v1', {
        items: [
          { kind: 'bank', id: bankIds[0], important: true },
          { kind: 'bank', id: bankIds[1], important: false },
          { kind: 'custom', id: '~a1', text: '¿Puedo manejar?', important: false },
        ],
      });
      put('ppg:decision:v1', { values: { 'avoid-surgery': 3 }, sure: { sure: 'no', understand: 'yes' } });
      put('ppg:my-pump:v1', {
        model: 'synchromed-ii',
        medicines: ['baclofen'],
        refills: [{ date: '2026-11-01', nextDue: '2026-12-01' }],
        nextRefill: '2026-12-01',
        clinicPhone: '555-0100',
      });
      put('ppg:trial-diary:v1', {
        baseline: {
          peg: { pain: 7, enjoyment: 6, activity: 8 },
          goals: [{ id: 'goal-1', text: 'Caminar' }],
          medicines: 'Ibuprofeno',
        },
        entries: [
          {
            id: 'ea1',
            date: '2026-11-30',
            time: 'morning',
            peg: { pain: 5, enjoyment: 4, activity: 5 },
            goals: { 'goal-1': 'partly' },
            sideEffects: ['itching'],
            otherSideEffect: '',
            extraMedicine: '',
            note: '',
          },
        ],
      });
    },
    BANK.map((q) => q.id),
  );
}

/**
 * Parts of a tool page that are not the tools' own interface: words from content (marked
 * data-content; the loaders localize them) and the shared page parts from the site strings (review
 * dates, source list, option grid, "100 people" pictures). Header and footer are outside <main>.
 * Their Spanish is checked by the site's and the content's own tests.
 */
const NOT_TOOL_TEXT =
  '[data-content], [data-review-dates], [data-source-list], [data-option-grid-region], [data-icon-array]';

/** The visible text nodes of <main>, and the visible text of its controls, labels and headings. */
async function visibleTexts(page: Page): Promise<{ nodes: string[]; controls: string[] }> {
  return page.evaluate((skip) => {
    const shown = (element: Element | null) =>
      Boolean(
        element &&
        !element.closest(skip) &&
        (element as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }),
      );
    const main = document.querySelector('main')!;
    const nodes: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text && shown(node.parentElement)) nodes.push(text);
    }
    const controls = [
      ...main.querySelectorAll('button, label, legend, summary, h1, h2, h3, h4, th, caption, option, a'),
    ]
      .filter(shown)
      .map((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return { nodes, controls };
  }, NOT_TOOL_TEXT);
}

/** English tool strings found on the page: a whole text node, or (for phrases) inside a control, label or heading. */
function englishLeftOver({ nodes, controls }: { nodes: string[]; controls: string[] }): string[] {
  const words = (text: string) => text.replace(/[^\p{L}\p{N}' ]+/gu, ' ').trim();
  return ENGLISH.filter((english) => {
    if (nodes.includes(english)) return true;
    if (english.split(/\s+/).length < 2) return false;
    const phrase = words(english);
    return phrase.length > 0 && controls.some((text) => ` ${words(text)} `.includes(` ${phrase} `));
  });
}

test.describe('Spanish tool pages', () => {
  for (const { path, ready } of TOOL_PAGES) {
    test(`${path} shows no English interface text of the tools after hydration`, async ({ page }) => {
      await seedEverything(page);
      await page.goto(path);
      await expect(page.locator(ready).first()).toBeVisible(LOAD);
      expect(await page.locator('html').getAttribute('lang')).toBe('es-US');
      expect(englishLeftOver(await visibleTexts(page))).toEqual([]);
    });
  }

  test('the test would notice English: the English page shows its strings', async ({ page }) => {
    await seedEverything(page);
    await page.goto('/my-pump/');
    await expect(page.locator('[data-my-pump]')).toBeVisible(LOAD);
    const found = englishLeftOver(await visibleTexts(page));
    expect(found).toEqual(
      expect.arrayContaining([uiStrings('en').tools.myPump.formHeading, uiStrings('en').tools.myPump.printCard]),
    );
  });

  for (const { path, ready } of TOOL_PAGES) {
    test(`${path} has no axe violations at 390 px (light)`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: 'light' });
      await seedEverything(page);
      await page.goto(path);
      await expect(page.locator(ready).first()).toBeVisible(LOAD);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    });
  }
});

test('switching from /questions/ to /es/questions/ keeps the saved list (ids, not words)', async ({ page }) => {
  const es = uiStrings('es').tools.questions;
  await page.goto('/questions/');
  // A starter question: always on show (the other topics are folded away).
  const box = page.locator('[data-question-starter] [data-bank-question]').first();
  await expect(box).toBeVisible(LOAD);
  const firstId = await box.getAttribute('data-bank-question');
  const first = BANK.find((q) => q.id === firstId)!;
  await box.check();
  await page.getByLabel('Write your own question').fill('Can my daughter come?');
  await page.getByRole('button', { name: 'Add my question' }).click();
  await expect(page.locator('[data-question-list] > li')).toHaveCount(2);
  const stored = await page.evaluate((key) => localStorage.getItem(key), QUESTIONS_KEY);
  expect(stored).not.toContain(first.text);

  await page.goto('/es/questions/');
  await expect(page.locator('[data-question-list] > li')).toHaveCount(2, LOAD);
  await expect(page.locator('#your-list-heading')).toContainText(es.listHeading);
  await expect(page.locator('[data-question-list] [data-item-text]').nth(1)).toHaveText('Can my daughter come?');
  await expect(page.locator(`[data-question-starter] [data-bank-question="${first.id}"]`)).toBeChecked();
  // The same record, untouched by the visit.
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), QUESTIONS_KEY))!).items).toEqual(
    JSON.parse(stored!).items,
  );
});

test('a share link made on /es/questions/ opens /es/questions/ in Spanish and round-trips', async ({
  page,
  browser,
}) => {
  const es = uiStrings('es').tools.questions;
  await page.goto('/es/questions/');
  await page.locator('[data-question-starter] [data-bank-question]').nth(1).check(LOAD);
  await page.getByLabel(es.writeOwnLabel).fill('¿Puedo nadar?');
  await page.getByRole('button', { name: es.addMine }).click();
  await expect(page.locator('[data-question-list] > li')).toHaveCount(2);
  const link = await page.locator('[data-share-link]').inputValue();
  expect(new URL(link).pathname).toBe('/es/questions/');
  expect(new URL(link).hash).toMatch(/^#q=/);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.locator('[data-shared-list]')).toBeVisible(LOAD);
  await expect(fresh.locator('#shared-heading')).toHaveText(es.sharedHeading);
  await expect(fresh.locator('[data-shared-items] li')).toHaveCount(2);
  await expect(fresh.locator('[data-shared-items] li').nth(1)).toHaveText('¿Puedo nadar?');
  await fresh.getByRole('button', { name: es.saveAsMine }).click();
  await expect(fresh.locator('[data-question-list] > li')).toHaveCount(2);
  // The list saved from the link gives the same link back.
  expect(await fresh.locator('[data-share-link]').inputValue()).toBe(link);
  await other.close();
});

/** PDF text comes with line breaks (also after hyphens); compare words only. */
const squash = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');

async function pdf(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format });
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { pages: totalPages, text: squash(text) };
}

test.describe('the printout in Spanish and English', () => {
  const es = uiStrings('es').tools.questions;
  const en = uiStrings('en').tools.questions;

  async function seedQuestions(page: Page, items: unknown[]): Promise<void> {
    await page.goto('/');
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [QUESTIONS_KEY, JSON.stringify({ v: 1, items })],
    );
    await page.goto('/es/questions/');
    await expect(page.locator('[data-question-list] > li')).toHaveCount(items.length, LOAD);
  }

  test('is offered on the Spanish page only, and off until chosen', async ({ page }) => {
    await seedQuestions(page, [{ kind: 'bank', id: BANK[0]!.id, important: false }]);
    const option = page.getByLabel(es.printBilingual);
    await expect(option).not.toBeChecked();
    await expect(page.locator('[data-question-sheet] [data-print-english]')).toHaveCount(0);
    await page.goto('/questions/');
    await expect(page.locator('[data-question-list] > li')).toHaveCount(1, LOAD);
    await expect(page.locator('[data-print-bilingual]')).toHaveCount(0);
  });

  test('prints each bank question with its English under it (lang="en"), and an own question once', async ({
    page,
  }) => {
    await seedQuestions(page, [
      { kind: 'bank', id: BANK[0]!.id, important: true },
      { kind: 'custom', id: '~a1', text: '¿Puedo manejar?', important: false },
    ]);
    await page.getByLabel(es.printBilingual).check();
    await startPrinting(page);
    const sheet = page.locator('[data-question-sheet]');
    await expect(sheet).toHaveAttribute('data-bilingual', '');
    const items = sheet.locator('[data-print-item]');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0).locator('[data-print-english]')).toHaveText(BANK[0]!.text);
    await expect(items.nth(0).locator('[data-print-english]')).toHaveAttribute('lang', 'en');
    await expect(items.nth(1).locator('[data-print-english]')).toHaveCount(0);
    await expect(sheet.locator('[data-print-languages]')).toHaveText(
      `${es.print.bilingualNote} / ${en.print.bilingualNote}`,
    );
  });

  for (const format of ['Letter', 'A4'] as const) {
    test(`10 of the longest questions fit on one ${format} page, in both languages`, async ({ page }) => {
      await seedQuestions(
        page,
        LONGEST.map((q, i) => ({ kind: 'bank', id: q.id, important: i < 3 })),
      );
      await page.getByLabel(es.printBilingual).check();
      const { pages, text } = await pdf(page, format);
      expect(pages).toBe(1);
      expect(text).toContain(es.print.title);
      expect(text).toContain(en.print.title);
      expect(text).toContain(es.print.bilingualNote);
      expect(text).toContain(en.print.bilingualNote);
      expect(text).toContain(squash(en.print.clinicianNote));
      for (const q of LONGEST) expect(text).toContain(squash(q.text));
      expect(text).toContain(realSureItems('es')[0]!.firstPerson);
    });
  }
});
