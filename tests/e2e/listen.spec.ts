/**
 * "Listen to this page": reads the page with a voice on this device only. Chromium's speech is
 * replaced by a stub holding one local and one online voice, which records what would be spoken.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Spoken {
  text: string;
  voice: string;
}

/** A stub speechSynthesis with the given voices; spoken sentences end at once and are recorded. */
async function stubSpeech(
  page: Page,
  voices: { name: string; lang: string; localService: boolean; default: boolean }[],
): Promise<void> {
  await page.addInitScript((list) => {
    const spoken: { text: string; voice: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    class Utterance {
      text: string;
      voice: { name: string } | null = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    let cancelled = 0;
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => list,
        addEventListener: () => {},
        cancel: () => {
          cancelled += 1;
        },
        speak(utterance: Utterance) {
          const at = cancelled;
          spoken.push({ text: utterance.text, voice: utterance.voice?.name ?? '(browser default)' });
          // Stop after a few sentences so the test can press Stop while it is still reading.
          if (spoken.length < 5) setTimeout(() => at === cancelled && utterance.onend?.(), 10);
        },
      },
    });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);

test('reads the page sentence by sentence with the local voice only, and stops and starts again', async ({ page }) => {
  await stubSpeech(page, [
    { name: 'Online voice', lang: 'en-US', localService: false, default: true },
    { name: 'Device voice', lang: 'en-US', localService: true, default: false },
  ]);
  await page.goto('/guide/the-trial/');
  // Something typed in the page (the search box) is never read.
  await page.locator('#site-search-input').fill('my private words');
  await expect(page.locator('[data-site-search][data-search-ready]')).toHaveCount(1);
  await page.locator('#site-search-input').press('Escape');
  await expect(page.locator('[data-search-popup]')).toBeHidden();
  const listen = page.getByRole('button', { name: 'Listen' });
  await listen.click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(5);
  const said = await spoken(page);
  expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Device voice']));
  expect(said[0]!.text).toBe((await page.locator('h1').textContent())!.trim());
  for (const { text } of said) {
    expect(text).not.toContain('my private words');
    expect(text).not.toMatch(/\[\d+\]/); // no citation numbers
  }
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop).toHaveAttribute('aria-pressed', 'true');
  await stop.click();
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveAttribute('aria-pressed', 'false');
  // Listen again starts over from the first sentence.
  const before = (await spoken(page)).length;
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(before);
  expect((await spoken(page))[before]!.text).toBe(said[0]!.text);
});

test('with only an online voice, Listen goes away with a short note and nothing is read', async ({ page }) => {
  await stubSpeech(page, [{ name: 'Online voice', lang: 'en-US', localService: false, default: true }]);
  await page.goto('/guide/the-trial/');
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect(page.locator('[data-listen-note]')).toContainText('no built-in voice');
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  expect(await spoken(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no Listen button that could not work', async ({ page }) => {
    await page.goto('/guide/the-trial/');
    await expect(page.getByRole('button', { name: 'Listen' })).toBeHidden();
  });
});
