/** What the "What this site keeps on this device" page lists (src/lib/storage/site-data.ts). */
import { describe, expect, it } from 'vitest';
import { QUESTIONS_KEY } from '@/lib/questions/question-record';
import { describeSiteData, keepsNothing } from '@/lib/storage/site-data';
import { serializeEnvelope } from '@/lib/storage/stored-value';
import { FakeStorage } from './fake-storage';

describe('describeSiteData', () => {
  it('lists records present with how much they hold and when they changed, kept copies, and unknown ppg: keys', () => {
    const storage = new FakeStorage({
      [QUESTIONS_KEY]: serializeEnvelope(1, { items: [{ kind: 'bank', id: 'mri-scans', important: false }, 'junk'] }, 42),
      'ppg:decision:v1': 'garbage',
      'ppg:decision:kept:7': 'abc',
      'ppg:old-thing': '1',
      'not-ours': '1',
    });
    const data = describeSiteData(storage);
    expect(data.records.map((r) => [r.kind.id, r.summary, r.dropped, r.changedAt])).toEqual([
      ['questions', { questions: 1 }, 1, 42],
      ['decision', null, 0, undefined],
    ]);
    expect(data.keptCopies).toEqual([{ key: 'ppg:decision:kept:7', recordId: 'decision', keptAt: 7, size: 3 }]);
    expect(data.otherKeys).toEqual(['ppg:old-thing']);
    expect(keepsNothing(data)).toBe(false);
  });

  it('an empty or blocked browser keeps nothing', () => {
    expect(keepsNothing(describeSiteData(new FakeStorage({ 'not-ours': '1' })))).toBe(true);
    expect(keepsNothing(describeSiteData(null))).toBe(true);
  });
});
