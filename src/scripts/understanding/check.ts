/**
 * "Check your understanding" (UnderstandingCheck.astro): after a choice, says whether it was right,
 * names the right answer and explains why, in the question's polite live region so screen readers
 * announce it. Nothing is scored, stored or sent. No framework; loaded on first use (page-tools.ts)
 * to keep content pages in their 3 KB JavaScript budget. Until it runs, CSS shows the explanation.
 */
import { feedbackFor } from '@/lib/content/understanding-feedback';

const root = document.querySelector<HTMLElement>('[data-understanding]');
// The feedback words in the page's language (UnderstandingCheck renders them).
const templates = { right: root?.dataset.right ?? '', wrong: root?.dataset.wrong ?? '' };
// From here on the live region carries the explanation; the CSS fallback copy steps aside.
root?.setAttribute('data-ready', '');
function answer(input: HTMLInputElement): void {
  const question = input.closest('[data-understanding-question]');
  const feedback = question?.querySelector('[data-understanding-feedback]');
  if (!question || !feedback) return;
  const correct = question.querySelector('[data-correct]')?.parentElement?.textContent?.trim() ?? '';
  const why = question.querySelector('[data-understanding-explanation]')?.textContent?.trim() ?? '';
  feedback.textContent = feedbackFor(input.hasAttribute('data-correct'), correct, why, templates);
}

root?.addEventListener('change', (event) => answer(event.target as HTMLInputElement));
// This script loads on first use, so a choice may already have been made before it arrived.
for (const input of root?.querySelectorAll<HTMLInputElement>('input:checked') ?? []) answer(input);
