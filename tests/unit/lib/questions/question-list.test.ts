import { describe, expect, it } from 'vitest';
import {
  addBank,
  addCustom,
  checkText,
  cleanText,
  editCustom,
  EMPTY_LIST,
  importantCount,
  isBankId,
  isCustomId,
  merge,
  move,
  newCustomId,
  printOrder,
  QUESTION_LIMITS,
  remove,
  sanitizeList,
  setImportant,
  textLength,
  type QuestionItem,
  type QuestionListState,
} from '@/lib/questions/question-list';

const bank = (id: string, important = false): QuestionItem => ({ kind: 'bank', id, important });
const custom = (id: string, text: string, important = false): QuestionItem => ({ kind: 'custom', id, text, important });
const list = (...items: QuestionItem[]): QuestionListState => ({ items });
const ids = (state: QuestionListState) => state.items.map((item) => item.id);
const fullList = () => list(...Array.from({ length: QUESTION_LIMITS.maxItems }, (_, i) => bank(`q-${i}`)));
/** Repeatable "random" numbers for custom ids. */
const counter = () => {
  let n = 0;
  return () => (n += 0.001) % 1;
};

describe('ids', () => {
  it.each([
    ['what-are-my-options', true],
    ['mri-scans', true],
    ['a', true],
    ['Upper-case', false],
    ['double--dash', false],
    ['-leading', false],
    ['trailing-', false],
    ['has space', false],
    ['~abc', false],
    ['a'.repeat(81), false],
    ['', false],
  ])('isBankId(%j) is %s', (id, expected) => {
    expect(isBankId(id)).toBe(expected);
  });

  it.each([
    ['~abc123', true],
    ['~', false],
    ['abc', false],
    ['~ABC', false],
    [`~${'a'.repeat(25)}`, false],
  ])('isCustomId(%j) is %s', (id, expected) => {
    expect(isCustomId(id)).toBe(expected);
  });

  it('newCustomId never reuses an id already in the list', () => {
    const taken = list(
      custom(
        newCustomId(EMPTY_LIST, () => 0.5),
        'first question here',
      ),
    );
    const again = newCustomId(
      taken,
      (() => {
        const values = [0.5, 0.5, 0.25];
        return () => values.shift() ?? 0.1;
      })(),
    );
    expect(again).not.toBe(taken.items[0]!.id);
    expect(isCustomId(again)).toBe(true);
  });
});

describe('text', () => {
  it.each([
    ['  Will it hurt?  ', 'Will it hurt?'],
    ['Two\n\nlines\tand  tabs', 'Two lines and tabs'],
    ['Bell\u0007 and null\u0000 removed', 'Bell and null removed'],
    ['مرحبا بكم', 'مرحبا بكم'],
    ['我可以开车吗？', '我可以开车吗？'],
    ['Family 👨‍👩‍👧 ok', 'Family 👨‍👩‍👧 ok'],
  ])('cleanText(%j) gives %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('counts emoji and other astral characters once', () => {
    expect(textLength('😀😀😀')).toBe(3);
    expect('😀😀😀'.length).toBe(6);
  });

  it('accepts text at the limit and refuses one character more, counting as a person does', () => {
    expect(checkText('😀'.repeat(QUESTION_LIMITS.maxTextLength))).toMatchObject({ ok: true });
    expect(checkText('a'.repeat(QUESTION_LIMITS.maxTextLength + 1))).toEqual({ ok: false, problem: 'text-too-long' });
    expect(checkText(' \n\t ')).toEqual({ ok: false, problem: 'text-empty' });
  });
});

describe('addBank', () => {
  it('adds new ids in order and skips ones already in the list or malformed', () => {
    const result = addBank(list(bank('a')), ['b', 'a', 'Bad Id', 'c', 'b']);
    expect(result.ok).toBe(true);
    expect(ids(result.state)).toEqual(['a', 'b', 'c']);
    expect(result.added).toBe(2);
  });

  it('returns the same state object when nothing was added', () => {
    const state = list(bank('a'));
    expect(addBank(state, ['a']).state).toBe(state);
  });

  it('stops at the length limit and says so, keeping what fitted', () => {
    const almost = list(...fullList().items.slice(1));
    const result = addBank(almost, ['x', 'y']);
    expect(result).toMatchObject({ ok: false, problem: 'list-full', added: 1 });
    expect(result.state.items).toHaveLength(QUESTION_LIMITS.maxItems);
    expect(ids(result.state)).toContain('x');
  });

  it('refuses to add to a full list and leaves it unchanged', () => {
    const full = fullList();
    const result = addBank(full, ['new-one']);
    expect(result).toMatchObject({ ok: false, problem: 'list-full', added: 0 });
    expect(result.state).toBe(full);
  });
});

describe('addCustom and editCustom', () => {
  it('adds cleaned text with a custom id', () => {
    const result = addCustom(EMPTY_LIST, '  Can I   swim? ', '~a1');
    expect(result.state.items).toEqual([custom('~a1', 'Can I swim?')]);
  });

  it.each([
    ['', 'text-empty'],
    ['x'.repeat(QUESTION_LIMITS.maxTextLength + 1), 'text-too-long'],
  ] as const)('refuses %j with %s', (text, problem) => {
    expect(addCustom(EMPTY_LIST, text)).toMatchObject({ ok: false, problem, state: EMPTY_LIST });
  });

  it('refuses the same question twice and refuses when the list is full', () => {
    const one = addCustom(EMPTY_LIST, 'Can I swim?', '~a1').state;
    expect(addCustom(one, 'Can I  swim?')).toMatchObject({ ok: false, problem: 'duplicate' });
    expect(addCustom(fullList(), 'Anything at all?')).toMatchObject({ ok: false, problem: 'list-full' });
  });

  it('edits only custom questions, with the same checks', () => {
    const state = list(bank('a'), custom('~c1', 'Old words here'));
    expect(editCustom(state, '~c1', ' New   words ').state.items[1]).toEqual(custom('~c1', 'New words'));
    expect(editCustom(state, 'a', 'Bank questions cannot change')).toMatchObject({ ok: false, problem: 'not-found' });
    expect(editCustom(state, '~c1', '')).toMatchObject({ ok: false, problem: 'text-empty' });
    expect(editCustom(state, '~zz', 'Missing one')).toMatchObject({ ok: false, problem: 'not-found' });
  });
});

describe('remove and move', () => {
  const abc = list(bank('a'), bank('b'), custom('~c', 'Custom question c'));

  it('removes by id, bank or custom', () => {
    expect(ids(remove(abc, 'b').state)).toEqual(['a', '~c']);
    expect(ids(remove(abc, '~c').state)).toEqual(['a', 'b']);
    expect(remove(abc, 'zzz')).toMatchObject({ ok: false, problem: 'not-found', state: abc });
  });

  it.each([
    ['b', -1, ['b', 'a', '~c']],
    ['b', 1, ['a', '~c', 'b']],
    ['a', -1, ['a', 'b', '~c']],
    ['~c', 1, ['a', 'b', '~c']],
  ] as const)('moves %s by %i', (id, by, expected) => {
    const result = move(abc, id, by);
    expect(result.ok).toBe(true);
    expect(ids(result.state)).toEqual(expected);
  });

  it('reports a missing id', () => {
    expect(move(abc, 'nope', 1)).toMatchObject({ ok: false, problem: 'not-found' });
  });
});

describe('most important', () => {
  it('marks up to three and refuses a fourth with a reason', () => {
    let state = list(bank('a'), bank('b'), bank('c'), bank('d'));
    for (const id of ['a', 'b', 'c']) state = setImportant(state, id, true).state;
    expect(importantCount(state)).toBe(3);
    const fourth = setImportant(state, 'd', true);
    expect(fourth).toMatchObject({ ok: false, problem: 'important-limit' });
    expect(fourth.state).toBe(state);
    state = setImportant(state, 'a', false).state;
    expect(setImportant(state, 'd', true).ok).toBe(true);
  });

  it('prints most important first, each part in the person order', () => {
    const state = list(bank('a'), bank('b', true), bank('c'), custom('~d', 'Question d here', true));
    expect(printOrder(state).map((item) => item.id)).toEqual(['b', '~d', 'a', 'c']);
  });
});

describe('merge', () => {
  it('adds only what is new, keeps the order, and counts skips', () => {
    const base = list(bank('a'), custom('~x', 'Same words'));
    const incoming = list(bank('a'), bank('b'), custom('~y', 'Same words'), custom('~z', 'New words'));
    const result = merge(base, incoming);
    expect(result).toMatchObject({ ok: true, added: 2, skipped: 2 });
    expect(result.state.items.map((i) => (i.kind === 'bank' ? i.id : i.text))).toEqual([
      'a',
      'Same words',
      'b',
      'New words',
    ]);
  });

  it('keeps importance only while under the limit', () => {
    const base = list(bank('a', true), bank('b', true));
    const incoming = list(bank('c', true), bank('d', true));
    const result = merge(base, incoming);
    expect(importantCount(result.state)).toBe(3);
    expect(result.state.items.find((i) => i.id === 'd')?.important).toBe(false);
  });

  it('gives incoming custom questions a new id when theirs is taken', () => {
    const base = list(custom('~s0', 'Mine'));
    const result = merge(base, list(custom('~s0', 'Theirs')), counter());
    const ids = result.state.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('stops at the length limit and says so', () => {
    const result = merge(fullList(), list(bank('extra')));
    expect(result).toMatchObject({ ok: false, problem: 'list-full', added: 0 });
  });
});

describe('sanitizeList', () => {
  it.each([
    ['null', null],
    ['a number', 5],
    ['a string', 'items'],
    ['no items', {}],
    ['items not an array', { items: 'x' }],
  ])('rejects %s', (_label, value) => {
    expect(sanitizeList(value)).toBeNull();
  });

  it('keeps valid items and counts the rest as dropped', () => {
    const result = sanitizeList({
      items: [
        bank('ok-one'),
        { kind: 'bank', id: 'Not Valid', important: false },
        { kind: 'custom', id: '~c1', text: '   ', important: false },
        { kind: 'custom', id: 'no-tilde', text: 'Text here', important: false },
        { kind: 'custom', id: '~c2', text: 'Fine question', important: 'yes' },
        bank('ok-one'),
        null,
        'string',
        { kind: 'other', id: 'x' },
      ],
    });
    expect(result?.state.items).toEqual([bank('ok-one'), custom('~c2', 'Fine question', false)]);
    expect(result?.dropped).toBe(7);
  });

  it('caps length and importance', () => {
    const many = Array.from({ length: 40 }, (_, i) => bank(`q-${i}`, true));
    const result = sanitizeList({ items: many })!;
    expect(result.state.items).toHaveLength(QUESTION_LIMITS.maxItems);
    expect(importantCount(result.state)).toBe(QUESTION_LIMITS.maxImportant);
    expect(result.dropped).toBe(10);
  });

  it('returns plain copies, not the objects it was given', () => {
    const input = { items: [{ kind: 'bank', id: 'a', important: false, extra: '<b>' }] };
    const result = sanitizeList(input)!;
    expect(result.state.items[0]).toEqual(bank('a'));
    expect(result.state.items[0]).not.toBe(input.items[0]);
  });
});
