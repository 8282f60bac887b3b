// @vitest-environment jsdom
/**
 * The small script on every content page (src/scripts/questions/content-page.ts): header count,
 * add/remove buttons on topic pages, and careful writes to the saved list.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS_KEY as STORAGE_KEY } from '@/lib/questions/question-record';
import { RECORD_CHANGED_EVENT, RECORD_WRITTEN_EVENT } from '@/lib/storage/stored-value';
import { uiStrings } from '@/i18n';

// The words the page renders for the script (QuestionCount, RelatedQuestions), in English.
const site = uiStrings('en').site;
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const bank = (id: string, important = false) => ({ kind: 'bank', id, important });
const save = (items: unknown[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, items }));
const saved = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { v: number; at: number; items: unknown[] } | null;

async function page(): Promise<void> {
  document.body.innerHTML = `
    <a href="/questions/">My questions <span data-question-count data-one="${site.header.questionCountOne}" data-other="${site.header.questionCountOther}"></span></a>
    <section data-related-questions ${Object.entries(site.relatedQuestions.script)
      .map(([key, text]) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${attribute(text)}"`)
      .join(' ')}>
      <ul>
        <li data-question-id="mri-scans"><p id="t1" data-question-text>Can I have MRI scans?</p><div data-question-toggle-slot></div></li>
        <li data-question-id="trial-risks"><p id="t2" data-question-text>What are the trial risks?</p><div data-question-toggle-slot></div></li>
      </ul>
      <p role="status" data-question-status></p>
    </section>`;
  vi.resetModules();
  await import('@/scripts/questions/content-page');
}
const count = () => document.querySelector('[data-question-count]')!.textContent;
const button = (id: string) => document.querySelector<HTMLButtonElement>(`[data-question-toggle="${id}"]`)!;
const status = () => document.querySelector('[data-question-status]')!.textContent;

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('content-page question script', () => {
  it('shows the saved count (with words for screen readers) and the right button labels', async () => {
    save([bank('mri-scans'), { kind: 'custom', id: '~a', text: 'Mine', important: false }]);
    await page();
    expect(count()).toBe('2 questions in your list');
    expect(button('mri-scans').textContent).toBe('Remove from my list');
    expect(button('trial-risks').textContent).toBe('Add to my list');
    expect(button('trial-risks').getAttribute('aria-describedby')).toBe('t2');
  });

  it('shows no count for an empty list', async () => {
    await page();
    expect(count()).toBe('');
  });

  it('adds and removes, saving in the store format and telling the page', async () => {
    await page();
    const written = vi.fn();
    window.addEventListener(RECORD_WRITTEN_EVENT, (event) => written((event as CustomEvent).detail));
    button('trial-risks').click();
    expect(saved()).toEqual({ v: 1, at: expect.any(Number), items: [bank('trial-risks')] });
    expect(count()).toBe('1 question in your list');
    expect(status()).toBe('Added to your list. You have 1 question.');
    expect(written).toHaveBeenCalledTimes(1);
    expect(written).toHaveBeenCalledWith(undefined);
    button('trial-risks').click();
    expect(saved()).toEqual({ v: 1, at: expect.any(Number), items: [] });
    expect(status()).toBe('Removed from your list. You have 0 questions.');
  });

  it('writes back entries it does not understand, untouched', async () => {
    const odd = { kind: 'custom', id: '~a', text: 'Mine', important: true, extra: 1 };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, items: [odd, 'junk'], note: 'kept' }));
    await page();
    button('mri-scans').click();
    expect(saved()?.items).toEqual([odd, 'junk', bank('mri-scans')]);
  });

  it('refuses to add to a full list', async () => {
    save(Array.from({ length: 30 }, (_, i) => bank(`q-${i}`)));
    await page();
    button('mri-scans').click();
    expect(saved()?.items).toHaveLength(30);
    expect(status()).toContain('Your list is full (30 questions)');
  });

  it('never writes over a saved value it cannot read, and points to My questions', async () => {
    localStorage.setItem(STORAGE_KEY, '{broken');
    await page();
    expect(count()).toBe('');
    button('mri-scans').click();
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{broken');
    expect(localStorage.length).toBe(1);
    expect(status()).toBe('We could not read your saved list, so we did not change it. See My questions.');
  });

  it('says when the browser will not save, and still shows the change', async () => {
    await page();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    button('mri-scans').click();
    expect(button('mri-scans').textContent).toBe('Remove from my list');
    expect(status()).toContain('Your browser is not saving your list');
  });

  it('follows other tabs and islands on the page', async () => {
    await page();
    save([bank('mri-scans')]);
    window.dispatchEvent(
      new StorageEvent('storage', { key: STORAGE_KEY, newValue: localStorage.getItem(STORAGE_KEY) }),
    );
    expect(count()).toBe('1 question in your list');
    window.dispatchEvent(
      new CustomEvent(RECORD_CHANGED_EVENT, {
        detail: { key: STORAGE_KEY, value: { items: [bank('a'), bank('b'), bank('c')] } },
      }),
    );
    expect(count()).toBe('3 questions in your list');
    window.dispatchEvent(
      new CustomEvent(RECORD_CHANGED_EVENT, { detail: { key: 'ppg:decision:v1', value: { values: {}, sure: {} } } }),
    );
    expect(count()).toBe('3 questions in your list');
  });
});
