// @vitest-environment jsdom
/**
 * The store (src/stores/question-list.ts) in a browser-like environment: it loads the saved list,
 * saves every change, tells other scripts (LIST_EVENT), and follows other tabs and the
 * content-page script. Each test imports a fresh copy of the module.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIST_EVENT, STORAGE_KEY, WRITE_EVENT } from '@/lib/storage/keys';

const bank = (id: string, important = false) => ({ kind: 'bank' as const, id, important });
const save = (items: unknown[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, items }));
const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { v: number; items: unknown[] } | null;
const loadStore = async () => {
  vi.resetModules();
  return import('@/stores/question-list');
};

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('question-list store', () => {
  it('starts from the saved list and saves each change', async () => {
    save([bank('mri-scans')]);
    const store = await loadStore();
    expect(store.$questionList.get().items).toEqual([bank('mri-scans')]);
    store.addBankQuestions(['trial-risks', 'mri-scans']);
    expect(saved()?.items).toEqual([bank('mri-scans'), bank('trial-risks')]);
    store.removeQuestion('mri-scans');
    expect(saved()?.items).toEqual([bank('trial-risks')]);
    expect(store.$questionStorage.get()).toMatchObject({ load: 'ok', save: 'ok', locked: false });
  });

  it('records why an action could not be done', async () => {
    save(Array.from({ length: 30 }, (_, i) => bank(`q-${i}`)));
    const store = await loadStore();
    const result = store.addBankQuestions(['one-more']);
    expect(result).toMatchObject({ ok: false, problem: 'list-full' });
    expect(store.$questionProblem.get()).toBe('list-full');
  });

  it('sends LIST_EVENT with the list after every change', async () => {
    const store = await loadStore();
    const seen: unknown[] = [];
    window.addEventListener(LIST_EVENT, (event) => seen.push((event as CustomEvent).detail));
    store.addBankQuestions(['mri-scans']);
    expect(seen.at(-1)).toEqual({ items: [bank('mri-scans')] });
  });

  it('follows another tab (storage event) and the content-page script (WRITE_EVENT) without writing back', async () => {
    const store = await loadStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const other = JSON.stringify({ v: 1, items: [bank('from-other-tab')] });
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: other }));
    expect(store.$questionList.get().items).toEqual([bank('from-other-tab')]);
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated', newValue: 'x' }));
    expect(store.$questionList.get().items).toEqual([bank('from-other-tab')]);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: 'garbage' }));
    expect(store.$questionList.get().items).toEqual([bank('from-other-tab')]);
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }));
    expect(store.$questionList.get().items).toEqual([]);
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();

    save([bank('written-by-script')]);
    window.dispatchEvent(new Event(WRITE_EVENT));
    expect(store.$questionList.get().items).toEqual([bank('written-by-script')]);
  });

  it('works for the visit when storage refuses to save, and says so', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const store = await loadStore();
    expect(store.$questionStorage.get().save).toBe('unavailable');
    store.addBankQuestions(['mri-scans']);
    expect(store.$questionList.get().items).toEqual([bank('mri-scans')]);
  });

  it('reports a full storage separately', async () => {
    const store = await loadStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.addBankQuestions(['mri-scans']);
    expect(store.$questionStorage.get().save).toBe('full');
  });

  it('keeps an unreadable saved list aside and says where', async () => {
    localStorage.setItem(STORAGE_KEY, 'not json at all');
    const store = await loadStore();
    const status = store.$questionStorage.get();
    expect(status.load).toBe('corrupt');
    expect(localStorage.getItem(status.backupKey!)).toBe('not json at all');
    expect(status.locked).toBe(false);
  });

  it('does not save over an unreadable list it could not copy, until the person says so', async () => {
    localStorage.setItem(STORAGE_KEY, 'not json at all');
    const realSet = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.includes('backup')) throw new DOMException('full', 'QuotaExceededError');
      realSet.call(this, key, value);
    });
    const store = await loadStore();
    expect(store.$questionStorage.get()).toMatchObject({ load: 'corrupt', locked: true });
    store.addBankQuestions(['mri-scans']);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('not json at all');
    store.unlockQuestionStorage();
    expect(saved()?.items).toEqual([bank('mri-scans')]);
  });
});
