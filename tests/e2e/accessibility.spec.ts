/**
 * Accessibility sweep: every built page, in the light and the dark colour scheme, has zero axe-core
 * violations against WCAG 2.0, 2.1 and 2.2 level A and AA.
 */
import { expect, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { builtPagePaths } from '../support/site-pages';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = builtPagePaths();

test('the sweep finds the site pages', () => {
  expect(pages).toContain('/');
  expect(pages.length).toBeGreaterThanOrEqual(10);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
