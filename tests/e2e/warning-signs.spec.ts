/**
 * Warning signs on the built site: one level per sign everywhere, the core emergency signs first
 * on every page that shows signs, stable ids to link to, and the help link in the first phone screen.
 */
import { load } from 'cheerio';
import { expect, test } from './fixtures';
import { builtPagePaths } from '../support/site-pages';
import { readPageHtml } from '../support/dist-files';
import { readWarningSigns } from '../support/warning-sign-files';
import { uiStrings } from '../../src/i18n';
import { langFromPath } from '../../src/lib/i18n/paths';

const LEVEL_ORDER = ['emergency', 'now', 'today'];
const signs = readWarningSigns();
const coreIds = signs
  .filter((s) => s.core)
  .sort((a, b) => a.order - b.order)
  .map((s) => s.id);

test('no sign appears at two triage levels anywhere in the build, and each page shows a sign once', () => {
  const levelsBySign = new Map<string, Set<string>>();
  let pagesWithSigns = 0;
  for (const path of builtPagePaths()) {
    const $ = load(readPageHtml(path));
    // A sign is an item with the id sign-<id> in a card; its level is the card's.
    const shown = $('[data-care-card] li[id^="sign-"]')
      .map((_, el) => ({
        id: $(el).attr('id')!.slice('sign-'.length),
        level: $(el).closest('[data-care-card]').attr('data-care-card')!,
      }))
      .get();
    if (shown.length === 0) continue;
    pagesWithSigns += 1;
    const ids = shown.map((s) => s.id);
    expect(new Set(ids).size, `${path} shows a sign twice`).toBe(ids.length);
    for (const { id, level } of shown) {
      levelsBySign.set(id, (levelsBySign.get(id) ?? new Set()).add(level));
    }
  }
  expect(pagesWithSigns).toBeGreaterThanOrEqual(9);
  const conflicts = [...levelsBySign].filter(([, levels]) => levels.size > 1).map(([id]) => id);
  expect(conflicts).toEqual([]);
});

test('every page with warning signs shows the core emergency signs first, and cards run emergency, now, today', () => {
  for (const path of builtPagePaths()) {
    const $ = load(readPageHtml(path));
    if ($('[data-warning-signs]').length === 0) continue;
    const ids = $('[data-care-card] li[id^="sign-"]')
      .map((_, el) => $(el).attr('id')!.slice('sign-'.length))
      .get();
    expect(ids.slice(0, coreIds.length), path).toEqual(coreIds);
    const cards = $('[data-care-card]')
      .map((_, el) => $(el).attr('data-care-card'))
      .get();
    expect(cards[0], path).toBe('emergency');
    expect(
      [...cards].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b)),
      path,
    ).toEqual(cards);
    // The generic edition names no clinic and dials 911 (in the page's language).
    expect($('[data-care-card="emergency"] h2, [data-care-card="emergency"] h3').first().text(), path).toBe(
      uiStrings(langFromPath(path)).site.careCards.emergency.heading('911'),
    );
    expect(uiStrings('en').site.careCards.emergency.heading('911')).toBe('Emergency: call 911 now');
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/', '/guide/risks/', '/guide/what-is-a-pain-pump/']) {
    test(`${path} shows the link to the warning signs in the first screen`, async ({ page }) => {
      await page.goto(path);
      const link = page.getByRole('link', { name: 'Something wrong with your pump? Warning signs and who to call' });
      await expect(link).toBeVisible();
      const box = await link.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      await link.click();
      await expect(page).toHaveURL(/\/get-help\/$/);
      await expect(page.getByRole('heading', { level: 2, name: 'Emergency: call 911 now' })).toBeVisible();
    });
  }

  test('a clinician can link straight to one sign, and the sign sits in the card of its level', async ({ page }) => {
    await page.goto('/get-help/#sign-baclofen-early-withdrawal');
    const sign = page.locator('#sign-baclofen-early-withdrawal');
    await expect(sign).toBeInViewport();
    await expect(sign).toContainText('With a baclofen pump:');
    const card = page.locator('#warning-signs-now');
    await expect(card.getByRole('heading', { name: 'Call your pump clinic now' })).toBeVisible();
    await expect(card).toContainText('If you cannot reach them at once, go to an emergency department.');
    await expect(card.locator('#sign-baclofen-early-withdrawal')).toHaveCount(1);
  });

  test('thoughts of self-harm show the crisis line beside the emergency number, as a phone link', async ({ page }) => {
    await page.goto('/get-help/');
    const sign = page.locator('#sign-self-harm-thoughts');
    await expect(sign.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
    await expect(page.locator('#while-you-wait')).toContainText('Lay them on their side');
  });
});
