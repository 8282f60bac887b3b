import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sanitizeValueAnswers, summarizePriorities, withRating, type ValueAnswers } from '@/lib/decision/values';
import { validGrid, validValues } from './fixtures';

const statements = validValues().statements;

describe('summarizePriorities', () => {
  it('shows nothing as a priority before any answer', () => {
    expect(summarizePriorities(statements, {})).toMatchObject({ answered: 0, total: 6, top: [], alsoImportant: [], lessImportant: [] });
  });

  it('puts the statements with the highest rating first, in the listed order', () => {
    const summary = summarizePriorities(statements, { 'most-relief': 3, 'avoid-surgery': 3, 'fewer-pills': 2, 'keep-open': 0 });
    expect(summary.top.map((s) => s.id)).toEqual(['avoid-surgery', 'most-relief']);
    expect(summary.alsoImportant.map((s) => s.id)).toEqual(['fewer-pills']);
    expect(summary.lessImportant.map((s) => s.id)).toEqual(['keep-open']);
    expect(summary.top[0]!.rating).toBe(3);
  });

  it('uses "quite important" as the top when nothing is "very important"', () => {
    const summary = summarizePriorities(statements, { 'fewer-pills': 2, 'keep-open': 1 });
    expect(summary.top.map((s) => s.id)).toEqual(['fewer-pills']);
  });

  it('has no top priority when nothing is at least "quite important"', () => {
    const summary = summarizePriorities(statements, { 'fewer-pills': 1, 'keep-open': 0 });
    expect(summary.top).toEqual([]);
    expect(summary.lessImportant).toHaveLength(2);
  });

  it('points at the grid rows of the top statements, without repeats', () => {
    const summary = summarizePriorities(statements, { 'avoid-surgery': 3, 'most-relief': 3, 'fewer-pills': 3 });
    expect(summary.rowsToLookAt).toEqual(['involves', 'pain-relief']);
  });

  it('ignores answers for statements that no longer exist', () => {
    expect(summarizePriorities(statements, { 'old-statement': 3 }).answered).toBe(0);
  });

  it('never names, scores or suggests an option, whatever the answers', () => {
    const optionWords = [...validGrid().options.flatMap((o) => [o.id, o.label.toLowerCase()]), 'pump', 'choose', 'best option', 'recommend'];
    const rating = fc.constantFrom(0, 1, 2, 3);
    fc.assert(
      fc.property(fc.record(Object.fromEntries(statements.map((s) => [s.id, rating])), { requiredKeys: [] }), (answers) => {
        const summary = summarizePriorities(statements, answers as ValueAnswers);
        const text = JSON.stringify(summary).toLowerCase();
        return optionWords.every((word) => !text.includes(word)) && Object.keys(summary).every((key) => !/option|score|best/i.test(key));
      }),
    );
  });
});

describe('sanitizeValueAnswers', () => {
  it.each<[unknown, ValueAnswers, number]>([
    [{ 'avoid-surgery': 3, 'fewer-pills': 0 }, { 'avoid-surgery': 3, 'fewer-pills': 0 }, 0],
    [{ 'avoid-surgery': 4 }, {}, 1],
    [{ 'avoid-surgery': '3' }, {}, 1],
    [{ 'Bad Id': 2 }, {}, 1],
    [{ '__proto__': 2, ok: 1 }, { ok: 1 }, 0],
    [[1, 2], {}, 1],
    ['text', {}, 1],
    [null, {}, 0],
    [undefined, {}, 0],
  ])('cleans %j', (raw, answers, dropped) => {
    const result = sanitizeValueAnswers(raw);
    expect(result.answers).toEqual(answers);
    expect(result.dropped).toBe(dropped);
  });

  it('does not change the answers it is given when a rating is set', () => {
    const before = { 'avoid-surgery': 1 } as ValueAnswers;
    const after = withRating(before, 'avoid-surgery', 3);
    expect(before).toEqual({ 'avoid-surgery': 1 });
    expect(after).toEqual({ 'avoid-surgery': 3 });
  });
});
