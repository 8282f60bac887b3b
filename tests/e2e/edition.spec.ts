/**
 * The generic edition (content/site.yaml) as built for the tests: it names no reviewer, keeps the
 * honest "not yet reviewed" wording, shows no example banner, says funding is not yet published,
 * and, built without SITE_URL, ships no invented address. Checked on the built files; the UK
 * example edition is built and checked in tests/build/edition.test.ts. The clinic kit is checked
 * in Chromium: its addresses open the right pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { expect, test } from './fixtures';
import { configuredSite, distDir, readBuiltPages } from '../support/built-site';
import { uiStrings } from '@/i18n';
import { langFromPath } from '@/lib/i18n/paths';

const pages = readBuiltPages();

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

test('the generic edition names no reviewer and says review is pending on every reviewed page', () => {
  let statuses = 0;
  for (const [path, html] of pages) {
    const $ = cheerio.load(html);
    expect($('[data-reviewed-by]'), path).toHaveLength(0);
    expect($('[data-example-edition]'), path).toHaveLength(0);
    const jsonLd = $('script[type="application/ld+json"]').text();
    if (jsonLd) {
      const data = JSON.parse(jsonLd) as Record<string, unknown>;
      expect(data, path).not.toHaveProperty('reviewedBy');
      expect(data, path).not.toHaveProperty('lastReviewed');
    }
    const status = $('[data-clinical-review]');
    if (status.length > 0) {
      statuses += 1;
      // In the page's own language (Spanish pages say it in Spanish).
      expect(status.text(), path).toContain(
        uiStrings(langFromPath(path)).site.reviewDates.notReviewed.replace(/\.$/, ''),
      );
    }
  }
  expect(statuses).toBeGreaterThanOrEqual(15);
});

test('the about page says funding and conflicts are not yet published, and no clinician has checked the pages', () => {
  const $ = cheerio.load(pages.get('/about-and-methods/')!);
  expect($('[data-edition-funding]').text()).toMatch(/not published\s+here yet[\s\S]*Nor is it published yet/);
  expect($('[data-edition-review-status]').text()).toContain(
    'No doctor, nurse or other clinician has checked these pages yet',
  );
});

test('the build contains no invented address anywhere', async () => {
  const site = await configuredSite();
  for (const file of filesIn(distDir).filter((f) => /\.(html|xml|txt|json|js|css)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toContain('pain-pump-guide.example');
    // Without SITE_URL no host of the site's own is known, so none of the .example kind may appear.
    if (!site) expect(text, file).not.toMatch(/https?:\/\/[^\s"'<>]*\.example\b/);
  }
});

test('the clinic kit works without SITE_URL: no QR codes, and each address opens its page', async ({ page }) => {
  await page.goto('/for-clinicians/kit/');
  const site = await configuredSite();
  await expect(page.locator('[data-kit-no-address]')).toHaveCount(site ? 0 : 1);
  const links = page.locator('[data-kit-address]');
  expect(await links.count()).toBeGreaterThanOrEqual(7);
  await page.locator('[data-kit-entry="get-help"] a').click();
  await expect(page).toHaveURL(/\/get-help\/$/);
  await page.goBack();
  await page.locator('[data-kit-address]').filter({ hasText: '/questions/#q=' }).first().click();
  await expect(page.locator('[data-question-page]')).toBeVisible();
});

test('copy links on the clinicians page and the printed-from line use the page’s own address', async ({
  page,
  baseURL,
}) => {
  await page.goto('/for-clinicians/');
  const field = page.locator('[data-preset-link]').first();
  await expect(field).toHaveValue(new RegExp(`^${baseURL}/questions/#q=`));
  const email = await page.locator('[data-preset-email]').first().getAttribute('href');
  expect(decodeURIComponent(email!)).toContain(`${baseURL}/questions/#q=`);
  await expect(page.locator('[data-printed-from]')).toContainText(`${baseURL}/for-clinicians/`);
});
