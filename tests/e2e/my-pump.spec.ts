/**
 * My pump (/my-pump/) in Chromium: the record survives a reload and a new browser context; the
 * printed wallet card is 85.6 x 54 mm; the lock-screen image is a phone-sized PNG; the calendar
 * file parses with the right dates and reminders; the handover sheet prints on one page; hostile
 * text runs nothing and loses nothing; blocked, full or corrupted storage is reported and nothing
 * is lost; nothing typed is ever sent; no accessibility violations.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { expect as siteExpect, test } from './fixtures';

const KEY = 'ppg:my-pump:v1';
/** The same WCAG rule sets as tests/e2e/accessibility.spec.ts (not imported: that would run its tests here). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MM = 96 / 25.4; // CSS pixels per millimetre
const ALL_MEDICINES = ['morphine', 'hydromorphone', 'fentanyl', 'ziconotide', 'baclofen', 'clonidine', 'bupivacaine', 'other'];

/** The warning signs as written in content/warning-signs/, so the test follows the real data. */
const SIGNS = readdirSync(resolve('content/warning-signs')).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  ...(parse(readFileSync(resolve('content/warning-signs', name), 'utf8')) as { level: string; short: string; text: string; appliesTo: 'all' | string[] }),
}));
const MODELS = parse(readFileSync(resolve('content/pump-models.yaml'), 'utf8')) as { id: string; mriRule: string; mriShort: string }[];
// The page's island starts in the browser and test machines are shared: allow time.
test.describe.configure({ timeout: 90_000 });
const expect = siteExpect.configure({ timeout: 20_000 });
const squash = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();

/** A local date `days` from today, as the page's date fields hold it. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function seed(page: Page, value: Record<string, unknown>): Promise<void> {
  await page.goto('/');
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, JSON.stringify({ v: 1, at: Date.now(), refills: [], ...value })]);
  await page.goto('/my-pump/');
  await expect(page.locator('[data-my-pump]')).toBeVisible({ timeout: 20_000 });
}

/** Print buttons call window.print(); in tests it does nothing, and print media is emulated instead. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {};
  });
}

async function pdfOf(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format });
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { pages: totalPages, text: squash(text) };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await click();
  const download = await waiting;
  return { download, bytes: readFileSync((await download.path())!) };
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('filled in once, the record survives a reload and a new browser context, and nothing typed is sent', async ({ page, browser, baseURL }) => {
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''} ${JSON.stringify(request.headers())}`));

    await page.goto('/my-pump/');
    await expect(page.locator('[data-my-pump]')).toBeVisible({ timeout: 20_000 });
    await page.locator('[data-model="prometra-ii"]').check();
    await page.locator('[data-medicine="baclofen"]').check();
    await page.locator('[data-medicine="other"]').check();
    const typed = {
      otherMedicine: 'Qzmedicine',
      dose: '412 mcg a day Qzdose',
      concentration: '2000 mcg/mL Qzconc',
      clinicName: 'Qzclinic Pump Unit',
      clinicPhone: '555-0142',
      afterHoursPhone: '555-0199',
      emergencyName: 'Qzfriend',
      emergencyPhone: '555-0111',
    };
    for (const [field, value] of Object.entries(typed)) await page.locator(`[data-field="${field}"]`).fill(value);
    const dates = { nextRefill: dayFromToday(30), lowReservoirAlarm: dayFromToday(35), batteryReplacement: dayFromToday(900), implantDate: dayFromToday(-400) };
    for (const [field, value] of Object.entries(dates)) await page.locator(`[data-field="${field}"]`).fill(value);

    await expect(page.locator('[data-next-refill-text]')).toContainText('(in 30 days)');
    await expect(page.locator('[data-card-headline]')).toHaveText('I have an implanted baclofen and Qzmedicine pump');
    await expect(page.locator('[data-card-never-stop]')).toHaveText('Never stop baclofen suddenly.');
    await expect(page.locator('[data-field-problem]')).toHaveCount(0);
    // Usable at 390 px: nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const check = async (p: Page) => {
      await expect(p.locator('[data-model="prometra-ii"]')).toBeChecked({ timeout: 20_000 });
      await expect(p.locator('[data-medicine="baclofen"]')).toBeChecked();
      for (const [field, value] of Object.entries({ ...typed, ...dates })) await expect(p.locator(`[data-field="${field}"]`)).toHaveValue(value);
    };
    await page.reload();
    await check(page);

    // A browser restart: a new context with the same saved storage.
    const state = await page.context().storageState();
    const context = await browser.newContext({ storageState: state, baseURL: baseURL! });
    const again = await context.newPage();
    await again.goto('/my-pump/');
    await check(again);
    await context.close();

    for (const value of Object.values(typed)) {
      for (const request of sent) expect(request, 'no request carries anything typed').not.toContain(value);
    }
  });

  test('zero axe violations, empty and filled in, with a problem showing', async ({ page }) => {
    await page.goto('/my-pump/');
    await expect(page.locator('[data-my-pump]')).toBeVisible({ timeout: 20_000 });
    let results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await seed(page, { model: 'synchromed-ii', medicines: ['morphine', 'clonidine'], clinicPhone: 'call me', nextRefill: dayFromToday(-3) });
    await expect(page.locator('[data-missed-refill]')).toBeVisible();
    await expect(page.locator('[data-field="clinicPhone"]')).toHaveAttribute('aria-invalid', 'true');
    results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('a missed refill shows the "call now" advice for the medicine, from the warning-sign data', async ({ page }) => {
  await seed(page, { medicines: ['baclofen', 'clonidine'], clinicName: 'Qzclinic', clinicPhone: '555-0142', nextRefill: dayFromToday(-2) });
  const alert = page.locator('[data-missed-refill]');
  await expect(alert).toContainText('Call your pump clinic now');
  await expect(alert).toContainText('call Qzclinic now if:');
  await expect(alert.locator('[data-missed-sign]')).toHaveText(['missed-refill', 'baclofen-early-withdrawal', 'clonidine-stopped'].map((id) => SIGNS.find((s) => s.id === id)!.text));
  await expect(alert.getByRole('link', { name: '555-0142' })).toHaveAttribute('href', 'tel:5550142');
  await expect(page.locator('[data-next-refill-text]')).toContainText('2 days ago');

  // Logging the refill with a new date clears the alarm.
  await page.locator('[data-refill-next]').fill(dayFromToday(90));
  await page.locator('[data-add-refill]').click();
  await expect(page.locator('[data-missed-refill]')).toHaveCount(0);
  await expect(page.locator('[data-next-refill-text]')).toContainText('(in 90 days)');
  await expect(page.locator('[data-refill-entries] li')).toHaveCount(1);
});

test('the printed wallet card measures 85.6 x 54 mm, front and back, with only the card on the page', async ({ page }) => {
  await stubPrint(page);
  // The hardest case: every medicine, so the most signs on the front.
  await seed(page, { model: 'synchromed-ii', medicines: ALL_MEDICINES, otherMedicine: 'Sufentanil', clinicName: 'A Pump Clinic With A Long Name', clinicPhone: '555-0142', afterHoursPhone: '555-0199', emergencyName: 'Sam Smith', emergencyPhone: '555-0111' });
  await page.locator('[data-print-card]').click();
  await expect(page.locator('html')).toHaveAttribute('data-ppg-print', 'card');
  await page.emulateMedia({ media: 'print' });

  for (const face of ['front', 'back']) {
    const box = (await page.locator(`[data-card-face="${face}"]`).boundingBox())!;
    expect(Math.abs(box.width / MM - 85.6), `${face} width in mm`).toBeLessThanOrEqual(1);
    expect(Math.abs(box.height / MM - 54), `${face} height in mm`).toBeLessThanOrEqual(1);
    // Everything fits: nothing is cut off by the card's edge.
    const overflow = await page.locator(`[data-card-face="${face}"]`).evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow, `${face}: nothing cut off`).toBeLessThanOrEqual(1);
  }
  await expect(page.locator('[data-handover-sheet]')).toBeHidden();
  await expect(page.locator('header[role="banner"]')).toBeHidden();

  // Emergency-level short texts from the data, in order, on the front.
  const emergency = SIGNS.filter((s) => s.level === 'emergency').map((s) => s.id);
  const shown = await page.locator('[data-card-sign]').evaluateAll((els) => els.map((el) => el.getAttribute('data-card-sign')));
  expect(shown.sort()).toEqual([...emergency].sort());
  for (const id of shown) await expect(page.locator(`[data-card-sign="${id}"]`)).toHaveText(SIGNS.find((s) => s.id === id!)!.short);
  await expect(page.locator('[data-card-mri]')).toHaveText(`MRI: ${MODELS.find((m) => m.id === 'synchromed-ii')!.mriShort}`);
  await expect(page.locator('[data-card-never-stop]')).toHaveText(['Never stop baclofen suddenly.', 'Never stop clonidine suddenly.']);
  // The QR code holds only the public warning-signs page.
  const origin = new URL(page.url()).origin;
  await expect(page.locator('[data-card-qr]')).toHaveAttribute('data-card-qr', `${origin}/get-help/`);

  for (const format of ['A4', 'Letter'] as const) {
    // Making a PDF fires "afterprint", which puts the page back to normal: choose the card again.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-print-card]').click();
    await expect(page.locator('html')).toHaveAttribute('data-ppg-print', 'card');
    const { pages, text } = await pdfOf(page, format);
    expect(pages, `${format}: one page`).toBe(1);
    expect(text).toContain('I have an implanted morphine, hydromorphone, fentanyl, ziconotide (Prialt), baclofen, clonidine, bupivacaine, and Sufentanil pump');
    expect(text).toContain('555-0142');
    expect(text).not.toContain('Implanted drug pump: handover sheet');
  }
});

test('the lock-screen image is a phone-sized PNG', async ({ page }) => {
  await seed(page, { model: 'prometra-ii', medicines: ['baclofen'], clinicName: 'Qzclinic', clinicPhone: '555-0142' });
  const { download, bytes } = await downloaded(page, () => page.locator('[data-lock-screen]').click());
  expect(download.suggestedFilename()).toBe('my-pump-lock-screen.png');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1170, 2532]);
  await expect(page.locator('[data-my-pump-message]')).toContainText('lock-screen image is downloading');
});

test('the calendar file has the right dates and reminders, read by a standard parser', async ({ page }) => {
  const dates = { nextRefill: '2027-03-04', lowReservoirAlarm: '2027-03-09', batteryReplacement: '2031-01-15' };
  await seed(page, { medicines: ['morphine'], clinicName: 'Qz; Clinic, "North"', clinicPhone: '555-0142', ...dates });
  const { download, bytes } = await downloaded(page, () => page.locator('[data-download-calendar]').click());
  expect(download.suggestedFilename()).toBe('my-pump-dates.ics');
  const text = bytes.toString('utf8');
  expect(text.split('\r\n').length).toBeGreaterThan(10);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
      alarms: v.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86_400),
    };
  });
  expect(events).toEqual([
    { summary: 'Pump refill due', start: dates.nextRefill, allDay: true, description: 'Pump clinic: Qz; Clinic, "North", 555-0142.', alarms: [-14, -3] },
    { summary: 'Pump low-reservoir alarm date', start: dates.lowReservoirAlarm, allDay: true, description: 'Pump clinic: Qz; Clinic, "North", 555-0142.', alarms: [-7, -1] },
    { summary: 'Pump battery replacement due', start: dates.batteryReplacement, allDay: true, description: 'Pump clinic: Qz; Clinic, "North", 555-0142.', alarms: [-60, -14] },
  ]);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the handover sheet prints on one ${format} page, with everything staff need`, async ({ page }) => {
    await stubPrint(page);
    await seed(page, {
      model: 'prometra-ii',
      medicines: ALL_MEDICINES,
      otherMedicine: 'M'.repeat(60),
      dose: 'Dose as written by the clinic '.repeat(7).slice(0, 200),
      concentration: 'Concentration as written '.repeat(8).slice(0, 200),
      clinicName: 'C'.repeat(100),
      clinicPhone: '555-0142',
      afterHoursPhone: '555-0199',
      emergencyName: 'E'.repeat(100),
      emergencyPhone: '555-0111',
      nextRefill: dayFromToday(20),
      lowReservoirAlarm: dayFromToday(25),
      batteryReplacement: dayFromToday(700),
      implantDate: dayFromToday(-700),
    });
    await page.locator('[data-print-sheet]').click();
    await expect(page.locator('html')).toHaveAttribute('data-ppg-print', 'sheet');
    const { pages, text } = await pdfOf(page, format);
    expect(pages).toBe(1);
    expect(text).toContain('Implanted drug pump: handover sheet');
    expect(text).toContain(squash(MODELS.find((m) => m.id === 'prometra-ii')!.mriRule));
    expect(text).toContain('Never stop baclofen suddenly. Never stop clonidine suddenly.');
    expect(text).toContain('555-0142');
    expect(text).toContain('Emergency: call 911 now');
    expect(text).toContain('Call your pump clinic now');
    for (const sign of SIGNS) expect(text, sign.id).toContain(squash(sign.short));
    expect(text).not.toContain('Your pump details'); // no form
    expect(text).not.toContain('Print the wallet card');
  });
}

test('hostile text in every field runs nothing, is shown as text, and survives a reload', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto('/my-pump/');
  await page.locator('[data-medicine="other"]').check();
  const hostile: Record<string, string> = {
    otherMedicine: '<script>alert(1)</script>',
    dose: '<img src=x onerror="window.__pwned=1;alert(2)">',
    concentration: '\u202Eelbat\u202C \u200F\u05E9\u05DC\u05D5\u05DD\u200F 💊🏽 Z̷̢a̴l̶g̸o ﷽ \uFEFF\u200B',
    clinicName: 'x'.repeat(10_000),
    clinicPhone: '"><svg onload=alert(3)>',
    afterHoursPhone: '{{constructor.constructor("alert(4)")()}}',
    emergencyName: '</textarea><script>window.__pwned=1</script>',
    emergencyPhone: 'javascript:alert(5)',
  };
  for (const [field, value] of Object.entries(hostile)) await page.locator(`[data-field="${field}"]`).fill(value);
  await expect(page.locator('[data-card-headline]')).toHaveText('I have an implanted <script>alert(1)</script> pump');
  // Too long or not a phone number: said plainly, kept as typed, left off the card.
  await expect(page.locator('[data-field-problem]')).toHaveCount(4);
  await expect(page.locator('[data-wallet-card]')).not.toContainText('xxxxxxxxxx');

  await page.reload();
  for (const [field, value] of Object.entries(hostile)) {
    await expect(page.locator(`[data-field="${field}"]`)).toHaveValue(value);
  }
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('[data-my-pump] script, [data-my-pump] img, [data-my-pump] svg[onload]').count()).toBe(0);
});

test('blocked storage is reported and the page keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/my-pump/');
  await expect(page.locator('[data-storage-notice="unavailable"]')).toContainText('not letting this site save');
  await page.locator('[data-medicine="morphine"]').check();
  await page.locator('[data-field="clinicName"]').fill('Qzclinic');
  await expect(page.locator('[data-card-headline]')).toHaveText('I have an implanted morphine pump');
  await expect(page.locator('[data-field="clinicName"]')).toHaveValue('Qzclinic');
});

test('full storage is reported, and what is typed stays on the page', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('/my-pump/');
  await page.locator('[data-medicine="baclofen"]').check();
  await expect(page.locator('[data-storage-notice="full"]')).toContainText('storage is full');
  await page.locator('[data-field="dose"]').fill('Qzdose 100 mcg');
  await expect(page.locator('[data-field="dose"]')).toHaveValue('Qzdose 100 mcg');
  await expect(page.locator('[data-card-headline]')).toHaveText('I have an implanted baclofen pump');
});

test('a corrupted saved record is reported and kept aside, never lost', async ({ page }) => {
  const garbage = '{"v":1,"medicines":["morphine"],"dose":"Qzdose", oops';
  await page.goto('/');
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, garbage]);
  await page.goto('/my-pump/');
  await expect(page.locator('[data-unreadable-notice="corrupt"]')).toContainText('could not be read');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('ppg:my-pump:kept:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([garbage]);

  // A partly readable record: the good parts are shown, the raw value is kept.
  await page.evaluate(([key]) => localStorage.setItem(key!, JSON.stringify({ v: 1, medicines: ['baclofen', 'aspirin'], dose: 'Qzdose' })), [KEY]);
  await page.reload();
  await expect(page.locator('[data-unreadable-notice="repaired"]')).toBeVisible();
  await expect(page.locator('[data-field="dose"]')).toHaveValue('Qzdose');
  await expect(page.locator('[data-medicine="baclofen"]')).toBeChecked();
});

test('the home page and the warning-signs page link to My pump', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main a[href="/my-pump/"]')).toHaveCount(1);
  await page.goto('/get-help/');
  await expect(page.getByRole('link', { name: 'Make a wallet card for your pump' })).toHaveAttribute('href', '/my-pump/');
});
