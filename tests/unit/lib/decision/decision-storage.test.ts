import { describe, expect, it } from 'vitest';
import {
  clearDecision,
  DECISION_BACKUP_PREFIX,
  DECISION_STORAGE_KEY,
  loadDecision,
  parseDecision,
  saveDecision,
  serializeDecision,
  type StorageLike,
} from '@/lib/decision/decision-storage';

/** An in-memory storage; `failWrites` makes setItem throw like a full or blocked browser store. */
function fakeStorage(initial: Record<string, string> = {}, options: { failWrites?: boolean; failReads?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StorageLike = {
    getItem: (key) => {
      if (options.failReads) throw new Error('SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (options.failWrites) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data };
}

const state = { values: { 'avoid-surgery': 3 as const }, sure: { sure: 'no' as const } };

describe('decision storage', () => {
  it('round-trips the answers', () => {
    const { storage } = fakeStorage();
    expect(saveDecision(storage, state)).toBe(true);
    expect(loadDecision(storage)).toEqual({ status: 'ok', state });
  });

  it('starts empty when nothing is saved', () => {
    expect(loadDecision(fakeStorage().storage)).toEqual({ status: 'ok', state: { values: {}, sure: {} } });
  });

  it('says "unavailable" when the browser blocks storage, and never throws', () => {
    expect(loadDecision(null).status).toBe('unavailable');
    expect(loadDecision(fakeStorage({}, { failReads: true }).storage).status).toBe('unavailable');
    expect(saveDecision(fakeStorage({}, { failWrites: true }).storage, state)).toBe(false);
    expect(saveDecision(null, state)).toBe(false);
  });

  it('keeps a copy of unreadable data before clearing it', () => {
    const { storage, data } = fakeStorage({ [DECISION_STORAGE_KEY]: '{not json' });
    const result = loadDecision(storage, 1234);
    expect(result.status).toBe('corrupt');
    expect(result.backupKey).toBe(`${DECISION_BACKUP_PREFIX}1234`);
    expect(data.get(`${DECISION_BACKUP_PREFIX}1234`)).toBe('{not json');
    expect(JSON.parse(data.get(DECISION_STORAGE_KEY)!)).toEqual({ v: 1, values: {}, sure: {} });
  });

  it('keeps the readable answers, backs up the rest and tells the caller', () => {
    const raw = JSON.stringify({ v: 1, values: { 'avoid-surgery': 3, broken: 9 }, sure: { sure: 'no', understand: 'perhaps' } });
    const { storage, data } = fakeStorage({ [DECISION_STORAGE_KEY]: raw });
    const result = loadDecision(storage, 5);
    expect(result).toEqual({ status: 'repaired', state, backupKey: `${DECISION_BACKUP_PREFIX}5` });
    expect(data.get(`${DECISION_BACKUP_PREFIX}5`)).toBe(raw);
    expect(parseDecision(data.get(DECISION_STORAGE_KEY)!)).toEqual({ state, dropped: 0 });
  });

  it('never writes over unreadable data it could not back up', () => {
    const raw = '{"v":1,"values":"oops"}';
    const { storage, data } = fakeStorage({ [DECISION_STORAGE_KEY]: raw }, { failWrites: true });
    const result = loadDecision(storage);
    expect(result.status).toBe('repaired');
    expect(result.backupKey).toBeUndefined();
    expect(data.get(DECISION_STORAGE_KEY)).toBe(raw);
  });

  it.each(['null', '[]', '{"v":2,"values":{}}', '"text"', ''])('treats %j as unreadable', (raw) => {
    expect(parseDecision(raw)).toBeNull();
  });

  it('clears the saved answers', () => {
    const { storage, data } = fakeStorage({ [DECISION_STORAGE_KEY]: serializeDecision(state) });
    expect(clearDecision(storage)).toBe(true);
    expect(data.has(DECISION_STORAGE_KEY)).toBe(false);
    expect(clearDecision(null)).toBe(false);
  });
});
