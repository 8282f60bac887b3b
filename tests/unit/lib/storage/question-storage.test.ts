import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_LIST, QUESTION_LIMITS, sanitizeList, type QuestionListState } from '@/lib/questions/question-list';
import {
  BACKUP_PREFIX,
  browserStorage,
  isQuotaError,
  LEGACY_KEY,
  loadList,
  parseStored,
  probeStorage,
  saveList,
  serialize,
  STORAGE_KEY,
  type LoadStatus,
  type StorageLike,
} from '@/lib/storage/question-storage';
import { deleteBackup, listBackupKeys, readKeptValue } from '@/lib/storage/kept-value';

const NOW = 1_700_000_000_000;
const BACKUP = `${BACKUP_PREFIX}${NOW}`;

/** In-memory storage with switchable faults, like a browser that is blocked, full or flaky. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failGet = false;
  /** Keys for which setItem throws a quota error ('*' for all). */
  full = new Set<string>();
  /** setItem throws a security error (storage blocked) for every key. */
  blocked = false;

  constructor(entries: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(entries)) this.data.set(key, value);
  }
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.full.has('*') || this.full.has(key) || [...this.full].some((k) => k.endsWith('*') && key.startsWith(k.slice(0, -1)))) {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const bank = (id: string, important = false) => ({ kind: 'bank' as const, id, important });
const stored = (state: QuestionListState) => serialize(state);
const twoItems: QuestionListState = { items: [bank('what-are-my-options', true), { kind: 'custom', id: '~a1', text: 'Can I drive?', important: false }] };

describe('saving and loading', () => {
  it('reads back exactly what it saved', () => {
    const storage = new FakeStorage();
    expect(saveList(storage, twoItems)).toBe(true);
    expect(storage.data.get(STORAGE_KEY)).toBe(JSON.stringify({ v: 1, items: twoItems.items }));
    expect(loadList(storage, NOW)).toEqual({ status: 'ok', state: twoItems });
  });

  it('an empty browser gives an empty list', () => {
    expect(loadList(new FakeStorage(), NOW)).toEqual({ status: 'ok', state: EMPTY_LIST });
  });

  it('keeps text in any language exactly', () => {
    const storage = new FakeStorage();
    const state: QuestionListState = { items: [{ kind: 'custom', id: '~a', text: 'هل يمكنني القيادة؟ 我可以开车吗？ 👍🏽', important: false }] };
    saveList(storage, state);
    expect(loadList(storage, NOW).state).toEqual(state);
  });
});

describe('storage faults', () => {
  it('no storage at all (blocked by the browser) is "unavailable"', () => {
    expect(loadList(null, NOW)).toEqual({ status: 'unavailable', state: EMPTY_LIST });
    expect(saveList(null, twoItems)).toBe(false);
    expect(probeStorage(null)).toBe('unavailable');
  });

  it('storage that throws on read is "unavailable", not a crash', () => {
    const storage = new FakeStorage({ [STORAGE_KEY]: stored(twoItems) });
    storage.failGet = true;
    expect(loadList(storage, NOW)).toEqual({ status: 'unavailable', state: EMPTY_LIST });
  });

  it('a full storage refuses the save and says so through probeStorage', () => {
    const storage = new FakeStorage();
    storage.full.add('*');
    expect(saveList(storage, twoItems)).toBe(false);
    expect(probeStorage(storage)).toBe('full');
  });

  it('a blocked storage (private mode) is told apart from a full one', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    expect(saveList(storage, twoItems)).toBe(false);
    expect(probeStorage(storage)).toBe('unavailable');
    expect(probeStorage(new FakeStorage())).toBe('ok');
  });

  it.each([
    ['QuotaExceededError', true],
    ['NS_ERROR_DOM_QUOTA_REACHED', true],
    ['SecurityError', false],
  ])('isQuotaError(%s) is %s', (name, expected) => {
    expect(isQuotaError(new DOMException('x', name))).toBe(expected);
    expect(isQuotaError(null)).toBe(false);
  });

  it('browserStorage returns null when reading localStorage throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(browserStorage()).toBeNull();
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe('garbage is kept aside, never silently discarded', () => {
  it.each([
    ['not JSON', '{{{not json'],
    ['JSON but not a list', '"hello"'],
    ['a list without a version', JSON.stringify({ items: [] })],
    ['a newer version', JSON.stringify({ v: 2, items: [bank('a')] })],
    ['items that is not an array', JSON.stringify({ v: 1, items: {} })],
  ])('%s: copied to a backup key, then cleared', (_label, raw) => {
    const storage = new FakeStorage({ [STORAGE_KEY]: raw });
    const result = loadList(storage, NOW);
    expect(result).toEqual({ status: 'corrupt', state: EMPTY_LIST, backupKey: BACKUP });
    expect(storage.data.get(BACKUP)).toBe(raw);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    expect(readKeptValue(storage, result.backupKey)).toBe(raw);
  });

  it('when no copy can be made, the value stays where it is and no backup key is given', () => {
    const raw = '{{{not json';
    const storage = new FakeStorage({ [STORAGE_KEY]: raw });
    storage.full.add(`${BACKUP_PREFIX}*`);
    const result = loadList(storage, NOW);
    expect(result).toEqual({ status: 'corrupt', state: EMPTY_LIST });
    expect(storage.data.get(STORAGE_KEY)).toBe(raw);
    expect(readKeptValue(storage, undefined)).toBe(raw);
  });

  it('a partly readable list keeps the good items, backs up the raw value and saves the clean list', () => {
    const raw = JSON.stringify({ v: 1, items: [bank('good-one'), { kind: 'bank', id: 'BAD ID' }, 42] });
    const storage = new FakeStorage({ [STORAGE_KEY]: raw });
    const result = loadList(storage, NOW);
    expect(result).toEqual({ status: 'repaired', state: { items: [bank('good-one')] }, backupKey: BACKUP });
    expect(storage.data.get(BACKUP)).toBe(raw);
    expect(parseStored(storage.data.get(STORAGE_KEY)!)).toEqual({ state: { items: [bank('good-one')] }, dropped: 0 });
  });

  it('a partly readable list whose copy cannot be made is left untouched', () => {
    const raw = JSON.stringify({ v: 1, items: [bank('good-one'), 42] });
    const storage = new FakeStorage({ [STORAGE_KEY]: raw });
    storage.full.add(`${BACKUP_PREFIX}*`);
    expect(loadList(storage, NOW)).toEqual({ status: 'repaired', state: { items: [bank('good-one')] } });
    expect(storage.data.get(STORAGE_KEY)).toBe(raw);
  });

  it('deleteBackup removes only backup keys', () => {
    const storage = new FakeStorage({ [BACKUP]: 'x', [STORAGE_KEY]: 'y' });
    expect(deleteBackup(storage, STORAGE_KEY)).toBe(false);
    expect(deleteBackup(storage, BACKUP)).toBe(true);
    expect([...storage.data.keys()]).toEqual([STORAGE_KEY]);
    expect(deleteBackup(null, BACKUP)).toBe(false);
  });
});

describe('the older v0 format is migrated', () => {
  it('an array of bank ids becomes a v1 list, and the old key goes once the new one is written', () => {
    const storage = new FakeStorage({ [LEGACY_KEY]: JSON.stringify(['what-are-my-options', 'mri-scans']) });
    const result = loadList(storage, NOW);
    expect(result).toEqual({ status: 'migrated', state: { items: [bank('what-are-my-options'), bank('mri-scans')] } });
    expect(storage.data.has(LEGACY_KEY)).toBe(false);
    expect(loadList(storage, NOW)).toEqual({ status: 'ok', state: result.state });
  });

  it('a v0 list with bad entries is repaired and its raw value backed up', () => {
    const raw = JSON.stringify(['what-are-my-options', 7, 'Not An Id']);
    const storage = new FakeStorage({ [LEGACY_KEY]: raw });
    const result = loadList(storage, NOW);
    expect(result).toEqual({ status: 'repaired', state: { items: [bank('what-are-my-options')] }, backupKey: BACKUP });
    expect(storage.data.get(BACKUP)).toBe(raw);
    expect(storage.data.has(LEGACY_KEY)).toBe(false);
  });

  it('an unreadable v0 value is backed up and reported', () => {
    const storage = new FakeStorage({ [LEGACY_KEY]: 'garbage' });
    expect(loadList(storage, NOW)).toEqual({ status: 'corrupt', state: EMPTY_LIST, backupKey: BACKUP });
    expect(storage.data.get(BACKUP)).toBe('garbage');
  });

  it('if the new format cannot be written, the old key is kept', () => {
    const storage = new FakeStorage({ [LEGACY_KEY]: JSON.stringify(['mri-scans']) });
    storage.full.add(STORAGE_KEY);
    expect(loadList(storage, NOW).status).toBe('migrated');
    expect(storage.data.has(LEGACY_KEY)).toBe(true);
  });

  it('the current format wins over a leftover v0 value', () => {
    const storage = new FakeStorage({ [STORAGE_KEY]: stored(twoItems), [LEGACY_KEY]: JSON.stringify(['mri-scans']) });
    expect(loadList(storage, NOW)).toEqual({ status: 'ok', state: twoItems });
  });
});

describe('property: the loader never throws and always gives a valid list or a clear status', () => {
  const STATUSES: LoadStatus[] = ['ok', 'migrated', 'repaired', 'corrupt', 'unavailable'];
  const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
  const item = fc.oneof(
    fc.record({ kind: fc.constantFrom('bank', 'custom', 'other'), id: fc.oneof(fc.string(), fc.stringMatching(/^~?[a-z0-9-]{1,12}$/)), text: fc.string({ unit: 'grapheme', maxLength: 320 }), important: fc.anything() }, { requiredKeys: [] }),
    fc.anything(),
  );
  const rawValue = fc.oneof(
    fc.string({ unit: anyCodePoint, maxLength: 300 }),
    fc.json(),
    fc.record({ v: fc.oneof(fc.constant(1), fc.anything()), items: fc.oneof(fc.array(item, { maxLength: 40 }), fc.anything()) }).map((v) => JSON.stringify(v)),
    fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.anything()), { maxLength: 40 }).map((v) => JSON.stringify(v)),
  );

  it('on 10,000 random saved values, in the current and the old key', () => {
    fc.assert(
      fc.property(rawValue, fc.boolean(), fc.boolean(), (raw, legacy, backupFails) => {
        const storage = new FakeStorage({ [legacy ? LEGACY_KEY : STORAGE_KEY]: raw });
        if (backupFails) storage.full.add(`${BACKUP_PREFIX}*`);
        const result = loadList(storage, NOW);
        if (!STATUSES.includes(result.status)) return false;
        const again = sanitizeList(result.state);
        if (!again || again.dropped !== 0 || JSON.stringify(again.state) !== JSON.stringify(result.state)) return false;
        if (result.state.items.length > QUESTION_LIMITS.maxItems) return false;
        // Never silently discarded: anything not read cleanly is in a backup, or still in place.
        if (result.status === 'corrupt' || result.status === 'repaired') {
          const kept = result.backupKey ? storage.data.get(result.backupKey) : storage.data.get(legacy ? LEGACY_KEY : STORAGE_KEY);
          if (kept !== raw) return false;
        }
        return true;
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('listBackupKeys', () => {
  it('lists only backup keys, oldest first, and never throws', () => {
    const entries = [`${BACKUP_PREFIX}20`, STORAGE_KEY, `${BACKUP_PREFIX}3`, 'other'];
    const storage = { length: entries.length, key: (i: number) => entries[i] ?? null };
    expect(listBackupKeys(storage)).toEqual([`${BACKUP_PREFIX}3`, `${BACKUP_PREFIX}20`]);
    expect(listBackupKeys(null)).toEqual([]);
    const broken = {
      get length(): number {
        throw new Error('no');
      },
      key: () => null,
    };
    expect(listBackupKeys(broken)).toEqual([]);
  });
});
