/**
 * The trial diary (/trial-diary/) in Chromium: a baseline and five entries over three days typed by
 * keyboard, changing and deleting an entry, a summary with the right numbers that prints on one A4
 * and one US Letter page with its chart, reload and restore from a backup file keeping everything,
 * bad input getting a clear message without losing anything, clearing with confirmation, and zero
 * axe violations in the light and dark colour schemes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import { localIsoDate, type TrialDiary } from '../../src/lib/trial-diary/diary';
import { expect, test } from './fixtures';

const PAGE = '/trial-diary/';
const KEY = 'ppg:trial-diary:v1';
/** Same tags as tests/e2e/accessibility.spec.ts (not imported: that would run its tests here too). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The diary island loads in the browser only; on a busy machine that can take a while. */
const LOAD = { timeout: 30_000 };

const squash = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();

/** Three days ending today, in this machine's time zone (the browser's too). */
function trialDays(): [string, string, string] {
  const day = (back: number) => {
    const d = new Date();
    d.setDate(d.getDate() - back);
    return localIsoDate(d);
  };
  return [day(2), day(1), day(0)];
}

/** Baseline 7/8/6 (PEG 7) and five entries whose averages are pain 4 and PEG 4.5. */
function sampleDiary(): TrialDiary {
  const [d1, d2, d3] = trialDays();
  const e = (id: string, date: string, time: 'morning' | 'afternoon' | 'evening' | 'night', pain: number, enjoyment: number, activity: number, extra = {}) => ({
    id, date, time, peg: { pain, enjoyment, activity }, goals: {}, sideEffects: [], otherSideEffect: '', extraMedicine: '', note: '', ...extra,
  });
  return {
    baseline: {
      peg: { pain: 7, enjoyment: 8, activity: 6 },
      goals: [
        { id: 'goal-1', text: 'Walk to the mailbox' },
        { id: 'goal-2', text: 'Sleep through the night' },
      ],
      medicines: 'Oxycodone 10 mg twice a day',
    },
    entries: [
      e('ea1', d1, 'morning', 6, 7, 6, { goals: { 'goal-1': 'not', 'goal-2': 'partly' }, sideEffects: ['nausea'] }),
      e('ea2', d1, 'evening', 5, 6, 5, { goals: { 'goal-1': 'partly' }, sideEffects: ['nausea', 'itching'] }),
      e('ea3', d2, 'morning', 4, 4, 4, { goals: { 'goal-1': 'done', 'goal-2': 'done' }, extraMedicine: 'Oxycodone 5 mg at 2 pm' }),
      e('ea4', d2, 'night', 3, 4, 5, { goals: { 'goal-1': 'done', 'goal-2': 'not' }, sideEffects: ['other'], otherSideEffect: 'Dry mouth' }),
      e('ea5', d3, 'afternoon', 2, 3, 3, { goals: { 'goal-1': 'done' }, sideEffects: ['itching'], note: 'Walked twice' }),
    ],
  };
}

async function seed(page: Page, diary: TrialDiary): Promise<void> {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify({ v: 1, at: Date.now(), ...diary })]);
  await page.goto(PAGE);
  await expect(page.locator('[data-entry]')).toHaveCount(diary.entries.length, LOAD);
}

async function storedDiary(page: Page): Promise<TrialDiary & { v: number }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fills the entry form by label, as a person would. */
async function addEntry(
  page: Page,
  entry: { date: string; time: string; pain: number; enjoyment: number; activity: number; goals?: Record<string, string>; sideEffects?: string[]; other?: string; extra?: string },
): Promise<void> {
  const form = page.locator('[data-entry-form]');
  await form.getByLabel('Date').fill(entry.date);
  await form.getByRole('radio', { name: entry.time, exact: true }).check();
  await form.getByLabel('Pain on average').fill(String(entry.pain));
  await form.getByLabel('How much pain got in the way of enjoying life').fill(String(entry.enjoyment));
  await form.getByLabel('How much pain got in the way of general activity').fill(String(entry.activity));
  for (const [goal, result] of Object.entries(entry.goals ?? {})) {
    await form.getByRole('group', { name: goal }).getByRole('radio', { name: result, exact: true }).check();
  }
  for (const sideEffect of entry.sideEffects ?? []) await form.getByRole('checkbox', { name: sideEffect }).check();
  if (entry.other) await form.getByLabel('What else was noticed?').fill(entry.other);
  if (entry.extra) await form.getByLabel('Extra pain medicine taken (if any)').fill(entry.extra);
  await form.getByRole('button', { name: 'Save this entry' }).press('Enter');
  await expect(page.locator('[data-entry-saved]')).toContainText('Entry saved');
}

test('a baseline and five entries over three days, typed by keyboard, make the right summary and survive a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const [d1, d2, d3] = trialDays();
  await page.goto(PAGE);
  const baseline = page.locator('[data-baseline-form]');
  await expect(baseline).toBeVisible(LOAD);
  await baseline.getByLabel('Pain on average').fill('7');
  await baseline.getByLabel('How much pain got in the way of enjoying life').fill('8');
  await baseline.getByLabel('How much pain got in the way of general activity').fill('6');
  await baseline.getByLabel('Goal 1').fill('Walk to the mailbox');
  await baseline.getByLabel('Goal 2').fill('Sleep through the night');
  await baseline.getByLabel('Pain medicines taken now').fill('Oxycodone 10 mg twice a day');
  await baseline.getByRole('button', { name: 'Save the starting point' }).click();
  await expect(page.locator('[data-baseline-saved]')).toHaveText('Starting point saved.');

  await addEntry(page, { date: d1, time: 'Morning', pain: 6, enjoyment: 7, activity: 6, goals: { 'Walk to the mailbox': 'Not done', 'Sleep through the night': 'Partly' }, sideEffects: ['Feeling sick (nausea)'] });
  await addEntry(page, { date: d1, time: 'Evening', pain: 5, enjoyment: 6, activity: 5, goals: { 'Walk to the mailbox': 'Partly' }, sideEffects: ['Feeling sick (nausea)', 'Itching'] });
  await addEntry(page, { date: d2, time: 'Morning', pain: 4, enjoyment: 4, activity: 4, goals: { 'Walk to the mailbox': 'Done', 'Sleep through the night': 'Done' }, extra: 'Oxycodone 5 mg at 2 pm' });
  await addEntry(page, { date: d2, time: 'Night', pain: 3, enjoyment: 4, activity: 5, goals: { 'Walk to the mailbox': 'Done', 'Sleep through the night': 'Not done' }, sideEffects: ['Something else'], other: 'Dry mouth' });
  // A wrong entry, then changed and another deleted, to prove both work.
  await addEntry(page, { date: d3, time: 'Afternoon', pain: 9, enjoyment: 9, activity: 9, goals: { 'Walk to the mailbox': 'Done' } });
  await addEntry(page, { date: d3, time: 'Evening', pain: 1, enjoyment: 1, activity: 1 });
  await expect(page.locator('[data-entry]')).toHaveCount(6);

  const wrong = page.locator('[data-entry]').nth(4);
  await wrong.getByRole('button', { name: 'Change' }).click();
  await expect(page.locator('#entry-form-heading')).toBeFocused();
  await expect(page.locator('#entry-form-heading')).toContainText('Change the entry for');
  const form = page.locator('[data-entry-form]');
  await form.getByLabel('Pain on average').fill('2');
  await form.getByLabel('How much pain got in the way of enjoying life').fill('3');
  await form.getByLabel('How much pain got in the way of general activity').fill('3');
  await form.getByRole('checkbox', { name: 'Itching' }).check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('[data-entry-saved]')).toContainText('Entry changed');

  const extra = page.locator('[data-entry]').nth(5);
  await extra.getByRole('button', { name: 'Delete' }).click();
  await extra.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator('[data-entry]')).toHaveCount(5);

  const expectSummary = async () => {
    const summary = page.locator('[data-trial-summary]');
    await expect(summary.locator('[data-trial-change]')).toContainText(
      'Pain on average went from 7 before the trial to 4 on average during it (3 points lower, 43% lower).',
    );
    await expect(summary.locator('[data-trial-change]')).toContainText(
      'The PEG score (the average of all three) went from 7 before the trial to 4.5 on average during it (2.5 points lower, 36% lower).',
    );
    await expect(summary.locator('[data-trial-row="average"]')).toHaveText(/Average during the trial\s*4\s*4\.8\s*4\.6\s*4\.5/);
    await expect(summary.locator('[data-trial-row="baseline"]')).toHaveText(/Before the trial\s*7\s*8\s*6\s*7/);
    await expect(summary.locator('[data-trial-goals]')).toContainText('Walk to the mailbox: Done in 3 of 5 entries, partly in 1, not done in 1.');
    await expect(summary.locator('[data-trial-goals]')).toContainText('Sleep through the night: Done in 1 of 5 entries, partly in 1, not done in 1, not recorded in 2.');
    await expect(summary.locator('[data-trial-side-effects]')).toContainText('Feeling sick (nausea): in 2 entries, on 1 day');
    await expect(summary.locator('[data-trial-side-effects]')).toContainText('Itching: in 2 entries, on 2 days');
    await expect(summary.locator('[data-trial-side-effects]')).toContainText('Something else: in 1 entry, on 1 day (Dry mouth)');
    await expect(summary.locator('[data-trial-medicine]')).toContainText('Oxycodone 5 mg at 2 pm');
    await expect(summary.locator('[data-chart-point]')).toHaveCount(5);
    await expect(summary.locator('[data-chart-baseline]')).toHaveCount(1);
    await expect(summary.locator('#trial-chart-desc')).toContainText('Before the trial the PEG score was 7.');
  };
  await expectSummary();
  // It reports; it never judges the trial.
  await expect(page.locator('[data-trial-summary]')).not.toContainText(/good trial for you|you should|recommend/i);

  await page.reload();
  await expect(page.locator('[data-entry]')).toHaveCount(5, LOAD);
  await expect(page.locator('[data-baseline-form]').getByLabel('Goal 2')).toHaveValue('Sleep through the night');
  await expectSummary();
  const stored = await storedDiary(page);
  expect(stored.v).toBe(1);
  expect(stored.entries.map((e) => [e.date, e.time, e.peg.pain])).toEqual([
    [d1, 'morning', 6],
    [d1, 'evening', 5],
    [d2, 'morning', 4],
    [d2, 'night', 3],
    [d3, 'afternoon', 2],
  ]);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the summary prints on exactly one ${format} page with the chart and the right numbers`, async ({ page }) => {
    await seed(page, sampleDiary());
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-trial-chart] svg')).toBeVisible();
    await expect(page.locator('[data-entry-form]')).toBeHidden();
    const box = (await page.locator('[data-trial-chart] svg').boundingBox())!;
    expect(box.height).toBeGreaterThan(100);
    const bytes = await page.pdf({ format });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(totalPages).toBe(1);
    const printed = squash(text);
    expect(printed).toContain('Trial diary summary');
    expect(printed).toContain('Pain on average went from 7 before the trial to 4 on average during it (3 points lower, 43% lower).');
    expect(printed).toContain('Before the trial: 7'); // the chart's baseline label
    expect(printed).toContain('Walk to the mailbox: Done in 3 of 5 entries');
    expect(printed).toContain('Itching: in 2 entries, on 2 days');
    expect(printed).toContain('written policies of two insurers');
    expect(printed).toContain('Triple-S, an insurer’s medical policy');
    expect(printed).toContain('How will we decide if my trial worked?');
    for (const words of ['Save this entry', 'Skip to main content', 'Search the guide', 'Delete the diary']) expect(printed).not.toContain(words);
  });
}

test('bad input gets a clear message as it is typed, and saving with problems loses nothing', async ({ page }) => {
  await seed(page, sampleDiary());
  const before = await storedDiary(page);
  const form = page.locator('[data-entry-form]');
  const pain = form.getByLabel('Pain on average');
  await pain.fill('11');
  await expect(form.getByText('11 is more than 10. Enter a number from 0 to 10.')).toBeVisible();
  await expect(pain).toHaveAttribute('aria-invalid', 'true');
  await expect(pain).toHaveAccessibleDescription(/0 = no pain.*11 is more than 10/);
  await pain.fill('4');
  await expect(pain).not.toHaveAttribute('aria-invalid');
  await form.getByLabel('How much pain got in the way of enjoying life').fill('x');
  await form.getByRole('checkbox', { name: 'Something else' }).check();
  await form.getByLabel('Note (optional)').fill('Felt dizzy after lunch');
  await form.getByRole('button', { name: 'Save this entry' }).click();

  const alert = page.locator('[data-form-problems]');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('4 things need fixing before this can be saved. Nothing you typed has been lost.');
  await expect(alert).toContainText('Time of day: Choose the time of day');
  await expect(alert).toContainText('Enjoying life: “x” is not a whole number');
  await expect(alert).toContainText('General activity: Enter a number from 0 to 10.');
  await expect(alert).toContainText('Other side effect: Say what the other side effect was');
  // Nothing typed is lost, nothing saved is changed.
  await expect(pain).toHaveValue('4');
  await expect(form.getByLabel('Note (optional)')).toHaveValue('Felt dizzy after lunch');
  expect(await storedDiary(page)).toEqual(before);

  await alert.getByRole('link', { name: 'General activity' }).click();
  await expect(form.getByLabel('How much pain got in the way of general activity')).toBeFocused();

  await form.getByRole('radio', { name: 'Morning', exact: true }).check();
  await form.getByLabel('How much pain got in the way of enjoying life').fill('3');
  await form.getByLabel('How much pain got in the way of general activity').fill('3');
  await form.getByLabel('What else was noticed?').fill('Dizzy');
  await form.getByRole('button', { name: 'Save this entry' }).click();
  await expect(page.locator('[data-entry]')).toHaveCount(6);
  await expect(alert).toBeHidden();
  expect((await storedDiary(page)).entries.some((e) => e.note === 'Felt dizzy after lunch' && e.otherSideEffect === 'Dizzy')).toBe(true);

  // A baseline score out of range is refused the same way, and the saved baseline stays.
  const baseline = page.locator('[data-baseline-form]');
  await baseline.getByLabel('Pain on average').fill('12');
  await baseline.getByRole('button', { name: 'Save the starting point' }).click();
  await expect(page.locator('[data-baseline-form] [data-form-problems]')).toContainText('Pain on average: 12 is more than 10');
  expect((await storedDiary(page)).baseline.peg).toEqual({ pain: 7, enjoyment: 8, activity: 6 });
});

test('the diary is in the backup file and on /my-data/, can be cleared with confirmation, and comes back from the backup', async ({ page }) => {
  test.setTimeout(60_000);
  const diary = sampleDiary();
  await seed(page, diary);

  await page.goto('/my-data/');
  await expect(page.getByText('Starting point filled in, 2 goals and 5 diary entries')).toBeVisible(LOAD);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download-backup]').click()]);
  const file = (await download.path())!;
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.records['trial-diary']).toMatchObject({ v: 1, baseline: diary.baseline, entries: diary.entries });

  await page.goto(PAGE);
  await expect(page.locator('[data-entry]')).toHaveCount(5, LOAD);
  await page.getByRole('button', { name: 'Delete the diary…' }).click();
  await expect(page.locator('#clear-confirm')).toBeFocused();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.locator('[data-entry]')).toHaveCount(5);
  await page.getByRole('button', { name: 'Delete the diary…' }).click();
  await page.locator('[data-confirm-clear]').click();
  await expect(page.locator('[data-entry]')).toHaveCount(0);
  await expect(page.locator('[data-baseline-form]').getByLabel('Goal 1')).toHaveValue('');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

  await page.goto('/my-data/');
  await page.locator('[data-restore-file]').setInputFiles(file);
  await expect(page.locator('[data-restore-plan]')).toContainText('Your trial diary');
  await page.getByRole('button', { name: 'Restore these' }).click();
  await expect(page.getByText('Restored from your backup file.')).toBeVisible();

  await page.goto(PAGE);
  await expect(page.locator('[data-entry]')).toHaveCount(5, LOAD);
  const restored = await storedDiary(page);
  expect(restored.baseline).toEqual(diary.baseline);
  expect(restored.entries).toEqual(diary.entries);
  await expect(page.locator('[data-trial-change]')).toContainText('Pain on average went from 7 before the trial to 4');
});

test('a stored diary with broken parts keeps the rest, says so, and keeps a copy', async ({ page }) => {
  const diary = sampleDiary();
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, JSON.stringify({ v: 1, at: 1, ...diary, entries: [...diary.entries, { id: 'ebad', date: 'yesterday' }] })],
  );
  await page.goto(PAGE);
  await expect(page.locator('[data-entry]')).toHaveCount(5, LOAD);
  await expect(page.locator('[data-diary-storage-notice]')).toContainText('Some parts of your saved diary could not be read.');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ppg:trial-diary:kept:')));
  expect(kept).toHaveLength(1);
});

test('the trial page and the question builder link to the diary', async ({ page }) => {
  await page.goto('/guide/the-trial/');
  await page.getByRole('link', { name: 'trial diary', exact: true }).click();
  await expect(page).toHaveURL(/\/trial-diary\/$/);
  await page.goto('/questions/');
  await expect(page.locator('[data-trial-diary-link]').getByRole('link', { name: 'trial diary' })).toHaveAttribute('href', PAGE);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a filled-in diary has no axe violations (${colorScheme})`, async ({ page }) => {
    test.setTimeout(150_000); // axe on a long form is slow on a busy machine
    await page.emulateMedia({ colorScheme });
    await seed(page, sampleDiary());
    expect(await axeViolations(page)).toEqual([]);
    // With messages showing and an entry being changed.
    await page.locator('[data-entry-form]').getByLabel('Pain on average').fill('42');
    await page.locator('[data-entry]').first().getByRole('button', { name: 'Delete' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-entry-form]').getByRole('button', { name: 'Save this entry' }).click();
    await expect(page.locator('[data-form-problems]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the empty diary works at 390 px without sideways scrolling', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE);
  await expect(page.locator('[data-entry-form]')).toBeVisible(LOAD);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
});
