/**
 * The backup file (src/lib/storage/backup.ts): build, parse (hostile, huge or wrong files), plan a
 * restore and apply it without silently overwriting, and the round trip.
 */
import { describe, expect, it } from 'vitest';
import {
  applyRestore,
  BACKUP_FORMAT,
  BACKUP_MAX_CHARS,
  BACKUP_MAX_KEPT_COPIES,
  backupFileName,
  backupText,
  buildBackup,
  parseBackup,
  planRestore,
  restoreChangesNothing,
  type ParsedBackup,
} from '@/lib/storage/backup';
import { QUESTIONS_KEY } from '@/lib/questions/question-record';
import { keptCopyKey, loadRecord, listKeptCopies } from '@/lib/storage/records';
import { decisionRecord } from '@/lib/decision/decision-record';
import { questionRecord } from '@/lib/questions/question-record';
import { serializeEnvelope } from '@/lib/storage/stored-value';
import { FakeStorage } from './fake-storage';

const NOW = Date.UTC(2026, 11, 3, 21, 0, 0);
const DECISION_KEY = decisionRecord.key;
const bank = (id: string, important = false) => ({ kind: 'bank' as const, id, important });
const listValue = (ids: string[]) => serializeEnvelope(1, { items: ids.map((id) => bank(id)) }, NOW - 1000);
const answers = serializeEnvelope(1, { values: { 'avoid-surgery': 3 }, sure: { sure: 'yes' } }, NOW - 500);

function ok(parsed: ParsedBackup): Extract<ParsedBackup, { ok: true }> {
  if (!parsed.ok) throw new Error(`expected a readable backup, got: ${parsed.problem}`);
  return parsed;
}

describe('building a backup', () => {
  it('holds every record as stored, every kept copy, a format id and a version', () => {
    const storage = new FakeStorage({
      [QUESTIONS_KEY]: listValue(['mri-scans']),
      [DECISION_KEY]: answers,
      [keptCopyKey('decision', 5)]: '{broken',
      'not-ours': 'x',
    });
    const backup = buildBackup(storage, NOW);
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-12-03T21:00:00.000Z',
      records: { questions: JSON.parse(listValue(['mri-scans'])), decision: JSON.parse(answers) },
      keptCopies: [{ record: 'decision', keptAt: 5, text: '{broken' }],
    });
    expect(backupFileName(NOW)).toBe('pain-pump-guide-backup-2026-12-03.json');
  });

  it('a record that is not in its format at all goes in as a kept copy, so nothing is lost', () => {
    const storage = new FakeStorage({ [QUESTIONS_KEY]: 'garbage' });
    expect(buildBackup(storage, NOW)).toMatchObject({ records: {}, keptCopies: [{ record: 'questions', keptAt: NOW, text: 'garbage' }] });
  });

  it('an empty or blocked browser gives an empty backup', () => {
    expect(buildBackup(null, NOW)).toMatchObject({ records: {}, keptCopies: [] });
  });
});

describe('reading a backup file', () => {
  it.each([
    ['not JSON', 'hello'],
    ['JSON of another kind', '{"name":"a recipe"}'],
    ['an array', '[]'],
    ['the wrong format id', JSON.stringify({ format: 'other', version: 1, records: {} })],
    ['records that are not an object', JSON.stringify({ format: BACKUP_FORMAT, version: 1, records: [] })],
    ['an older, unknown version', JSON.stringify({ format: BACKUP_FORMAT, version: 0, records: {} })],
  ])('%s is refused with a clear message', (_label, text) => {
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: false, problem: 'not-a-backup' });
  });

  it('a newer file version says so', () => {
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 2 }))).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('a huge file is refused before it is parsed', () => {
    const parsed = parseBackup(' '.repeat(BACKUP_MAX_CHARS + 1));
    expect(parsed).toEqual({ ok: false, problem: 'too-big' });
  });

  it('checks each record with its own rules: bad parts are dropped and counted, unknown or unreadable ones skipped', () => {
    const parsed = ok(
      parseBackup(
        JSON.stringify({
          format: BACKUP_FORMAT,
          version: 1,
          records: {
            questions: { v: 1, items: [bank('mri-scans'), { kind: 'custom', id: '~a', text: '<img src=x onerror=alert(1)>', important: false }, { kind: 'bank', id: 'NOT OK' }] },
            decision: { v: 7, values: {} },
            'from-the-future': { v: 1 },
          },
        }).replace('"from-the-future"', '"__proto__":{"v":1,"polluted":true},"from-the-future"'),
      ),
    );
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]).toMatchObject({
      kind: questionRecord,
      value: { items: [bank('mri-scans'), { kind: 'custom', id: '~a', text: '<img src=x onerror=alert(1)>', important: false }] },
      dropped: 1,
    });
    expect(parsed.skipped).toEqual([
      { what: 'record', id: 'decision', reason: 'newer' },
      { what: 'record', id: '__proto__', reason: 'unknown-kind' },
      { what: 'record', id: 'from-the-future', reason: 'unknown-kind' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps only well-formed kept copies, and not too many', () => {
    const good = { record: 'questions', keptAt: 1, text: 'x' };
    const copies = [good, { record: 'Bad Id', keptAt: 1, text: 'x' }, { record: 'questions', keptAt: -1, text: 'x' }, { record: 'questions', keptAt: 1, text: 5 }];
    const parsed = ok(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, keptCopies: copies })));
    expect(parsed.keptCopies).toEqual([good]);
    expect(parsed.skipped).toEqual([{ what: 'kept-copies', count: 3, reason: 'bad-copies' }]);
    const many = Array.from({ length: BACKUP_MAX_KEPT_COPIES + 2 }, (_, i) => ({ ...good, keptAt: i }));
    const capped = ok(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, keptCopies: many })));
    expect(capped.keptCopies).toHaveLength(BACKUP_MAX_KEPT_COPIES);
    expect(capped.skipped[0]).toEqual({ what: 'kept-copies', count: 2, reason: 'bad-copies' });
  });
});

describe('planning and applying a restore (the merge)', () => {
  const file = (records: Record<string, unknown>, keptCopies: unknown[] = []) =>
    ok(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, records, keptCopies })));

  it('says what would be added, replaced or already the same, and changes nothing until applied', () => {
    const storage = new FakeStorage({ [QUESTIONS_KEY]: listValue(['mri-scans']), [DECISION_KEY]: answers });
    const before = new Map(storage.data);
    const plan = planRestore(
      storage,
      file({ questions: JSON.parse(listValue(['trial-risks', 'mri-scans'])), decision: JSON.parse(answers) }, [{ record: 'questions', keptAt: 9, text: 'old' }]),
    );
    expect(plan.changes.map((c) => [c.kind.id, c.action, c.current, c.incoming])).toEqual([
      ['questions', 'replace', { questions: 1 }, { questions: 2 }],
      ['decision', 'same', undefined, { values: 1, sure: 1 }],
    ]);
    expect(plan.keptCopies).toEqual([{ record: 'questions', keptAt: 9, text: 'old' }]);
    expect(storage.data).toEqual(before);
    expect(restoreChangesNothing(plan)).toBe(false);

    expect(applyRestore(storage, plan, NOW)).toEqual([]);
    expect(loadRecord(questionRecord, storage, NOW).value).toEqual({ items: [bank('trial-risks'), bank('mri-scans')] });
    expect(storage.data.get(DECISION_KEY)).toBe(answers);
    expect(storage.data.get(keptCopyKey('questions', 9))).toBe('old');
  });

  it('leaves records that are not in the file alone, and adds missing ones', () => {
    const storage = new FakeStorage({ [DECISION_KEY]: answers });
    const plan = planRestore(storage, file({ questions: JSON.parse(listValue(['mri-scans'])) }));
    expect(plan.changes.map((c) => c.action)).toEqual(['add']);
    applyRestore(storage, plan, NOW);
    expect(storage.data.get(DECISION_KEY)).toBe(answers);
    expect(loadRecord(questionRecord, storage, NOW).value).toEqual({ items: [bank('mri-scans')] });
  });

  it('a value here that cannot be read is kept aside before it is replaced', () => {
    const storage = new FakeStorage({ [QUESTIONS_KEY]: '{broken' });
    const plan = planRestore(storage, file({ questions: JSON.parse(listValue(['mri-scans'])) }));
    expect(plan.changes[0]).toMatchObject({ action: 'replace', current: null });
    applyRestore(storage, plan, NOW);
    expect(storage.data.get(keptCopyKey('questions', NOW))).toBe('{broken');
  });

  it('does not replace an unreadable value it cannot keep aside, and reports what failed', () => {
    const storage = new FakeStorage({ [QUESTIONS_KEY]: '{broken' });
    const plan = planRestore(storage, file({ questions: JSON.parse(listValue(['mri-scans'])) }));
    storage.full.add('ppg:questions:kept:');
    expect(applyRestore(storage, plan, NOW)).toEqual(['questions']);
    expect(storage.data.get(QUESTIONS_KEY)).toBe('{broken');
  });

  it('a kept copy already here is not added twice; a file that adds nothing says so', () => {
    const storage = new FakeStorage({ [keptCopyKey('questions', 1)]: 'old', [DECISION_KEY]: answers });
    const plan = planRestore(storage, file({ decision: JSON.parse(answers) }, [{ record: 'questions', keptAt: 2, text: 'old' }]));
    expect(plan.keptCopies).toEqual([]);
    expect(restoreChangesNothing(plan)).toBe(true);
  });

  it('storage full or blocked: reports every record it could not write', () => {
    const storage = new FakeStorage();
    const plan = planRestore(storage, file({ questions: JSON.parse(listValue(['mri-scans'])), decision: JSON.parse(answers) }));
    storage.blocked = true;
    expect(applyRestore(storage, plan, NOW)).toEqual(['questions', 'decision']);
  });
});

describe('round trip', () => {
  it('download, delete everything, restore: the same records and kept copies come back', () => {
    const original = new FakeStorage({
      [QUESTIONS_KEY]: serializeEnvelope(1, { items: [bank('mri-scans', true), { kind: 'custom', id: '~x1', text: 'هل يمكنني القيادة؟ 👍🏽', important: false }] }, NOW),
      [DECISION_KEY]: answers,
      'ppg:my-pump:v1': serializeEnvelope(1, { model: 'prometra-ii', medicines: ['baclofen'], refills: [], clinicPhone: '555-0100' }, NOW),
      [keptCopyKey('decision', 3)]: 'unreadable "text" \u0000',
    });
    const text = backupText(buildBackup(original, NOW));
    const fresh = new FakeStorage();
    const plan = planRestore(fresh, ok(parseBackup(text)));
    expect(plan.changes.map((c) => c.action)).toEqual(['add', 'add', 'add']);
    expect(applyRestore(fresh, plan, NOW)).toEqual([]);
    for (const [key, value] of original.data) {
      if (key.includes(':kept:')) continue;
      expect(JSON.parse(fresh.data.get(key)!)).toEqual({ ...JSON.parse(value), at: NOW });
    }
    expect(listKeptCopies(fresh).map((c) => fresh.data.get(c.key))).toEqual(['unreadable "text" \u0000']);
    // Restoring the same file again changes nothing.
    expect(restoreChangesNothing(planRestore(fresh, ok(parseBackup(text))))).toBe(true);
  });
});
