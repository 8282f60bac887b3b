/** The page shell patients read in: skip link, guide navigation, glossary terms, print styles. */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function firstTopicPath(page: Page): Promise<string> {
  await page.goto('/guide/');
  const href = await page.locator('main ol a').first().getAttribute('href');
  expect(href).toMatch(/^\/guide\/[a-z0-9-]+\/$/);
  return href!;
}

test('the skip link is the first thing Tab reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
});

test('a topic page shows key points before the body, review dates, sources and guide navigation', async ({ page }) => {
  const path = await firstTopicPath(page);
  await page.goto(path);
  const keyPoints = page.getByRole('region', { name: 'Key points' });
  await expect(keyPoints).toBeVisible();
  const keyPointsTop = (await keyPoints.boundingBox())!.y;
  const firstBodyHeading = page.locator('.ppg-prose h2').first();
  expect((await firstBodyHeading.boundingBox())!.y).toBeGreaterThan(keyPointsTop);

  await expect(page.getByText('Last reviewed', { exact: true })).toBeVisible();
  await expect(page.getByText('Next review due', { exact: true })).toBeVisible();
  await expect(page.locator('[data-clinical-review]')).toContainText(/Not yet reviewed by a clinician|Reviewed by/);

  const guideNav = page.getByRole('navigation', { name: 'Pages in this guide' });
  await expect(guideNav.locator('a[aria-current="page"]')).toHaveAttribute('href', path);
  await expect(page.getByRole('region', { name: 'Sources' }).locator('li').first()).toBeVisible();
});

test('every inline citation links to an entry in the page source list', async ({ page }) => {
  const path = await firstTopicPath(page);
  await page.goto(path);
  const citations = page.locator('.ppg-cite a');
  expect(await citations.count()).toBeGreaterThan(0);
  for (const href of await citations.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`[data-source-list] li${href}`)).toHaveCount(1);
  }
});

test('a glossary term opens its meaning by keyboard and closes with Escape', async ({ page }) => {
  const path = await firstTopicPath(page);
  await page.goto(path);
  const term = page.locator('button.ppg-term').first();
  await expect(term).toBeVisible();
  const popoverId = await term.getAttribute('popovertarget');
  const definition = page.locator(`[id="${popoverId}"]`);
  await expect(definition).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(term).toBeFocused();
});

test('print styles hide navigation and controls but keep review dates, care cards and source addresses', async ({
  page,
}) => {
  const path = await firstTopicPath(page);
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Pages in this guide' })).toBeHidden();
  await expect(page.locator('form[role="search"]')).toBeHidden();
  await expect(page.locator('[data-review-dates]')).toBeVisible();
  const sourceLink = page.locator('[data-source-url]').first();
  const printedAfter = await sourceLink.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(printedAfter).toContain('http');
});

test('body text is at least 18px and lines stay within 75 characters', async ({ page }) => {
  const path = await firstTopicPath(page);
  await page.goto(path);
  const paragraph = page.locator('.ppg-prose p').first();
  const { fontSize, width } = await paragraph.evaluate((el) => ({
    fontSize: parseFloat(getComputedStyle(el).fontSize),
    width: el.getBoundingClientRect().width,
  }));
  expect(fontSize).toBeGreaterThanOrEqual(18);
  // An average character is about half the font size wide.
  expect(width / (fontSize * 0.5)).toBeLessThanOrEqual(75);
});

// The tool pages add their own stylesheet (tools.css, with Tailwind's full reset for form
// controls). Links there must still look like links: underlined and in the link colour, as on
// content pages, never plain text that only a mouse pointer gives away.
for (const path of ['/questions/', '/decide/', '/my-pump/', '/trial-diary/', '/my-data/', '/es/my-pump/']) {
  test(`links in the text of ${path} are underlined and coloured like links on content pages`, async ({ page }) => {
    await page.goto('/guide/risks/');
    const contentLink = await linkStyle(page.locator('main p:not([data-get-help-link]) > a[href]').first());
    await page.goto(path);
    const link = page.locator('main p:not([data-get-help-link]) > a[href]').first();
    await expect(link).toBeVisible();
    const style = await linkStyle(link);
    expect(style.decoration).toBe('underline');
    expect(style.color).toBe(contentLink.color);
  });
}

async function linkStyle(link: Locator): Promise<{ color: string; decoration: string }> {
  return link.evaluate((a) => {
    const style = getComputedStyle(a);
    return { color: style.color, decoration: style.textDecorationLine };
  });
}
