/**
 * Printing as the browser does it. When the person chooses Print (the Print button, Ctrl+P, the
 * phone's share menu) the browser sends "beforeprint" and then lays the page out for paper.
 * `emulateMedia` alone skips the event, and the question builder builds its print sheet on it
 * (src/islands/QuestionBuilder.tsx). `page.pdf()` sends the event itself.
 */
import type { Page } from '@playwright/test';

export async function startPrinting(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}
