import { uiStrings } from '@/i18n';
import { LANGS } from '@/lib/i18n/lang';
/**
 * The storage layer (src/lib/storage/records.ts, stored-value.ts, registry.ts) for every record kind:
 * save and load, storage blocked or full, unreadable values kept aside and never silently lost,
 * kept copies listed and deleted, and "delete all".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionRecord, parseDecision, serializeDecision, type DecisionState } from '@/lib/decision/decision-record';
import { QUESTION_LIMITS, type QuestionListState } from '@/lib/questions/list-core';
import { questionRecord } from '@/lib/questions/question-record';
import type { AnyRecordKind } from '@/lib/storage/record-kind';
import {
  clearRecord,
  deleteAllSiteData,
  deleteKeptCopy,
  isQuotaError,
  keepCopy,
  keptCopyKey,
  listKeptCopies,
  loadRecord,
  parseRecord,
  probeStorage,
  readKeptCopy,
  saveRecord,
  siteKeys,
  type LoadStatus,
} from '@/lib/storage/records';
import { RECORD_KINDS, recordKindById, recordKindByKey } from '@/lib/storage/registry';
import { browserStorage, parseEnvelope, serializeEnvelope } from '@/lib/storage/stored-value';
import { FakeStorage } from './fake-storage';

const NOW = 1_700_000_000_000;
const bank = (id: string, important = false) => ({ kind: 'bank' as const, id, important });
const list: QuestionListState = { items: [bank('what-are-my-options', true), { kind: 'custom', id: '~a1', text: 'Can I drive?', important: false }] };
const answers: DecisionState = { values: { 'avoid-surgery': 3 }, sure: { sure: 'no' } };

/** A filled-in value for each record kind in use, plus a stored value with one bad part. */
const CASES: { kind: AnyRecordKind; value: object; partlyBad: object; good: object }[] = [
  {
    kind: questionRecord,
    value: list,
    partlyBad: { v: 1, items: [bank('good-one'), { kind: 'bank', id: 'BAD ID' }] },
    good: { items: [bank('good-one')] },
  },
  {
    kind: decisionRecord,
    value: answers,
    partlyBad: { v: 1, values: { 'avoid-surgery': 3, broken: 9 }, sure: { sure: 'no' } },
    good: answers,
  },
];

describe.each(CASES)('record "$kind.id"', ({ kind, value, partlyBad, good }) => {
  const kept = keptCopyKey(kind.id, NOW);

  it('reads back exactly what it saved, with the time it was saved', () => {
    const storage = new FakeStorage();
    expect(saveRecord(kind, storage, value, NOW)).toBe(true);
    expect(JSON.parse(storage.data.get(kind.key)!)).toEqual({ ...value, v: kind.version, at: NOW });
    expect(loadRecord(kind, storage, NOW + 1)).toEqual({ status: 'ok', value, changedAt: NOW });
  });

  it('an empty browser gives the empty value; clearRecord removes the saved value', () => {
    const storage = new FakeStorage();
    expect(loadRecord(kind, storage, NOW)).toEqual({ status: 'ok', value: kind.empty });
    saveRecord(kind, storage, value, NOW);
    expect(clearRecord(kind, storage)).toBe(true);
    expect(storage.data.has(kind.key)).toBe(false);
    expect(clearRecord(kind, null)).toBe(false);
  });

  it('storage blocked (null or throwing) is "unavailable", never a crash', () => {
    expect(loadRecord(kind, null, NOW)).toEqual({ status: 'unavailable', value: kind.empty });
    const storage = new FakeStorage({ [kind.key]: serializeEnvelope(kind.version, value, NOW) });
    storage.failGet = true;
    expect(loadRecord(kind, storage, NOW)).toEqual({ status: 'unavailable', value: kind.empty });
    expect(saveRecord(kind, null, value)).toBe(false);
  });

  it.each([
    ['not JSON', '{{{not json'],
    ['JSON but not an object', '"hello"'],
    ['an array', '[1,2]'],
    ['no version', JSON.stringify({ items: [], values: {} })],
    ['a newer version', JSON.stringify({ v: 99 })],
  ])('%s: kept aside under a kept-copy key, then cleared', (_label, raw) => {
    const storage = new FakeStorage({ [kind.key]: raw });
    expect(loadRecord(kind, storage, NOW)).toEqual({ status: 'corrupt', value: kind.empty, keptKey: kept });
    expect(storage.data.get(kept)).toBe(raw);
    expect(storage.data.has(kind.key)).toBe(false);
    expect(readKeptCopy(storage, kept)).toBe(raw);
  });

  it('when no copy can be made, the unreadable value stays where it is', () => {
    const storage = new FakeStorage({ [kind.key]: '{{{' });
    storage.full.add(`ppg:${kind.id}:kept:`);
    expect(loadRecord(kind, storage, NOW)).toEqual({ status: 'corrupt', value: kind.empty });
    expect(storage.data.get(kind.key)).toBe('{{{');
  });

  it('a partly readable value keeps the good parts, keeps the raw value aside and saves the clean one', () => {
    const raw = JSON.stringify(partlyBad);
    const storage = new FakeStorage({ [kind.key]: raw });
    expect(loadRecord(kind, storage, NOW)).toEqual({ status: 'repaired', value: good, keptKey: kept });
    expect(storage.data.get(kept)).toBe(raw);
    expect(parseRecord(kind, storage.data.get(kind.key)!)).toEqual({ value: good, dropped: 0, changedAt: NOW });
  });

  it('a partly readable value whose copy cannot be made is left untouched', () => {
    const raw = JSON.stringify(partlyBad);
    const storage = new FakeStorage({ [kind.key]: raw });
    storage.full.add('ppg:');
    expect(loadRecord(kind, storage, NOW)).toEqual({ status: 'repaired', value: good });
    expect(storage.data.get(kind.key)).toBe(raw);
  });
});

describe('storage faults', () => {
  it('tells a full storage from a blocked one', () => {
    const full = new FakeStorage();
    full.full.add('');
    expect(saveRecord(questionRecord, full, list)).toBe(false);
    expect(probeStorage(full)).toBe('full');
    const blocked = new FakeStorage();
    blocked.blocked = true;
    expect(probeStorage(blocked)).toBe('unavailable');
    expect(probeStorage(null)).toBe('unavailable');
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

  it('browserStorage returns null when even reading localStorage throws', () => {
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

describe('kept copies', () => {
  it('a second copy at the same moment gets its own key', () => {
    const storage = new FakeStorage();
    expect(keepCopy(storage, 'questions', 'one', NOW)).toBe(keptCopyKey('questions', NOW));
    expect(keepCopy(storage, 'questions', 'two', NOW)).toBe(keptCopyKey('questions', NOW + 1));
    expect(storage.data.get(keptCopyKey('questions', NOW))).toBe('one');
  });

  it('are listed oldest first, including copies made before this layer ("backup" keys), and by record', () => {
    const storage = new FakeStorage({
      'ppg:decision:kept:30': 'c',
      'ppg:questions:v1': '{}',
      'ppg:questions:backup:4': 'a',
      'ppg:questions:kept:20': 'b',
      'other-site': 'x',
    });
    expect(listKeptCopies(storage).map((copy) => copy.key)).toEqual(['ppg:questions:backup:4', 'ppg:questions:kept:20', 'ppg:decision:kept:30']);
    expect(listKeptCopies(storage, 'decision')).toEqual([{ key: 'ppg:decision:kept:30', recordId: 'decision', keptAt: 30 }]);
    expect(listKeptCopies(null)).toEqual([]);
  });

  it('only kept-copy keys can be read or deleted through the kept-copy functions', () => {
    const storage = new FakeStorage({ 'ppg:questions:kept:1': 'x', 'ppg:questions:v1': 'y' });
    expect(readKeptCopy(storage, 'ppg:questions:v1')).toBeNull();
    expect(deleteKeptCopy(storage, 'ppg:questions:v1')).toBe(false);
    expect(deleteKeptCopy(storage, 'ppg:questions:kept:1')).toBe(true);
    expect([...storage.data.keys()]).toEqual(['ppg:questions:v1']);
    expect(deleteKeptCopy(null, 'ppg:questions:kept:1')).toBe(false);
  });

  it('listing never throws, even when storage does', () => {
    const broken = {
      ...new FakeStorage(),
      get length(): number {
        throw new Error('no');
      },
    } as unknown as FakeStorage;
    expect(siteKeys(broken)).toEqual([]);
  });
});

describe('delete all', () => {
  it('removes every ppg: key (records, kept copies, unknown leftovers) and nothing else', () => {
    const storage = new FakeStorage({
      'ppg:questions:v1': '{}',
      'ppg:decision:kept:1': 'x',
      'ppg:something-from-a-newer-site': 'y',
      'not-ours': 'z',
    });
    expect(deleteAllSiteData(storage)).toEqual([]);
    expect([...storage.data.keys()]).toEqual(['not-ours']);
  });

  it('reports the keys it could not remove', () => {
    const storage = new FakeStorage({ 'ppg:questions:v1': '{}' });
    storage.blocked = true;
    expect(deleteAllSiteData(storage)).toEqual(['ppg:questions:v1']);
  });
});

describe('the registry', () => {
  it('every record has a unique kebab id, a unique ppg: key naming its version, and plain words', () => {
    const ids = RECORD_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(RECORD_KINDS.map((kind) => kind.key)).size).toBe(ids.length);
    for (const kind of RECORD_KINDS) {
      expect(kind.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(kind.key).toBe(`ppg:${kind.id}:v${kind.version}`);
      for (const lang of LANGS) {
        const words = (uiStrings(lang).tools.records as Record<string, { label: string; description: string } | undefined>)[kind.id];
        expect(words?.label.length, `${lang} label of ${kind.id}`).toBeGreaterThan(3);
        expect(words?.description, `${lang} description of ${kind.id}`).toMatch(/\.$/);
      }
      expect(recordKindById(kind.id)).toBe(kind);
      expect(recordKindByKey(kind.key)).toBe(kind);
    }
    expect(ids).toEqual(expect.arrayContaining(['questions', 'decision', 'my-pump', 'trial-diary']));
  });

  it.each(RECORD_KINDS.map((kind) => [kind.id, kind]))('"%s": its empty value survives a save and a load', (_id, kind) => {
    const storage = new FakeStorage();
    saveRecord(kind, storage, kind.empty, NOW);
    expect(loadRecord(kind, storage, NOW)).toEqual({ status: 'ok', value: kind.empty, changedAt: NOW });
    expect(Object.values(kind.describe(kind.empty)).every((n) => n === 0)).toBe(true);
  });
});

describe('the envelope and the decision summary link', () => {
  it('parseEnvelope accepts only an object with the right version', () => {
    expect(parseEnvelope('{"v":1,"a":2}', 1)).toEqual({ v: 1, a: 2 });
    for (const raw of ['{"v":2}', 'null', '[]', '"v"', '', '{']) expect(parseEnvelope(raw, 1)).toBeNull();
  });

  it('decision answers round-trip through a summary link, and junk is refused', () => {
    expect(parseDecision(serializeDecision(answers))).toMatchObject({ value: answers, dropped: 0 });
    for (const raw of ['null', '[]', '{"v":2,"values":{}}', '"text"', '']) expect(parseDecision(raw)).toBeNull();
  });

  it('describes what is kept in plain words, in each language', () => {
    const { records } = uiStrings('en').tools;
    expect(records.questions.summary(questionRecord.describe(list))).toBe('2 questions');
    expect(records.questions.summary(questionRecord.describe({ items: [bank('a')] }))).toBe('1 question');
    expect(records.decision.summary(decisionRecord.describe(answers))).toBe('1 rating of what matters to you and 1 SURE answer');
    const es = uiStrings('es').tools.records;
    expect(es.questions.summary(questionRecord.describe(list))).toBe('2 preguntas');
    expect(es.decision.summary(decisionRecord.describe(answers))).toBe('1 valoración de lo que le importa y 1 respuesta SURE');
  });
});

describe('property: loading never throws, never keeps a bad part, and never silently discards', () => {
  const STATUSES: LoadStatus[] = ['ok', 'repaired', 'corrupt', 'unavailable'];
  const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
  const item = fc.oneof(
    fc.record(
      {
        kind: fc.constantFrom('bank', 'custom', 'other'),
        id: fc.oneof(fc.string(), fc.stringMatching(/^~?[a-z0-9-]{1,12}$/)),
        text: fc.string({ unit: 'grapheme', maxLength: 320 }),
        important: fc.anything(),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );
  const rawValue = fc.oneof(
    fc.string({ unit: anyCodePoint, maxLength: 300 }),
    fc.json(),
    fc
      .record({
        v: fc.oneof(fc.constant(1), fc.anything()),
        items: fc.oneof(fc.array(item, { maxLength: 40 }), fc.anything()),
        values: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.integer({ min: -1, max: 5 }), fc.anything())), fc.anything()),
        sure: fc.oneof(fc.dictionary(fc.constantFrom('sure', 'understand', 'risks', 'support', 'x'), fc.constantFrom('yes', 'no', 'maybe')), fc.anything()),
      })
      .map((v) => JSON.stringify(v)),
  );

  it.each([questionRecord, decisionRecord].map((kind) => [kind.id, kind as AnyRecordKind]))('"%s" on 2,000 random saved values', (_id, kind) => {
    fc.assert(
      fc.property(rawValue, fc.boolean(), (raw, copyFails) => {
        const storage = new FakeStorage({ [kind.key]: raw });
        if (copyFails) storage.full.add(`ppg:${kind.id}:kept:`);
        const result = loadRecord(kind, storage, NOW);
        if (!STATUSES.includes(result.status)) return false;
        const again = kind.sanitize({ ...result.value, v: kind.version });
        if (!again || again.dropped !== 0 || JSON.stringify(again.value) !== JSON.stringify(result.value)) return false;
        if (kind === questionRecord && (result.value as QuestionListState).items.length > QUESTION_LIMITS.maxItems) return false;
        if (result.status === 'corrupt' || result.status === 'repaired') {
          const keptRaw = result.keptKey ? storage.data.get(result.keptKey) : storage.data.get(kind.key);
          if (keptRaw !== raw) return false;
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });
});
