/**
 * The Spanish site in the browser (issue 16): the header's language link keeps the reader on the
 * same page and section, it is reachable and usable by keyboard, and Spanish pages pass axe at
 * phone width.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the language link keeps the reader on the same page and section, both ways', async ({ page }) => {
  await page.goto('/guide/risks/');
  const section = await page.locator('.ppg-prose h2[id]').nth(1).getAttribute('id');
  expect(section).toBeTruthy();
  await page.goto(`/guide/risks/#${section}`);

  const toSpanish = page.locator('header').getByRole('link', { name: 'Español' });
  await expect(toSpanish).toHaveAttribute('lang', 'es');
  await expect(toSpanish).toHaveAttribute('hreflang', 'es');
  await toSpanish.click();
  await expect(page).toHaveURL(new RegExp(`/es/guide/risks/#${section}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect(page.getByRole('link', { name: 'Saltar al contenido principal' })).toBeAttached();

  const toEnglish = page.locator('header').getByRole('link', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  await toEnglish.click();
  await expect(page).toHaveURL(new RegExp(`/guide/risks/#${section}$`));
  expect(new URL(page.url()).pathname).toBe('/guide/risks/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});

test('the language link is the next Tab stop after "My questions" and works with Enter', async ({ page }) => {
  await page.goto('/es/get-help/');
  // Start just before it (Tab through the search box would start loading the search).
  await page.locator('header [data-question-count-link]').focus();
  await page.keyboard.press('Tab');
  const toEnglish = page.locator('header [data-language-link]');
  await expect(toEnglish).toBeFocused();
  await expect(toEnglish).toHaveAccessibleName('English');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/get-help\/$/);
  expect(new URL(page.url()).pathname).toBe('/get-help/');
  await expect(page.locator('header [data-language-link]')).toHaveAccessibleName('Español');
});

test.describe('Spanish pages at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/es/', '/es/guide/risks/', '/es/get-help/']) {
    test(`${path} has no axe violations at 390 px`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
      // Nothing runs off the side of a phone screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    });
  }
});
