/**
 * Issue 17: the problems people met using the built site on a 390 px phone and by keyboard. Each
 * test describes one problem as it was seen, and fails when it comes back.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { encodeShareFragment } from '../../src/lib/questions/share-code';
import { realSureItems } from '../support/sure-content';
import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const QUESTIONS_KEY = 'ppg:questions:v1';
const DECISION_KEY = 'ppg:decision:v1';
const TOPICS = readdirSync(resolve('content/topics'))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => `/guide/${name.replace(/\.mdx$/, '')}/`);
const BANK_IDS = readdirSync(resolve('content/questions'))
  .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
  .map((name) => name.replace(/\.ya?ml$/, ''));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Saves a value before the first page's scripts run, as if saved on an earlier visit. */
async function seed(page: Page, key: string, value: unknown): Promise<void> {
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem('test-seeded')) return;
      sessionStorage.setItem('test-seeded', '1');
      localStorage.setItem(k!, v!);
    },
    [key, JSON.stringify(value)],
  );
}

/** Holds matching requests until `release()` is called: a slow phone, made deterministic. */
async function holdRequests(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route(pattern, (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
}

test.describe('the first phone screen of a topic page', () => {
  test.use({ viewport: PHONE });
  // Spanish pages too: their words run longer, and they carry a note about the translation.
  for (const path of [...TOPICS, ...TOPICS.map((topic) => `/es${topic}`)]) {
    test(`${path} shows the title, the get-help link and the start of the key points`, async ({ page }) => {
      await page.goto(path);
      const fold = PHONE.height;
      const h1 = (await page.locator('h1').boundingBox())!;
      expect(h1.y + h1.height).toBeLessThanOrEqual(fold);
      const help = (await page.locator('[data-get-help-link] a').boundingBox())!;
      expect(help.y + help.height).toBeLessThanOrEqual(fold);
      // The first key point's first line is on screen.
      const point = (await page.locator('[data-key-points] li').first().boundingBox())!;
      expect(point.y + 24).toBeLessThanOrEqual(fold);
      // Review details are still there, one tap away at most.
      await expect(page.locator('[data-clinical-review]')).toBeVisible();
    });
  }
});

test.use({ viewport: PHONE });

test('"Add to my list" leaves the related question its full width', async ({ page }) => {
  await page.goto('/guide/risks/');
  const item = page.locator('[data-related-questions] li[data-question-id]').first();
  await item.getByRole('button', { name: 'Add to my list' }).click();
  await expect(item.getByRole('button', { name: 'Remove from my list' })).toBeVisible();
  const text = (await item.locator('[data-question-text]').boundingBox())!;
  const whole = (await item.boundingBox())!;
  expect(text.width).toBeGreaterThan(whole.width * 0.9);
});

test.describe('a shared list', () => {
  const items = [
    { kind: 'bank', id: BANK_IDS[0], important: false },
    { kind: 'custom', id: '~a', text: 'Can my son drive me home?', important: false },
  ];
  const fragment = `#${encodeShareFragment({ items } as never)}`;

  test('starts in the first phone screen', async ({ page }) => {
    await page.goto(`/questions/${fragment}`);
    const heading = page.getByRole('heading', { name: 'A list of questions was shared with you' });
    await expect(heading).toBeFocused();
    // Where the heading and the first shared question sit on the page, however it was scrolled:
    // both within the first screen, so nobody has to scroll to find what was sent to them.
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(await top('#shared-heading')).toBeLessThanOrEqual(PHONE.height);
    expect(await top('[data-shared-items] li')).toBeLessThanOrEqual(PHONE.height);
  });

  test("prints with the browser's own Print, not only with the page's button", async ({ page }) => {
    await page.goto(`/questions/${fragment}`);
    await expect(page.locator('[data-shared-items] li')).toHaveCount(2);
    await page.emulateMedia({ media: 'print' });
    const bytes = await page.pdf({ format: 'Letter' });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(squash(text)).toContain('Can my son drive me home?');
    expect(squash(text)).not.toContain('No questions yet');
  });
});

test('a fourth "most important" tap says why, next to the button, and announces it', async ({ page }) => {
  const ids = BANK_IDS.slice(0, 8);
  await seed(page, QUESTIONS_KEY, { v: 1, items: ids.map((id, i) => ({ kind: 'bank', id, important: i < 3 })) });
  await page.goto('/questions/');
  const last = page.locator('[data-question-list] > li').last();
  const button = last.locator('[data-action="important"]');
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const message = last.locator('[data-question-problem]');
  await expect(message).toHaveText(/You can mark up to 3 questions as most important/);
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message).toBeInViewport();
});

test.describe('the decision summary', () => {
  test.use({ viewport: DESKTOP });
  test('prints on at most two sheets, and no sheet holds only the footer', async ({ page }) => {
    test.slow();
    const values = [
      'avoid-surgery',
      'fewer-pills',
      'no-refill-visits',
      'keep-options-open',
      'avoid-serious-risks',
      'most-pain-relief',
      'no-device',
      'strong-research',
    ];
    await page.addInitScript(
      ([dk, dv, qk, qv]) => {
        localStorage.setItem(dk!, dv!);
        localStorage.setItem(qk!, qv!);
      },
      [
        DECISION_KEY,
        JSON.stringify({
          v: 1,
          values: Object.fromEntries(values.map((id, i) => [id, (i % 3) + 1])),
          sure: { sure: 'no', understand: 'yes', 'risk-benefit': 'no', encouragement: 'yes' },
        }),
        QUESTIONS_KEY,
        JSON.stringify({ v: 1, items: BANK_IDS.slice(0, 8).map((id, i) => ({ kind: 'bank', id, important: i < 2 })) }),
      ],
    );
    await page.goto('/decide/summary/');
    await expect(page.locator('[data-summary-questions] li')).toHaveCount(8);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['Letter', 'A4'] as const) {
      const bytes = await page.pdf({ format });
      const { totalPages: sheets, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
        mergePages: false,
      });
      expect(sheets, `${format} sheets`).toBeLessThanOrEqual(2);
      const lastSheet = squash(text[text.length - 1]!);
      // The last sheet carries part of the summary itself, not just the footer lines.
      expect(lastSheet, `${format}: last sheet`).toMatch(
        /My questions|Notes from my visit|Who I saw|SURE|What matters to me/,
      );
    }
  });
});

test.describe('keyboard', () => {
  test.use({ viewport: DESKTOP });

  test('the first "Add to my list" is reached in a few key presses, past the citation links', async ({ page }) => {
    await page.goto('/guide/the-trial/');
    await expect(page.locator('[data-question-toggle]').first()).toBeVisible();
    let presses = 0;
    for (; presses < 200; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el.matches('[data-question-toggle]')) return 'add';
        if (el.closest('[data-skip-citations]') && el.getAttribute('href') === '#related-questions-heading')
          return 'skip';
        return '';
      });
      if (focused === 'add') break;
      if (focused === 'skip') {
        await page.keyboard.press('Enter');
        presses += 1;
      }
    }
    await expect(page.locator('[data-question-toggle]').first()).toBeFocused();
    // Before the fix it was the 73rd Tab stop on this page.
    expect(presses).toBeLessThan(25);
    // Citation links stay reachable by Tab for whoever wants them.
    expect(await page.locator('.ppg-cite a[tabindex="-1"]').count()).toBe(0);
  });

  test('the comparison table keeps its column headings in view while scrolling (desktop)', async ({ page }) => {
    await page.goto('/decide/');
    const rows = page.locator('[data-option-grid] tbody tr');
    await rows.nth(5).scrollIntoViewIfNeeded();
    await page.evaluate(() =>
      document.querySelector('[data-option-grid] tbody tr:nth-child(6)')!.scrollIntoView({ block: 'center' }),
    );
    const heading = page.getByRole('columnheader', { name: 'A pump trial, then a pump' });
    await expect(heading).toBeInViewport();
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(10);
  });
});

test('citation links are at least 24 by 24 px and never touch each other', async ({ page }) => {
  await page.goto('/guide/the-trial/');
  const boxes = await page
    .locator('.ppg-prose .ppg-cite')
    .evaluateAll((sups) =>
      sups.map((sup) => [...sup.querySelectorAll('a')].map((a) => a.getBoundingClientRect().toJSON() as DOMRect)),
    );
  expect(boxes.length).toBeGreaterThan(10);
  for (const group of boxes) {
    for (const box of group) {
      expect(box.width).toBeGreaterThanOrEqual(23.9);
      expect(box.height).toBeGreaterThanOrEqual(23.9);
    }
    for (let i = 1; i < group.length; i += 1) {
      const [a, b] = [group[i - 1]!, group[i]!];
      const sameLine = Math.abs(a.top - b.top) < 2;
      if (sameLine) expect(b.left - a.right, 'a gap between neighbouring citations').toBeGreaterThanOrEqual(2);
    }
  }
});

test('"How common:" and the other bold labels are real headings', async ({ page }) => {
  await page.goto('/guide/risks/');
  await expect(page.getByRole('heading', { name: 'How common', level: 4 })).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'How serious', level: 4 })).toHaveCount(2);
  const fakeHeadings = await page
    .locator('.ppg-prose > p > strong:first-child')
    .evaluateAll(
      (els) =>
        els.filter(
          (el) =>
            el.parentElement!.firstChild === el &&
            /:$/.test(el.textContent!.trim()) &&
            !el.parentElement!.querySelector('a'),
        ).length,
    );
  expect(fakeHeadings).toBe(0);
});

test('the share and print buttons keep their place while the script loads (no layout shift)', async ({ page }) => {
  const release = await holdRequests(page, /\/_astro\/.*\.js$/);
  // Module scripts hold back DOMContentLoaded, so wait for the styled page instead.
  await page.goto('/guide/risks/', { waitUntil: 'commit' });
  const keyPoints = page.locator('[data-key-points]');
  await expect.poll(() => keyPoints.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('8px');
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  const before = (await keyPoints.boundingBox())!.y;
  await release();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  expect((await keyPoints.boundingBox())!.y).toBe(before);
});

test('the first search says it is loading instead of showing nothing', async ({ page }) => {
  await page.goto('/guide/');
  const appUrl = await page.locator('#site-search-input').getAttribute('data-app');
  const release = await holdRequests(page, new RegExp(`${appUrl!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await page.locator('#site-search-input').fill('MRI');
  await expect(page.locator('[data-search-popup]')).toBeVisible();
  await expect(page.locator('[data-search-message]')).toHaveText('Loading search…');
  await release();
  await expect(page.getByRole('option').first()).toBeVisible();
});

test.describe('"Link copied"', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('shows beside the control and covers no content', async ({ page }) => {
    await page.goto('/guide/risks/');
    const control = page.locator('.ppg-prose [data-section-link]').first();
    await control.click();
    await expect(control.locator('xpath=following-sibling::*[1]')).toHaveText('Link copied');
    await expect(control.locator('xpath=following-sibling::*[1]')).toBeVisible();
    // The live region still announces it, but draws nothing over the page.
    const status = page.locator('[data-share-status]');
    await expect(status).toHaveText('Link to this section copied.');
    const drawn = await status.evaluate((el) =>
      [...el.children].map((c) => c.getBoundingClientRect()).map((r) => r.width * r.height),
    );
    for (const area of drawn) expect(area).toBeLessThanOrEqual(1);

    await page.getByRole('button', { name: /Copy link to this page|Share this page/ }).click();
    await expect(page.locator('[data-page-tools] .ppg-link-copied')).toBeVisible();
  });
});

test('the search hint is not cut off at 390 px', async ({ page }) => {
  await page.goto('/');
  const fits = await page.locator('#site-search-input').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
  });
  expect(fits).toBe(true);
});

test.describe('decision aid wording', () => {
  test('a picture caption does not repeat its time frame', async ({ page }) => {
    await page.goto('/decide/');
    const text = squash((await page.locator('main').textContent())!);
    expect(text).toContain('died within 1 year of getting the pump');
    expect(text).not.toMatch(/within 1 year, within 1 year/i);
  });

  test('the SURE button counts only the questions not yet in the list', async ({ page }) => {
    const offered = realSureItems().find((item) => item.id === 'understand')!.questionIds;
    expect(offered.length).toBeGreaterThanOrEqual(3);
    await seed(page, QUESTIONS_KEY, {
      v: 1,
      items: offered.slice(0, 2).map((id) => ({ kind: 'bank', id, important: false })),
    });
    await page.goto('/decide/');
    const item = page.locator('[data-sure-item="understand"]');
    await item.getByText('No', { exact: true }).click();
    const missing = offered.length - 2;
    await expect(item.locator('[data-add-sure-questions]')).toHaveText(
      `Add ${missing} question${missing === 1 ? '' : 's'} to my list`,
    );
  });

  test('"Read across a row" shows only where the table is a table', async ({ page }) => {
    await page.goto('/decide/');
    await expect(page.getByText('Read across a row', { exact: false })).toBeHidden();
    await page.setViewportSize(DESKTOP);
    await expect(page.getByText('Read across a row', { exact: false })).toBeVisible();
  });
});

test.describe('the question builder on a slow phone', () => {
  test('shows its first screen before any script runs, then keeps the saved list once the script starts', async ({
    page,
  }) => {
    await seed(page, QUESTIONS_KEY, { v: 1, items: [{ kind: 'bank', id: BANK_IDS[0], important: false }] });
    const release = await holdRequests(page, /\/_astro\/.*\.js$/);
    await page.goto('/questions/', { waitUntil: 'commit' });
    // Rendered on the server: the three key questions, with their tick boxes, in the first screen.
    const builder = page.locator('[data-question-builder]');
    const starter = builder.getByRole('region', { name: 'Start here: three key questions' });
    await expect(starter).toBeVisible();
    await expect(starter.getByRole('checkbox')).toHaveCount(3);
    expect((await starter.boundingBox())!.y).toBeLessThan(PHONE.height);
    // The no-script checklist is not built at all.
    await expect(page.locator('[data-question-fallback]')).toHaveCount(0);
    await release();
    // Once hydrated, the list saved on an earlier visit shows, and the print sheet is not built yet.
    await expect(page.locator('[data-question-list] > li')).toHaveCount(1);
    await expect(page.locator('[data-question-sheet]')).toHaveCount(0);
  });

  test('a box ticked before the script runs is kept once it runs, and the write-your-own form waits for it', async ({
    page,
  }) => {
    const release = await holdRequests(page, /\/_astro\/.*\.js$/);
    await page.goto('/questions/', { waitUntil: 'commit' });
    const starter = page.locator('[data-question-builder] [data-question-starter]');
    const first = starter.getByRole('checkbox').first();
    await first.check();
    // Without the script the browser would send the form itself (a reload that loses the words).
    await expect(page.locator('[data-question-write-own]')).toHaveCount(0);
    await release();
    await expect(page.locator('[data-question-list] > li')).toHaveCount(1);
    await expect(page.locator('[data-question-list] > li').first()).toContainText(
      (await first.evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim(),
    );
    await expect(first).toBeChecked();
    await expect(page.locator('[data-question-write-own]')).toBeVisible();
  });
});

test.describe('the decision page on a slow phone', () => {
  /** The islands' code: React's renderer and the three decision islands with their parts. */
  const ISLAND_CODE = /\/_astro\/(client|ValuesExercise|SureCheck|SummaryLink)[.-][^/]*\.js$/;

  test('shows every choice before any island runs, and loads no island code until the reader nears them', async ({
    page,
  }) => {
    const islandRequests: string[] = [];
    page.on('request', (request) => {
      if (ISLAND_CODE.test(new URL(request.url()).pathname)) islandRequests.push(request.url());
    });
    await page.goto('/decide/');
    // Rendered on the server: the rating scale and the SURE questions are in the page as it arrives.
    await expect(page.locator('[data-values-exercise] fieldset')).toHaveCount(8);
    await expect(page.locator('[data-values-exercise] [type=radio]')).toHaveCount(32);
    await expect(page.locator('[data-sure-check] fieldset')).toHaveCount(4);
    await expect(page.locator('[data-values-island] astro-island')).toHaveAttribute('ssr', '');
    expect(islandRequests, 'island code loaded with the first screen').toEqual([]);
    // Near the exercise, its island runs.
    await page.locator('[data-values-island]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-values-island] astro-island')).not.toHaveAttribute('ssr');
    expect(islandRequests.length).toBeGreaterThan(0);
  });

  test('a choice made before the island runs is kept once it runs', async ({ page }) => {
    const release = await holdRequests(page, ISLAND_CODE);
    await page.goto('/decide/', { waitUntil: 'commit' });
    const statement = page.locator('[data-statement="keep-options-open"]');
    // Scrolling there asks for the island's code, which is held: the tap lands on the server's HTML.
    await statement.getByText('Very important').click();
    await expect(statement.getByRole('radio', { name: 'Very important' })).toBeChecked();
    await expect(page.locator('[data-values-island] astro-island')).toHaveAttribute('ssr', '');
    await release();
    await expect(page.locator('[data-top-priorities] li')).toHaveText(['Keeping my options open (very important)']);
    await expect(statement.getByRole('radio', { name: 'Very important' })).toBeChecked();
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), DECISION_KEY);
    expect(saved).toMatchObject({ values: { 'keep-options-open': expect.anything() } });
  });
});
