import { describe, expect, it } from 'vitest';
import {
  allSureQuestionIds,
  sanitizeSureAnswers,
  sureItemsProblem,
  sureStatus,
  type SureAnswers,
} from '@/lib/decision/sure';
import { realSureItems } from '../../../support/sure-content';

const items = realSureItems('en');

describe('the SURE items (content/decision/sure.yaml)', () => {
  it('are the four SURE questions, in S-U-R-E order, each with a yes/no question', () => {
    expect(sureItemsProblem(items)).toBeNull();
    expect(items.map((i) => i.letter).join('')).toBe('SURE');
    expect(items.map((i) => i.question)).toEqual([
      'Do you feel sure about the best choice for you?',
      'Do you know the benefits and risks of each option?',
      'Are you clear about which benefits and risks matter most to you?',
      'Do you have enough support and advice to make a choice?',
    ]);
  });

  it('have the same ids, letters and questions in Spanish, in Spanish words', () => {
    const es = realSureItems('es');
    expect(es.map(({ id, letter, questionIds }) => ({ id, letter, questionIds }))).toEqual(
      items.map(({ id, letter, questionIds }) => ({ id, letter, questionIds })),
    );
    expect(es[0]!.question).toBe('¿Se siente seguro de cuál es la mejor opción para usted?');
    expect(es[0]!.firstPerson).toBe('¿Me siento seguro de cuál es la mejor opción para mí?');
  });

  it('offer at least two questions for every "no"', () => {
    for (const item of items) expect(item.questionIds.length, item.id).toBeGreaterThanOrEqual(2);
  });

  it('never tell the person what to choose', () => {
    const text = items
      .map((i) => `${i.ifNo} ${i.question}`)
      .join(' ')
      .toLowerCase();
    for (const word of ['you should', 'we recommend', 'best option is', 'choose the']) expect(text).not.toContain(word);
  });
});

describe('sureItemsProblem', () => {
  it.each<[string, (typeof items)[number][], string]>([
    ['a missing item', items.slice(0, 3), 'Found: sure (S), understand (U), risk-benefit (R).'],
    ['two items swapped', [items[1]!, items[0]!, items[2]!, items[3]!], 'Found: understand (U), sure (S),'],
    ['a wrong letter', items.map((i, n) => (n === 2 ? { ...i, letter: 'E' as const } : i)), 'risk-benefit (E)'],
    ['no items', [], 'Found: none.'],
  ])('names %s', (_name, broken, found) => {
    const problem = sureItemsProblem(broken);
    expect(problem).toContain(
      'needs the four SURE items in this order: sure (S), understand (U), risk-benefit (R), encouragement (E).',
    );
    expect(problem).toContain(found);
  });
});

describe('allSureQuestionIds', () => {
  it('lists every offered question once, in item order', () => {
    const [first, second] = items;
    const repeated = [first!, { ...second!, questionIds: [first!.questionIds[0]!, ...second!.questionIds] }];
    expect(allSureQuestionIds(repeated)).toEqual([...first!.questionIds, ...second!.questionIds]);
  });
});

describe('sureStatus', () => {
  it('counts answers and lists the "no" items in order, without a score', () => {
    const status = sureStatus(items, { encouragement: 'no', sure: 'no', understand: 'yes' });
    expect(status).toMatchObject({ answered: 3, allYes: false, complete: false });
    expect(status.noItems.map((i) => i.id)).toEqual(['sure', 'encouragement']);
    expect(Object.keys(status)).not.toContain('score');
  });

  it('knows when all four are yes', () => {
    expect(
      sureStatus(items, { sure: 'yes', understand: 'yes', 'risk-benefit': 'yes', encouragement: 'yes' }),
    ).toMatchObject({
      allYes: true,
      complete: true,
    });
  });
});

describe('sanitizeSureAnswers', () => {
  it.each<[unknown, SureAnswers, number]>([
    [{ sure: 'yes', understand: 'no' }, { sure: 'yes', understand: 'no' }, 0],
    [{ sure: 'maybe' }, {}, 1],
    [{ other: 'yes' }, {}, 1],
    [{ sure: true }, {}, 1],
    ['yes', {}, 1],
    [null, {}, 0],
  ])('cleans %j', (raw, answers, dropped) => {
    expect(sanitizeSureAnswers(raw)).toEqual({ answers, dropped });
  });
});
