/**
 * The decision aid (/decide/ and /decide/summary/): keyboard-only use of "what matters to you" and
 * the SURE check, SURE "no" adding questions to the list, the option grid at 320 px, the printed
 * summary (PDF) with all three parts, bad saved data, blocked storage, and axe in each state.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';

const DECIDE = '/decide/';
const SUMMARY = '/decide/summary/';
const DECISION_KEY = 'ppg:decision:v1';
const QUESTIONS_KEY = 'ppg:questions:v1';
/** Same tags as tests/e2e/accessibility.spec.ts (not imported: that would run its tests here too). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function stored(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Saves values in localStorage before the first page's scripts run (and only for that first
 * load), as if the person had saved them on an earlier visit.
 */
async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('test-seeded')) return;
    sessionStorage.setItem('test-seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

// Each test runs axe on a long page (or prints a PDF), which takes several seconds on a busy
// machine: give these tests the slow-test allowance rather than risk timeouts.
test.beforeEach(() => {
  test.slow();
});

test.describe('what matters to you', () => {
  test('can be filled in by keyboard only, sums up top priorities without naming an option, and is remembered', async ({
    page,
  }) => {
    await page.goto(DECIDE);
    // Start from the page's own step link, as a keyboard user would.
    await page.getByRole('link', { name: 'Rate what matters most to you.' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#what-matters-to-you$/);

    const groups = page.locator('[data-values-exercise] fieldset');
    await expect(groups).toHaveCount(8);

    // First statement ("Avoiding surgery"): Tab into the group, arrow down to "Very important".
    await page.keyboard.press('Tab');
    const first = groups.nth(0);
    await expect(first.getByRole('radio', { name: 'Not important to me' })).toBeFocused();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    await expect(first.getByRole('radio', { name: 'Very important' })).toBeChecked();

    // Second statement: Tab moves to the next group; Space picks the focused "Not important to me".
    await page.keyboard.press('Tab');
    const second = groups.nth(1);
    await expect(second.getByRole('radio', { name: 'Not important to me' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(second.getByRole('radio', { name: 'Not important to me' })).toBeChecked();

    // Third statement: "Quite important".
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(groups.nth(2).getByRole('radio', { name: 'Quite important' })).toBeChecked();

    const priorities = page.locator('[data-priorities]');
    await expect(priorities).toContainText('You have rated 3 of 8 statements.');
    await expect(priorities.locator('[data-top-priorities] li')).toHaveText(['Avoiding surgery (very important)']);
    await expect(priorities).toContainText('Also important to you:');
    await expect(priorities).toContainText('Not having regular refill visits (quite important)');
    await expect(priorities.getByRole('link', { name: 'Will I need surgery or a device in my body?' })).toHaveAttribute(
      'href',
      '#row-surgery-or-device',
    );
    const summaryText = (await priorities.textContent())!.toLowerCase();
    for (const option of [
      'keep my current care',
      'change my current care',
      'other procedures',
      'a pump trial',
      'we suggest',
      'best option',
    ]) {
      expect(summaryText, `the summary never names or suggests an option ("${option}")`).not.toContain(option);
    }

    expect(await stored(page, DECISION_KEY)).toMatchObject({
      v: 1,
      values: { 'avoid-surgery': 3, 'fewer-pills': 0, 'no-refill-visits': 2 },
    });
    await page.reload();
    await expect(
      page.locator('[data-values-exercise] fieldset').nth(0).getByRole('radio', { name: 'Very important' }),
    ).toBeChecked();

    expect(await axeViolations(page)).toEqual([]);
  });

  test('asks before clearing the answers', async ({ page }) => {
    await page.goto(DECIDE);
    await page.locator('[data-statement="fewer-pills"]').getByText('Quite important').click();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.getByRole('button', { name: 'No, keep them' }).click();
    await expect(
      page.locator('[data-statement="fewer-pills"]').getByRole('radio', { name: 'Quite important' }),
    ).toBeChecked();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your answers have been cleared.' })).toBeVisible();
    await expect(
      page.locator('[data-statement="fewer-pills"]').getByRole('radio', { name: 'Quite important' }),
    ).not.toBeChecked();
  });
});

test.describe('SURE check', () => {
  test('can be answered by keyboard only, and a "no" adds matching questions to the list', async ({ page }) => {
    await page.goto(DECIDE);
    await page.getByRole('link', { name: 'Check if you feel ready to decide (the SURE check).' }).focus();
    await page.keyboard.press('Enter');

    const items = page.locator('[data-sure-item]');
    await expect(items).toHaveCount(4);

    // S: "Yes" (Space on the focused first choice).
    await page.keyboard.press('Tab');
    await expect(items.nth(0).getByRole('radio', { name: 'Yes' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(items.nth(0).getByRole('radio', { name: 'Yes' })).toBeChecked();

    // U: "No" (arrow from Yes to No), then the offered questions and their button appear next.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const understand = items.nth(1);
    await expect(understand.getByRole('radio', { name: 'No' })).toBeChecked();
    const followUp = understand.locator('[data-sure-follow-up]');
    await expect(followUp).toContainText('What are the possible benefits and risks of each of my options?');
    await expect(followUp.locator('li')).toHaveCount(3);

    await page.keyboard.press('Tab');
    const add = followUp.getByRole('button', { name: 'Add 3 questions to my list' });
    await expect(add).toBeFocused();
    await page.keyboard.press('Enter');

    const announcement = page.locator('[data-sure-announcement]');
    await expect(announcement).toHaveText('Added 3 questions to your list. You now have 3 questions.');
    await expect(announcement).toHaveAttribute('role', 'status');
    await expect(followUp.getByRole('button', { name: 'All these questions are in your list' })).toBeDisabled();

    const list = (await stored(page, QUESTIONS_KEY)) as { items: Array<{ kind: string; id: string }> };
    expect(list.items.map((item) => item.id)).toEqual([
      'benefits-and-risks-of-each',
      'how-much-less-pain',
      'common-problems-at-your-center',
    ]);
    await expect(page.locator('header [data-question-count]')).toHaveText(/^3(\D|$)/);

    // R and E: "No" and "Yes". All four answered: the status speaks about readiness, never about an option.
    await page.keyboard.press('Tab'); // to R's first radio (the disabled button is skipped)
    await expect(items.nth(2).getByRole('radio', { name: 'Yes' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await expect(items.nth(2).getByRole('button', { name: 'Add 3 questions to my list' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(items.nth(3).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(page.locator('[data-sure-status]')).toContainText('You answered no to 2 questions. Many people do.');

    expect(await stored(page, DECISION_KEY)).toMatchObject({
      sure: { sure: 'yes', understand: 'no', 'risk-benefit': 'no', encouragement: 'yes' },
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('says so when the questions are already in the list', async ({ page }) => {
    await page.goto(DECIDE);
    const sure = page.locator('[data-sure-item="sure"]');
    await sure.getByText('No', { exact: true }).click();
    await sure.getByRole('button', { name: 'Add 3 questions to my list' }).click();
    await sure.getByText('Yes', { exact: true }).click();
    await sure.getByText('No', { exact: true }).click();
    await expect(sure.getByRole('button', { name: 'All these questions are in your list' })).toBeDisabled();
    await expect(sure.locator('li', { hasText: '(in your list)' })).toHaveCount(3);
  });
});

test.describe('option grid', () => {
  test('reflows at 320 px with no sideways page scroll and keeps every row label and option name', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(DECIDE);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const rowHeaders = page.locator('[data-option-grid] tbody th[scope="row"]');
    await expect(rowHeaders).toHaveCount(8);
    for (const header of await rowHeaders.all()) await expect(header).toBeVisible();
    const firstRow = page.locator('[data-grid-row="involves"]');
    const box = (await firstRow.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Each answer starts with its option's name, so the meaning does not depend on a column header.
    await expect(firstRow.locator('td[data-option="pump"] span[aria-hidden="true"]')).toHaveText(
      'A pump trial, then a pump',
    );
    await expect(firstRow.locator('td[data-option="pump"] span[aria-hidden="true"]')).toBeVisible();
    // Screen readers still get real column headers.
    await expect(page.getByRole('columnheader', { name: 'Keep my current care' })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('is a table in a named region that keyboard users can focus, and on wide screens it does not clip (so its headings can stick)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(DECIDE);
    const region = page.getByRole('region', { name: /Your options side by side: the questions people ask/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('columnheader', { name: 'A pump trial, then a pump' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Can I change my mind later?' })).toBeVisible();
    const cells = page.locator('[data-option-grid] td');
    await expect(cells).toHaveCount(32);
    for (const text of await cells.allTextContents()) expect(text.trim().length).toBeGreaterThan(20);
    await expect(page.locator('[data-option-grid] [data-not-known]').first()).toContainText('Not known:');

    // Below the lg breakpoint the table is stacked (no sideways scroll needed); on wide screens the
    // region must not clip, or the sticky column headings would stick to it instead of the page.
    expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
  });
});

test.describe('my decision summary', () => {
  test.beforeEach(async ({ page }) => {
    await seedStorage(page, {
      [DECISION_KEY]: JSON.stringify({
        v: 1,
        values: { 'avoid-surgery': 3, 'most-pain-relief': 3, 'fewer-pills': 1 },
        sure: { sure: 'no', understand: 'yes' },
      }),
      [QUESTIONS_KEY]: JSON.stringify({
        v: 1,
        items: [
          { kind: 'bank', id: 'what-are-my-options', important: true },
          { kind: 'custom', id: '~abc', text: 'Can my daughter come to the visit?', important: false },
        ],
      }),
    });
  });

  test('prints to PDF with what matters to me, my SURE answers and my questions, and no navigation', async ({
    page,
  }) => {
    await page.goto(SUMMARY);
    await expect(page.locator('[data-summary-top] li')).toHaveText([
      'Avoiding surgery (very important)',
      'Getting the most pain relief I can (very important)',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    const pdf = await page.pdf({ format: 'Letter' });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const all = squash(text);

    expect(all).toContain('My decision summary');
    // Part 1: what matters to me.
    expect(all).toContain('What matters to me');
    expect(all).toContain('Avoiding surgery (very important)');
    expect(all).toContain('Needing fewer pain pills (a little important)');
    // Part 2: my SURE answers.
    expect(all).toContain('My SURE answers');
    expect(all).toContain('Do you feel sure about the best choice for you? No');
    expect(all).toContain('Do you know the benefits and risks of each option? Yes');
    // Part 3: my questions, bank ids resolved to their text.
    expect(all).toContain('My questions');
    expect(all).toContain('What are my options for treating my pain? (most important to me)');
    expect(all).toContain('Can my daughter come to the visit?');
    expect(all).not.toContain('what-are-my-options');
    // The date it was made and the site's review date.
    const today = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(
      new Date(),
    );
    expect(all).toContain(`Made on ${today}`);
    expect(all).toContain('Site facts last reviewed November 21, 2026');
    for (const chrome of [
      'The guide',
      'Compare options',
      'Word list',
      'Print or save as PDF',
      'Change my answers',
      'Skip to main content',
    ]) {
      expect(all, `"${chrome}" is not printed`).not.toContain(chrome);
    }
  });

  test('shows the person what is missing when nothing has been filled in yet', async ({ page }) => {
    await page.goto(SUMMARY);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('[data-summary-empty]')).toContainText('There is nothing in your summary yet.');
    await expect(page.locator('[data-summary-part="values"]')).toContainText('Not filled in yet.');
    await expect(page.locator('[data-summary-part="questions"]')).toContainText('No questions yet.');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('bad saved data and blocked storage', () => {
  test('unreadable saved answers get a clear message and a backup copy, and the page still works', async ({ page }) => {
    const raw = '{"v":1,"values":{"avoid-surgery":3,"broken":"x"},"sure":"oops"}';
    await seedStorage(page, { [DECISION_KEY]: raw });
    await page.goto(DECIDE);
    // The exercise runs once the reader nears it (client:visible); until then nothing reads the answers.
    await page.locator('[data-values-island]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-values-exercise] [data-storage-notice="repaired"]')).toContainText(
      'could not be read',
    );
    await expect(
      page.locator('[data-statement="avoid-surgery"]').getByRole('radio', { name: 'Very important' }),
    ).toBeChecked();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('ppg:decision:kept:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual([raw]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('when the browser blocks storage, answers still work and the summary link carries them', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(DECIDE);
    await page.locator('[data-statement="keep-options-open"]').getByText('Very important').click();
    await expect(page.locator('[data-values-exercise] [data-storage-notice="unsaved"]')).toContainText(
      'will be gone when you close it',
    );
    const summaryLink = page.getByRole('link', { name: 'Make my decision summary' });
    await summaryLink.scrollIntoViewIfNeeded();
    // The link is rendered on the server as the plain address; once its island runs it carries the answers.
    await expect(summaryLink).toHaveAttribute('href', /#answers=/);
    await summaryLink.click();
    await expect(page).toHaveURL(/\/decide\/summary\/#answers=/);
    await expect(page.locator('[data-summary-top] li')).toHaveText(['Keeping my options open (very important)']);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the statements and the SURE questions to think over, and no choices that do nothing', async ({
    page,
  }) => {
    await page.goto(DECIDE);
    await expect(page.locator('[data-values-fallback]')).toBeVisible();
    await expect(page.locator('[data-values-fallback] li')).toHaveCount(8);
    await expect(
      page.locator('p', { hasText: 'The SURE check needs JavaScript. The four questions are:' }),
    ).toBeVisible();
    // The islands' server-rendered controls are in the page but hidden (@media (scripting: none)).
    await expect(page.locator('[data-values-exercise]')).toBeHidden();
    await expect(page.locator('[data-sure-check]')).toBeHidden();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Make my decision summary' })).toHaveAttribute(
      'href',
      '/decide/summary/',
    );
  });
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('has no axe violations with answers, a SURE follow-up and a confirmation showing', async ({ page }) => {
    await page.goto(DECIDE);
    await page.locator('[data-statement="avoid-serious-risks"]').getByText('Very important').click();
    const risk = page.locator('[data-sure-item="risk-benefit"]');
    await risk.getByText('No', { exact: true }).click();
    await risk.getByRole('button', { name: 'Add 3 questions to my list' }).click();
    await expect(page.locator('[data-sure-announcement]')).toContainText('Added 3 questions');
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.getByRole('button', { name: 'Yes, clear them' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
