/**
 * "What this site keeps on this device" (/my-data/) in Chromium: it lists what is kept, downloads
 * a backup and restores it (round trip, never silently), reports corrupted storage without losing
 * anything, keeps working when storage is blocked, and "delete all" really removes every ppg: key.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// axe and downloads take several seconds each on a busy machine.
test.describe.configure({ timeout: 90_000 });

const PAGE = '/my-data/';
const QUESTIONS_KEY = 'ppg:questions:v1';
const DECISION_KEY = 'ppg:decision:v1';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const list = (ids: string[]) =>
  JSON.stringify({
    v: 1,
    at: Date.UTC(2026, 10, 2, 15, 30),
    items: ids.map((id) => ({ kind: 'bank', id, important: false })),
  });
const answers = JSON.stringify({
  v: 1,
  at: Date.UTC(2026, 10, 3),
  values: { 'avoid-surgery': 3 },
  sure: { sure: 'no' },
});

/** Puts values in localStorage before the first page load only (so reloads see what the page did). */
async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('test-seeded')) return;
    sessionStorage.setItem('test-seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

const siteKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('ppg:'))
      .sort(),
  );

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ppg-restore-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(file);
}

test('is linked from the footer and the privacy page', async ({ page }) => {
  await page.goto('/privacy/');
  await expect(page.locator('main').getByRole('link', { name: 'What this site keeps on this device' })).toHaveAttribute(
    'href',
    PAGE,
  );
  await page.locator('footer').getByRole('link', { name: 'What this site keeps' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What this site keeps on this device');
  await expect(page.locator('[data-keeps-nothing]')).toHaveText('This site keeps nothing on this device right now.');
});

test('download, delete everything, restore: the round trip brings everything back, after asking', async ({ page }) => {
  await seedStorage(page, {
    [QUESTIONS_KEY]: list(['mri-scans', 'trial-risks']),
    [DECISION_KEY]: answers,
    'unrelated-site-key': 'keep me',
  });
  await page.goto(PAGE);
  const questions = page.locator('[data-record="questions"]');
  await expect(questions).toContainText('Your question list');
  await expect(questions).toContainText('2 questions.');
  await expect(questions).toContainText('Last changed November 2, 2026');
  await expect(page.locator('[data-record="decision"]')).toContainText(
    '1 rating of what matters to you and 1 SURE answer',
  );
  expect(await axe(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pain-pump-guide-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({
    format: 'pain-pump-guide-backup',
    version: 1,
    records: { questions: JSON.parse(list(['mri-scans', 'trial-risks'])), decision: JSON.parse(answers) },
  });

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('heading', { name: 'Delete everything this site keeps on this device?' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('[data-site-data-message]')).toHaveText(
    'Everything this site kept on this device has been deleted.',
  );
  expect(await siteKeys(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('unrelated-site-key'))).toBe('keep me');

  await chooseFile(page, download.suggestedFilename(), backup);
  const plan = page.locator('[data-restore-plan]');
  await expect(plan.getByRole('heading', { name: 'What restoring would change' })).toBeFocused();
  await expect(plan.locator('[data-restore-change="add"]')).toHaveText([
    'Your question list: will be added (2 questions).',
    'Your decision aid answers: will be added (1 rating of what matters to you and 1 SURE answer).',
  ]);
  expect(await siteKeys(page), 'nothing is written before the person confirms').toEqual([]);
  expect(await axe(page)).toEqual([]);
  await plan.getByRole('button', { name: 'Restore these' }).click();
  await expect(page.locator('[data-site-data-message]')).toHaveText('Restored from your backup file.');
  expect(await siteKeys(page)).toEqual([DECISION_KEY, QUESTIONS_KEY]);

  // The restored list is the one the rest of the site uses.
  await page.goto('/questions/');
  await expect(page.locator('[data-question-list] [data-item-text]')).toHaveCount(2);
  await expect(page.locator('header [data-question-count]')).toHaveText('2 questions in your list');
});

test('restoring over different data shows what would be replaced, and Cancel changes nothing', async ({ page }) => {
  await seedStorage(page, { [QUESTIONS_KEY]: list(['mri-scans']) });
  await page.goto(PAGE);
  const file = JSON.stringify({
    format: 'pain-pump-guide-backup',
    version: 1,
    records: { questions: JSON.parse(list(['trial-risks', 'mri-scans', 'what-are-my-options'])) },
  });
  await chooseFile(page, 'backup.json', file);
  await expect(page.locator('[data-restore-change="replace"]')).toHaveText(
    'Your question list: what is here now (1 question) will be replaced by the file’s (3 questions).',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-site-data-message]')).toHaveText('Nothing was changed.');
  expect(await page.evaluate((key) => localStorage.getItem(key), QUESTIONS_KEY)).toBe(list(['mri-scans']));
});

test('a wrong, hostile or huge file gets a clear message and changes nothing', async ({ page }) => {
  await seedStorage(page, { [QUESTIONS_KEY]: list(['mri-scans']) });
  await page.goto(PAGE);
  const message = page.locator('[data-site-data-message]');
  const before = await page.evaluate(() => JSON.stringify(localStorage));

  await chooseFile(page, 'photo.json', 'not json at all <script>window.__pwned = 1</script>');
  await expect(message).toContainText('This file is not a backup from this site, so nothing was changed.');

  await chooseFile(
    page,
    'big.json',
    `{"format":"pain-pump-guide-backup","version":1,"pad":"${'x'.repeat(1_100_000)}"}`,
  );
  await expect(message).toContainText('This file is too big to be a backup from this site');

  await chooseFile(page, 'newer.json', JSON.stringify({ format: 'pain-pump-guide-backup', version: 9, records: {} }));
  await expect(message).toContainText('newer version of this site');

  // A backup-shaped file with hostile text: shown as text in the plan, never run.
  const hostile = JSON.stringify({
    format: 'pain-pump-guide-backup',
    version: 1,
    records: {
      '<img src=x onerror="window.__pwned=1">': { v: 1 },
      decision: { v: 1, values: { 'avoid-surgery': 3 }, sure: {} },
    },
  });
  await chooseFile(page, 'hostile.json', hostile);
  await expect(page.locator('[data-restore-skip]')).toContainText(
    '<img src=x onerror="window.__pwned=1"> will not be restored',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test('corrupted storage is reported, kept, visible and deletable; nothing is lost', async ({ page }) => {
  const broken = '{"v":1,"values":{"avoid-surgery":3,"broken":"x"},"sure":"oops"}';
  await seedStorage(page, { [DECISION_KEY]: broken, [QUESTIONS_KEY]: 'this is not a list' });
  // The decision aid reads the answers, keeps the unreadable original aside and links here.
  await page.goto('/decide/');
  // Its islands run when the reader nears them (client:visible); the SURE check reads the question list.
  for (const island of ['[data-sure-island]', '[data-values-island]']) {
    await page.locator(island).scrollIntoViewIfNeeded();
    await expect(page.locator(`${island} astro-island`)).not.toHaveAttribute('ssr');
  }
  const notice = page.locator('[data-values-exercise] [data-storage-notice="repaired"]');
  await expect(notice).toContainText('could not be read');
  await notice.getByRole('link', { name: 'What this site keeps on this device' }).click();

  await expect(page).toHaveURL(PAGE);
  // The decision page also reads the question list: it kept that aside too and started a new one.
  await expect(page.locator('[data-record="questions"]')).toHaveCount(0);
  await expect(page.locator('[data-kept-copy^="ppg:questions:kept:"]')).toContainText(
    'A kept copy of your question list',
  );
  await expect(page.locator('[data-record="decision"]')).toContainText(
    '1 rating of what matters to you and 0 SURE answers',
  );
  const copy = page.locator('[data-kept-copy^="ppg:decision:kept:"]');
  await expect(copy).toContainText('A kept copy of your decision aid answers');
  await copy.getByRole('button', { name: 'Show the copy' }).click();
  await expect(copy.locator('[data-kept-value]')).toHaveText(broken);
  expect(await axe(page)).toEqual([]);

  // The backup file carries the kept copy and the unreadable list, so nothing is lost.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup file' }).click(),
  ]);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    keptCopies: { record: string; text: string }[];
  };
  expect(backup.keptCopies.map((c) => [c.record, c.text]).sort()).toEqual([
    ['decision', broken],
    ['questions', 'this is not a list'],
  ]);

  await copy.getByRole('button', { name: 'Delete this copy' }).click();
  await expect(page.locator('[data-kept-copy]')).toHaveCount(1);
  expect((await siteKeys(page)).filter((key) => key.startsWith('ppg:decision:'))).toEqual([DECISION_KEY]);
});

test('when the browser blocks storage, the page says so and still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(PAGE);
  await expect(page.locator('[data-storage-notice="unavailable"]')).toContainText(
    'Your browser is not letting this site keep anything',
  );
  await expect(page.locator('[data-keeps-nothing]')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup file' }).click(),
  ]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toMatchObject({ records: {}, keptCopies: [] });
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('[data-site-data-message]')).toContainText('could not delete anything');
  expect(await axe(page)).toEqual([]);
});

test('delete all removes every ppg: key, including kept copies and unknown leftovers', async ({ page }) => {
  await seedStorage(page, {
    [QUESTIONS_KEY]: list(['mri-scans']),
    'ppg:questions:kept:5': 'old',
    'ppg:questions:backup:4': 'older',
    'ppg:something-newer:v3': '{}',
    'ppg:my-pump:v1': JSON.stringify({ v: 1, model: 'prometra-ii', medicines: ['baclofen'], refills: [] }),
    'other-app': 'stays',
  });
  await page.goto(PAGE);
  await expect(page.locator('[data-kept-copy]')).toHaveCount(2);
  await expect(page.locator('[data-record="my-pump"]')).toContainText('My pump');
  await expect(page.locator('[data-other-keys]')).toContainText('1 item saved by another version of this site');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await siteKeys(page)).toHaveLength(5);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('[data-keeps-nothing]')).toBeVisible();
  expect(await siteKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.locator('[data-keeps-nothing]')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('other-app'))).toBe('stays');
});
