import { uiStrings } from '@/i18n';
/** Form checks and diary operations (src/lib/trial-diary/diary.ts): clear messages, nothing typed is lost. */
import { describe, expect, it } from 'vitest';
import {
  checkBaseline,
  checkEntry,
  dateProblem,
  deleteEntry,
  DIARY_LIMITS,
  EMPTY_DIARY,
  emptyEntryDraft,
  entryDraftFrom,
  isEmptyDiary,
  newEntryId,
  pegProblem,
  saveEntry,
  setBaseline,
  type EntryDraft,
} from '@/lib/trial-diary/diary';
import { DIARY, entry } from './fixtures';

const TODAY = '2026-12-03';

function draft(change: Partial<EntryDraft> = {}): EntryDraft {
  return { ...emptyEntryDraft(TODAY), time: 'morning', peg: { pain: '6', enjoyment: '5', activity: '4' }, ...change };
}

const p = uiStrings('en').tools.trialDiary.problems;

describe('single values', () => {
  it('accepts whole numbers 0 to 10 and explains everything else', () => {
    for (const ok of ['0', '10', ' 7 ', '05']) expect(pegProblem(ok, p)).toBeNull();
    expect(pegProblem('', p)).toBe('Enter a number from 0 to 10.');
    expect(pegProblem('11', p)).toBe('11 is more than 10. Enter a number from 0 to 10.');
    expect(pegProblem('-1', p)).toContain('“-1” is not a whole number');
    expect(pegProblem('4.5', p)).toContain('not a whole number');
    expect(pegProblem('seven', p)).toContain('“seven” is not a whole number');
  });

  it('accepts real dates up to today', () => {
    expect(dateProblem('2026-12-03', TODAY, p)).toBeNull();
    expect(dateProblem('2026-02-28', TODAY, p)).toBeNull();
    expect(dateProblem('', TODAY, p)).toBe('Enter the date of this entry.');
    expect(dateProblem('2026-02-30', TODAY, p)).toContain('not a real date');
    expect(dateProblem('3/12/2026', TODAY, p)).toContain('not a real date');
    expect(dateProblem('2026-12-04', TODAY, p)).toContain('in the future');
    expect(dateProblem('1926-12-04', TODAY, p)).toContain('too far in the past');
  });
});

describe('checkBaseline', () => {
  it('needs the three PEG answers; goals and medicines are optional and cleaned', () => {
    const result = checkBaseline({ peg: { pain: '7', enjoyment: '8', activity: '6' }, goals: ['  Walk to  the mailbox ', '', 'Sleep'], medicines: ' Oxycodone ' }, p);
    expect(result).toEqual({
      ok: true,
      value: {
        peg: { pain: 7, enjoyment: 8, activity: 6 },
        goals: [
          { id: 'goal-1', text: 'Walk to the mailbox' },
          { id: 'goal-3', text: 'Sleep' },
        ],
        medicines: 'Oxycodone',
      },
    });
  });

  it('names every field with a problem', () => {
    const result = checkBaseline({ peg: { pain: '', enjoyment: '12', activity: 'x' }, goals: ['a'.repeat(DIARY_LIMITS.goalLength + 1), '', ''], medicines: '' }, p);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual(['goal-1', 'peg-activity', 'peg-enjoyment', 'peg-pain']);
    expect(result.problems['goal-1']).toBe(`This is ${DIARY_LIMITS.goalLength + 1} characters long. Please keep it to ${DIARY_LIMITS.goalLength}.`);
  });
});

describe('checkEntry', () => {
  it('builds a clean entry from a good form', () => {
    const result = checkEntry(
      draft({ goals: { 'goal-1': 'done', 'goal-2': 'bogus' }, sideEffects: ['itching', 'nausea'], extraMedicine: ' 5 mg ', note: 'Walked\n\n\n\nfar' }),
      'e1',
      TODAY, p
    );
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'e1',
        date: TODAY,
        time: 'morning',
        peg: { pain: 6, enjoyment: 5, activity: 4 },
        goals: { 'goal-1': 'done' },
        sideEffects: ['nausea', 'itching'],
        otherSideEffect: '',
        extraMedicine: '5 mg',
        note: 'Walked\n\nfar',
      },
    });
  });

  it('asks for the time of day, the PEG answers and what the other side effect was', () => {
    const result = checkEntry(draft({ time: '', peg: { pain: '', enjoyment: '3', activity: '99' }, sideEffects: ['other'] }), 'e1', TODAY, p);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      time: 'Choose the time of day: morning, afternoon, evening or night.',
      'peg-pain': 'Enter a number from 0 to 10.',
      'peg-activity': '99 is more than 10. Enter a number from 0 to 10.',
      otherSideEffect: 'Say what the other side effect was, or untick “Something else”.',
    });
  });

  it('drops the other text when “Something else” is not ticked, and rejects a future date', () => {
    const ok = checkEntry(draft({ otherSideEffect: 'left over' }), 'e1', TODAY, p);
    expect(ok.ok && ok.value.otherSideEffect).toBe('');
    const future = checkEntry(draft({ date: '2026-12-04' }), 'e1', TODAY, p);
    expect(!future.ok && future.problems.date).toContain('future');
  });

  it('round-trips a saved entry through the form unchanged', () => {
    const saved = DIARY.entries[3]!;
    expect(checkEntry(entryDraftFrom(saved), saved.id, TODAY, p)).toEqual({ ok: true, value: saved });
  });
});

describe('diary operations', () => {
  it('adds entries in date and time-of-day order, replaces by id, deletes by id', () => {
    let diary = setBaseline(EMPTY_DIARY, DIARY.baseline);
    diary = saveEntry(diary, entry('e2', '2026-12-01', 'evening', 4, 4, 4))!;
    diary = saveEntry(diary, entry('e1', '2026-12-01', 'morning', 6, 6, 6))!;
    diary = saveEntry(diary, entry('e3', '2026-11-30', 'night', 7, 7, 7))!;
    expect(diary.entries.map((e) => e.id)).toEqual(['e3', 'e1', 'e2']);
    diary = saveEntry(diary, entry('e1', '2026-12-02', 'morning', 1, 1, 1))!;
    expect(diary.entries.map((e) => e.id)).toEqual(['e3', 'e2', 'e1']);
    expect(diary.entries[2]!.peg.pain).toBe(1);
    diary = deleteEntry(diary, 'e2');
    expect(diary.entries.map((e) => e.id)).toEqual(['e3', 'e1']);
    expect(isEmptyDiary(diary)).toBe(false);
    expect(isEmptyDiary(EMPTY_DIARY)).toBe(true);
  });

  it('refuses a new entry when the diary is full but still lets an old one be changed', () => {
    const entries = Array.from({ length: DIARY_LIMITS.maxEntries }, (_, i) => entry(`e${i}`, '2026-12-01', 'morning', 1, 1, 1));
    const full = { ...EMPTY_DIARY, entries };
    expect(saveEntry(full, entry('enew', '2026-12-01', 'night', 1, 1, 1))).toBeNull();
    expect(saveEntry(full, entry('e5', '2026-12-01', 'night', 2, 2, 2))).not.toBeNull();
  });

  it('makes entry ids that are new and valid', () => {
    let calls = 0;
    const repeat = () => (calls++ < 3 ? 0.5 : 0.25);
    const first = newEntryId(EMPTY_DIARY, () => 0.5);
    const diary = { ...EMPTY_DIARY, entries: [entry(first, '2026-12-01', 'morning', 1, 1, 1)] };
    const second = newEntryId(diary, repeat);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^e[a-z0-9]+$/);
  });
});
