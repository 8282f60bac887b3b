import { uiStrings } from '@/i18n';
/**
 * The stored trial diary (src/lib/trial-diary/trial-diary-record.ts) against hostile and corrupt
 * data, and through the storage layer: drops are counted so the raw value is kept aside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRecord, saveRecord } from '@/lib/storage/records';
import { recordKindById } from '@/lib/storage/registry';
import { buildBackup, parseBackup, planRestore, applyRestore, backupText } from '@/lib/storage/backup';
import { serializeEnvelope } from '@/lib/storage/stored-value';
import { DIARY_LIMITS, EMPTY_DIARY } from '@/lib/trial-diary/diary';
import { sanitizeDiary, trialDiaryRecord } from '@/lib/trial-diary/trial-diary-record';
import { FakeStorage } from '../storage/fake-storage';
import { DIARY } from './fixtures';

const stored = (value: unknown) => ({ v: 1, at: 1, ...(value as object) });

describe('trialDiaryRecord', () => {
  it('takes over the reserved slot: same id, key, version and label, in the registry', () => {
    expect(recordKindById('trial-diary')).toBe(trialDiaryRecord);
    expect(trialDiaryRecord).toMatchObject({ id: 'trial-diary', key: 'ppg:trial-diary:v1', version: 1 });
  });

  it('keeps a good diary exactly', () => {
    expect(sanitizeDiary(stored(DIARY))).toEqual({ value: DIARY, dropped: 0 });
    const words = (lang: 'en' | 'es') => uiStrings(lang).tools.records['trial-diary'];
    expect(words('en').summary(trialDiaryRecord.describe(DIARY))).toBe('Starting point filled in, 2 goals and 5 diary entries');
    expect(words('en').summary(trialDiaryRecord.describe(EMPTY_DIARY))).toBe('No starting point yet, 0 goals and 0 diary entries');
    expect(words('es').summary(trialDiaryRecord.describe(DIARY))).toBe('Punto de partida anotado, 2 metas y 5 anotaciones');
  });

  it('is not a diary at all when it has neither a baseline nor entries', () => {
    expect(sanitizeDiary(stored({}))).toBeNull();
    expect(sanitizeDiary(stored({ items: [] }))).toBeNull();
  });

  it('drops and counts broken entries and broken parts, keeping the rest', () => {
    const good = DIARY.entries[0]!;
    const result = sanitizeDiary(
      stored({
        baseline: { peg: { pain: 11, enjoyment: 1, activity: 1 }, goals: [{ id: 'goal-9', text: 'x' }, { id: 'goal-1', text: 'Walk' }, 'junk'], medicines: 42 },
        entries: [
          good,
          good, // duplicate id
          { ...good, id: 'ez1', date: '2026-02-30' },
          { ...good, id: 'ez2', time: 'noon' },
          { ...good, id: 'ez3', peg: { pain: 1.5, enjoyment: 1, activity: 1 } },
          { ...good, id: '<script>' },
          null,
          'entry',
          { ...good, id: 'ez4', sideEffects: ['itching', 'explode', 'itching'], goals: { 'goal-1': 'done', 'goal-2': 'maybe', __proto__: 'x' }, note: 'n'.repeat(DIARY_LIMITS.noteLength + 1), otherSideEffect: 'not ticked' },
        ],
      }),
    );
    expect(result).not.toBeNull();
    const { value, dropped } = result!;
    expect(value.baseline).toEqual({ peg: null, goals: [{ id: 'goal-1', text: 'Walk' }], medicines: '' });
    expect(value.entries.map((e) => e.id)).toEqual(['ea1', 'ez4']);
    const ez4 = value.entries[1]!;
    expect(ez4.sideEffects).toEqual(['itching']);
    expect(ez4.goals).toEqual({ 'goal-1': 'done' });
    expect(ez4.note).toBe('');
    expect(ez4.otherSideEffect).toBe('');
    // baseline: peg, goal-9, 'junk', medicines = 4; entries: 7 unusable; ez4: 'explode', goal-2, note = 3 (the repeated 'itching' is merged)
    expect(dropped).toBe(14);
  });

  it('never throws and always returns a valid diary for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (baseline, entries) => {
        const result = sanitizeDiary(stored({ baseline, entries }));
        if (!result) return;
        const again = sanitizeDiary(stored(result.value));
        expect(again).toEqual({ value: result.value, dropped: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('caps the number of entries', () => {
    const entries = Array.from({ length: DIARY_LIMITS.maxEntries + 5 }, (_, i) => ({ ...DIARY.entries[0]!, id: `e${i}` }));
    const result = sanitizeDiary(stored({ baseline: DIARY.baseline, entries }))!;
    expect(result.value.entries).toHaveLength(DIARY_LIMITS.maxEntries);
    expect(result.dropped).toBe(5);
  });
});

describe('through the storage layer', () => {
  it('saves, loads and keeps a corrupt diary aside before starting again', () => {
    const storage = new FakeStorage();
    expect(saveRecord(trialDiaryRecord, storage, DIARY)).toBe(true);
    expect(loadRecord(trialDiaryRecord, storage)).toMatchObject({ status: 'ok', value: DIARY });

    const raw = serializeEnvelope(1, { baseline: DIARY.baseline, entries: [...DIARY.entries, { id: 'bad' }] }, 1);
    storage.setItem(trialDiaryRecord.key, raw);
    const loaded = loadRecord(trialDiaryRecord, storage);
    expect(loaded.status).toBe('repaired');
    expect(loaded.value.entries).toHaveLength(5);
    expect(loaded.keptKey && storage.getItem(loaded.keptKey)).toBe(raw);
  });

  it('goes into the backup file and comes back from it unchanged', () => {
    const source = new FakeStorage();
    saveRecord(trialDiaryRecord, source, DIARY);
    const text = backupText(buildBackup(source));
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = new FakeStorage();
    const plan = planRestore(target, parsed);
    expect(applyRestore(target, plan)).toEqual([]);
    expect(loadRecord(trialDiaryRecord, target)).toMatchObject({ status: 'ok', value: DIARY });
  });
});
