/**
 * "Check your understanding" on every guide page: 3 to 5 questions with native radio buttons;
 * a choice shows (and announces) the right answer and why; by keyboard; nothing stored or sent.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const TOPICS = readdirSync(resolve('content/topics'))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => `/guide/${name.replace(/\.mdx$/, '')}/`);

test('every guide page has 3 to 5 questions, after the body and before the related questions', async ({ page }) => {
  test.slow();
  for (const path of TOPICS) {
    await page.goto(path);
    const section = page.getByRole('region', { name: 'Check your understanding' });
    await expect(section, path).toBeVisible();
    const count = await section.getByRole('group').count();
    expect(count, path).toBeGreaterThanOrEqual(3);
    expect(count, path).toBeLessThanOrEqual(5);
    const order = await page.evaluate(() => {
      const at = (s: string) => document.querySelector(s);
      const check = at('[data-understanding]')!;
      const after = (a: Element | null, b: Element | null) =>
        !a || !b || !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return after(at('.ppg-prose'), check) && after(check, at('[data-related-questions]'));
    });
    expect(order, path).toBe(true);
  }
});

test('a choice shows and announces the right answer and why, by keyboard, and nothing is kept', async ({ page }) => {
  const sent: string[] = [];
  await page.goto('/guide/the-trial/');
  // Loading the page's own script on first use is fine; anything that could carry an answer is not.
  page.on('request', (r) => (r.method() !== 'GET' || new URL(r.url()).search) && sent.push(`${r.method()} ${r.url()}`));
  const question = page.getByRole('group', { name: /Does a good trial promise/ });
  const feedback = question.locator('[data-understanding-feedback]');
  await expect(feedback).toHaveAttribute('aria-live', 'polite');
  await expect(feedback).toBeEmpty();

  // Keyboard: focus the first radio, then arrow keys move and choose ("Yes" is not right).
  await question.getByRole('radio', { name: 'Yes' }).focus();
  await page.keyboard.press('Space');
  await expect(feedback).toHaveText(/^Not quite\. The answer is: No\. No\. A good trial/);
  await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio', { name: 'No' })).toBeChecked();
  await expect(feedback).toHaveText(/^Yes, that is right\. No\. A good trial/);
  // The explanation is said once (in the live region), not twice on screen.
  await expect(question.locator('[data-understanding-explanation]')).toBeHidden();

  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(sent).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the explanation still shows once an answer is picked', async ({ page }) => {
    await page.goto('/guide/the-trial/');
    const question = page.getByRole('group', { name: /Does a good trial promise/ });
    const explanation = question.locator('[data-understanding-explanation]');
    await expect(explanation).toBeHidden();
    await question.getByRole('radio', { name: 'No' }).check();
    await expect(explanation).toBeVisible();
  });
});
