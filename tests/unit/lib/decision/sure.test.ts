import { uiStrings } from '@/i18n';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allSureQuestionIds,
  questionsForNo,
  questionsForNoAnswers,
  sanitizeSureAnswers,
  SURE_ITEMS,
  sureStatus,
  type SureAnswers,
} from '@/lib/decision/sure';

const bankIds = new Set(readdirSync('content/questions').map((f) => f.replace(/\.ya?ml$/, '')));

describe('SURE items', () => {
  it('are the four SURE questions, in S-U-R-E order, each with a yes/no question', () => {
    expect(SURE_ITEMS.map((i) => i.letter).join('')).toBe('SURE');
    expect(SURE_ITEMS.map((i) => uiStrings('en').tools.sure.items[i.id].question)).toEqual([
      'Do you feel sure about the best choice for you?',
      'Do you know the benefits and risks of each option?',
      'Are you clear about which benefits and risks matter most to you?',
      'Do you have enough support and advice to make a choice?',
    ]);
  });

  it('offer only questions that exist in the question bank', () => {
    for (const id of allSureQuestionIds()) expect(bankIds, id).toContain(id);
  });

  it('offer at least two questions for every "no"', () => {
    for (const item of SURE_ITEMS) expect(questionsForNo(item.id).length).toBeGreaterThanOrEqual(2);
  });

  it('never tell the person what to choose', () => {
    const words = uiStrings('en').tools.sure.items;
    const text = SURE_ITEMS.map((i) => `${words[i.id].ifNo} ${words[i.id].question}`).join(' ').toLowerCase();
    for (const word of ['you should', 'we recommend', 'best option is', 'choose the']) expect(text).not.toContain(word);
  });
});

describe('questionsForNoAnswers', () => {
  it.each<[SureAnswers, string[]]>([
    [{}, []],
    [{ sure: 'yes', understand: 'yes', 'risk-benefit': 'yes', encouragement: 'yes' }, []],
    [{ understand: 'no' }, questionsForNo('understand')],
    [{ encouragement: 'no', sure: 'no' }, [...questionsForNo('sure'), ...questionsForNo('encouragement')]],
  ])('for %j', (answers, expected) => {
    expect(questionsForNoAnswers(answers)).toEqual([...new Set(expected)]);
  });
});

describe('sureStatus', () => {
  it('counts answers and lists the "no" items in order, without a score', () => {
    const status = sureStatus({ encouragement: 'no', sure: 'no', understand: 'yes' });
    expect(status).toMatchObject({ answered: 3, allYes: false, complete: false });
    expect(status.noItems.map((i) => i.id)).toEqual(['sure', 'encouragement']);
    expect(Object.keys(status)).not.toContain('score');
  });

  it('knows when all four are yes', () => {
    expect(sureStatus({ sure: 'yes', understand: 'yes', 'risk-benefit': 'yes', encouragement: 'yes' })).toMatchObject({ allYes: true, complete: true });
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
