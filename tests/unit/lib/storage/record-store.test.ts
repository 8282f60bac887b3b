// @vitest-environment jsdom
/**
 * The record store (src/stores/record-store.ts) in a browser-like environment, through the two
 * stores built on it (question list, decision answers): it loads the saved value, saves every
 * change, tells other scripts (RECORD_CHANGED_EVENT), and follows other tabs and scripts on the
 * page (RECORD_WRITTEN_EVENT). Each test imports a fresh copy of the module.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS_KEY as STORAGE_KEY } from '@/lib/questions/question-record';
import { RECORD_CHANGED_EVENT, RECORD_WRITTEN_EVENT } from '@/lib/storage/stored-value';

const bank = (id: string, important = false) => ({ kind: 'bank' as const, id, important });
const save = (items: unknown[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, items }));
const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { v: number; items: unknown[] } | null;
const loadStore = async () => {
  vi.resetModules();
  return import('@/stores/question-list');
};

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('record store (question list)', () => {
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

  it('with nothing saved, keeps the very values the server rendered (a hydrated island renders once)', async () => {
    const store = await loadStore();
    const { FRESH_STATUS } = await import('@/stores/record-store');
    expect(store.$questionList.get()).toBe(store.questionStore.kind.empty);
    expect(store.$questionStorage.get()).toBe(FRESH_STATUS);
    save([bank('mri-scans')]);
    const returning = await loadStore();
    expect(returning.$questionList.get()).not.toBe(returning.questionStore.kind.empty);
  });

  it('records why an action could not be done', async () => {
    save(Array.from({ length: 30 }, (_, i) => bank(`q-${i}`)));
    const store = await loadStore();
    const result = store.addBankQuestions(['one-more']);
    expect(result).toMatchObject({ ok: false, problem: 'list-full' });
    expect(store.$questionProblem.get()).toBe('list-full');
  });

  it('sends RECORD_CHANGED_EVENT with the key and the list after every change', async () => {
    const store = await loadStore();
    const seen: unknown[] = [];
    window.addEventListener(RECORD_CHANGED_EVENT, (event) => seen.push((event as CustomEvent).detail));
    store.addBankQuestions(['mri-scans']);
    expect(seen.at(-1)).toEqual({ key: STORAGE_KEY, value: { items: [bank('mri-scans')] } });
  });

  it('follows another tab (storage event) and the content-page script (RECORD_WRITTEN_EVENT) without writing back', async () => {
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
    window.dispatchEvent(new CustomEvent(RECORD_WRITTEN_EVENT, { detail: { key: 'ppg:other:v1' } }));
    expect(store.$questionList.get().items).toEqual([]);
    window.dispatchEvent(new CustomEvent(RECORD_WRITTEN_EVENT, { detail: { key: STORAGE_KEY } }));
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
    expect(status.keptKey).toMatch(/^ppg:questions:kept:\d+$/);
    expect(localStorage.getItem(status.keptKey!)).toBe('not json at all');
    expect(status.locked).toBe(false);
  });

  it('does not save over an unreadable list it could not copy, until the person says so', async () => {
    localStorage.setItem(STORAGE_KEY, 'not json at all');
    const realSet = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.includes(':kept:')) throw new DOMException('full', 'QuotaExceededError');
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

describe('record store (decision answers)', () => {
  const DECISION_KEY = 'ppg:decision:v1';
  const loadDecision = async () => {
    vi.resetModules();
    return import('@/stores/decision');
  };

  it('saves each answer, clears one part, and follows another tab', async () => {
    const store = await loadDecision();
    store.setRating('avoid-surgery', 3);
    store.setSureAnswer('sure', 'no');
    expect(JSON.parse(localStorage.getItem(DECISION_KEY)!)).toMatchObject({
      v: 1,
      values: { 'avoid-surgery': 3 },
      sure: { sure: 'no' },
    });
    store.clearValues();
    expect(store.$decision.get()).toEqual({ values: {}, sure: { sure: 'no' } });
    const other = JSON.stringify({ v: 1, values: { 'avoid-surgery': 1 }, sure: {} });
    window.dispatchEvent(new StorageEvent('storage', { key: DECISION_KEY, newValue: other }));
    expect(store.$decision.get()).toEqual({ values: { 'avoid-surgery': 1 }, sure: {} });
  });

  it('keeps partly unreadable answers aside and shows the rest', async () => {
    const raw = JSON.stringify({ v: 1, values: { 'avoid-surgery': 3, broken: 9 }, sure: {} });
    localStorage.setItem(DECISION_KEY, raw);
    const store = await loadDecision();
    const status = store.$decisionStorage.get();
    expect(status).toMatchObject({ load: 'repaired', save: 'ok', locked: false });
    expect(localStorage.getItem(status.keptKey!)).toBe(raw);
    expect(store.$decision.get().values).toEqual({ 'avoid-surgery': 3 });
  });

  it('clear() removes the saved value and dismissUnreadable() forgets the warning', async () => {
    localStorage.setItem(DECISION_KEY, 'junk');
    const store = await loadDecision();
    expect(store.$decisionStorage.get().load).toBe('corrupt');
    store.setRating('avoid-surgery', 2);
    expect(store.decisionStore.clear()).toBe(true);
    expect(localStorage.getItem(DECISION_KEY)).toBeNull();
    store.decisionStore.dismissUnreadable();
    expect(store.$decisionStorage.get()).toEqual({ load: 'ok', save: 'ok', locked: false });
  });
});
