/**
 * Sharing in the browser: copy a link to a section by keyboard, share a page (Web Share API, or
 * copy where the device has none), print button, behaviour without JavaScript or clipboard, and
 * the not-found page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Same tags as accessibility.spec.ts (not imported: importing a spec file re-runs its tests). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TOPIC = '/guide/risks/';
const SITE_PAGE = '/for-clinicians/';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The live region of the share tools (other features have their own status regions). */
function shareStatus(page: Page) {
  return page.locator('[role="status"][data-share-status]');
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The first section heading in the page body, its id, text and copy-link control. */
async function firstSection(page: Page) {
  const heading = page.locator('.ppg-prose [data-section-heading] > h2').first();
  const id = (await heading.getAttribute('id'))!;
  const text = (await heading.textContent())!.trim();
  const control = page.getByRole('link', { name: `Copy link to section: ${text}`, exact: true });
  return { heading, id, text, control };
}

test.describe('copy a link to a section', () => {
  test('by keyboard: copies the address with #anchor and announces it', async ({ page, baseURL }) => {
    await page.goto(TOPIC);
    const { id, text, control } = await firstSection(page);
    await expect(control).toBeVisible();
    await expect(control).toHaveAttribute('href', `#${id}`);

    // Reachable with Tab: step back one stop and forward again.
    await control.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(control).not.toBeFocused();
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(shareStatus(page)).toHaveText('Link to this section copied.');
    expect(await clipboard(page)).toBe(`${baseURL}${TOPIC}#${id}`);
    await expect(control).toBeFocused();
    expect(new URL(page.url()).hash, 'copying does not jump the page').toBe('');
    await expect(control).toHaveAttribute('data-copied', '');

    // The heading keeps its own name: the control is not inside it.
    await expect(page.getByRole('heading', { name: text, exact: true, level: 2 })).toHaveAttribute('id', id);

    // axe in the "copied" state, on the parts that changed (the full page is swept elsewhere).
    const results = await new AxeBuilder({ page })
      .include('[data-section-heading]:has([data-copied])')
      .include('[data-share-status]')
      .withTags(WCAG_TAGS)
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('every body heading on a page has a control that links to its own id', async ({ page }) => {
    for (const path of [TOPIC, SITE_PAGE]) {
      await page.goto(path);
      const sections = page.locator('.ppg-prose [data-section-heading]');
      const count = await sections.count();
      expect(count, `${path} has section headings`).toBeGreaterThan(2);
      for (let i = 0; i < count; i++) {
        const section = sections.nth(i);
        const heading = section.locator('> h2, > h3');
        const id = await heading.getAttribute('id');
        const text = (await heading.textContent())!.trim();
        expect(id, `heading "${text}" has an id`).toBeTruthy();
        expect(text).not.toContain('Copy link');
        const control = section.locator('[data-section-link]');
        await expect(control).toHaveAttribute('href', `#${id}`);
        await expect(control).toHaveAttribute('aria-label', `Copy link to section: ${text}`);
        const box = (await control.boundingBox())!;
        expect(Math.min(box.width, box.height), 'target at least 44 px').toBeGreaterThanOrEqual(44);
      }
    }
  });

  test('when copying fails, says so and puts the section link in the address bar', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    });
    await page.goto(TOPIC);
    const { id, control } = await firstSection(page);
    await control.focus();
    await page.keyboard.press('Enter');
    await expect(shareStatus(page)).toHaveText('Could not copy the link. Copy it from the address bar.');
    expect(page.url()).toBe(`${baseURL}${TOPIC}#${id}`);
    await expect(control).not.toHaveAttribute('data-copied', '');
  });
});

test.describe('share this page', () => {
  test('falls back to copying the page address when the device has no share sheet', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      // Chromium on Linux has no Web Share; make sure of it on every platform.
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto(`${SITE_PAGE}#ready-made-question-lists`);
    const button = page.getByRole('button', { name: 'Copy link to this page' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(shareStatus(page)).toHaveText('Link to this page copied.');
    expect(await clipboard(page), 'the page address, without the #anchor').toBe(`${baseURL}${SITE_PAGE}`);
  });

  test('opens the Web Share sheet with the title and address where the device has one', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto(TOPIC);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    await page.getByRole('button', { name: 'Share this page' }).click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    expect(calls).toEqual([{ title: await page.title(), url: `${baseURL}${TOPIC}` }]);
    expect(await clipboard(page), 'nothing copied when the share sheet opened').toBe('untouched');
  });

  test('closing the share sheet is not an error; a failing share sheet falls back to copying', async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      let call = 0;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: () => {
          call += 1;
          const name = call === 1 ? 'AbortError' : 'NotAllowedError';
          return Promise.reject(new DOMException('share failed', name));
        },
      });
    });
    await page.goto(TOPIC);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    const button = page.getByRole('button', { name: 'Share this page' });
    await button.click();
    await expect(shareStatus(page)).toBeEmpty();
    expect(await clipboard(page)).toBe('untouched');
    await button.click();
    await expect(shareStatus(page)).toHaveText('Link to this page copied.');
    expect(await clipboard(page)).toBe(`${baseURL}${TOPIC}`);
  });
});

test('the print button on topic and site pages opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  for (const path of [TOPIC, SITE_PAGE]) {
    await page.goto(path);
    const button = page.getByRole('button', { name: 'Print this page' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a section control is a plain link to its #anchor, and no dead buttons show', async ({ page, baseURL }) => {
    await page.goto(TOPIC);
    const { id, control } = await firstSection(page);
    await control.click();
    expect(page.url()).toBe(`${baseURL}${TOPIC}#${id}`);
    await expect(page.locator('[data-share-page]')).toBeHidden();
    await expect(page.locator('[data-print-page]')).toBeHidden();
  });
});

test.describe('page not found', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('an unknown address gets status 404, a clear message, search and every topic', async ({ page }) => {
    const response = await page.goto('/guide/no-such-topic/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('We could not find a page at this address.')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

    // The header search and the page's own search box.
    await expect(page.locator('header form[role="search"]')).toBeVisible();
    const search = page.getByRole('search', { name: 'Search the guide' });
    await expect(search.getByRole('searchbox', { name: 'What are you looking for?' })).toBeVisible();
    await expect(search).toHaveAttribute('action', '/search/');

    // Every topic of the guide, in the same order as the guide's contents page.
    const topics = await page
      .locator('[data-not-found-topics] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await page.goto('/guide/');
    const guide = await page.locator('main ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(topics).toEqual(guide);
  });

  test('links home, to the word list and to the question list', async ({ page }) => {
    await page.goto('/no-such-page/');
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: 'Home page' })).toHaveAttribute('href', '/');
    await expect(main.getByRole('link', { name: 'Word list (glossary)' })).toHaveAttribute('href', '/glossary/');
    await expect(main.getByRole('link', { name: 'Questions to ask your care team' })).toHaveAttribute(
      'href',
      '/questions/',
    );
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test('a clinician copies a ready-made question list link, and the copy is announced', async ({ page }) => {
  await page.goto('/for-clinicians/');
  const copyButton = page.getByRole('button', { name: 'Copy link', exact: true }).first();
  await expect(copyButton).toBeVisible();
  const fieldId = (await copyButton.getAttribute('data-copy-link'))!;
  const link = await page.locator(`[id="${fieldId}"]`).inputValue();
  expect(link).toMatch(/\/questions\/#q=/);
  await copyButton.focus();
  await page.keyboard.press('Enter');
  await expect(shareStatus(page)).toHaveText('Link copied.');
  expect(await clipboard(page)).toBe(link);
});
