import { uiStrings } from '@/i18n';
import { describe, expect, it } from 'vitest';
import { groupBank, itemsForOutput, resolveItems, type BankQuestion } from '@/lib/questions/question-bank';
import { QUESTION_GROUPS } from '@/lib/content/sections';

const q = (id: string, group: BankQuestion['group'], starter = false): BankQuestion => ({
  id,
  text: `Text of ${id}?`,
  why: `Why ${id}.`,
  group,
  starter,
});
const bank = [q('opt', 'deciding', true), q('risk-a', 'risks'), q('cost-a', 'costs'), q('dec-b', 'deciding'), q('risk-b', 'risks')];
const byId = new Map(bank.map((b) => [b.id, b]));

describe('groupBank', () => {
  it('puts the starter set first and each other question once, in group order', () => {
    const { starter, groups } = groupBank(bank, uiStrings('en').tools.questions.groups);
    expect(starter.map((s) => s.id)).toEqual(['opt']);
    expect(groups.map((g) => g.id)).toEqual(['deciding', 'risks', 'costs']);
    expect(groups.map((g) => g.questions.map((x) => x.id))).toEqual([['dec-b'], ['risk-a', 'risk-b'], ['cost-a']]);
    expect(groups[0]!.label).toBe('Deciding');
    // Group order follows QUESTION_GROUPS.
    const order = groups.map((g) => QUESTION_GROUPS.indexOf(g.id));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('resolveItems and itemsForOutput', () => {
  const state = {
    items: [
      { kind: 'bank' as const, id: 'risk-a', important: false },
      { kind: 'bank' as const, id: 'gone-from-bank', important: true },
      { kind: 'custom' as const, id: '~c', text: 'My own?', important: true },
      { kind: 'bank' as const, id: 'opt', important: true },
    ],
  };

  it('gives each item its words and marks unknown bank ids', () => {
    expect(resolveItems(state.items, byId).map((r) => [r.text, r.known])).toEqual([
      ['Text of risk-a?', true],
      ['', false],
      ['My own?', true],
      ['Text of opt?', true],
    ]);
  });

  it('outputs known items only, most important first', () => {
    expect(itemsForOutput(state, byId).map((r) => r.text)).toEqual(['My own?', 'Text of opt?', 'Text of risk-a?']);
  });
});
