import { describe, expect, it } from 'vitest';
import {
  buildOptionGrid,
  checkOptionGrid,
  columnWordCounts,
  gridSourceOrder,
  wordCount,
} from '@/lib/decision/option-grid';
import { optionGridSchema } from '@/lib/content/schema/decision';
import { SOURCE_IDS, validGrid } from './fixtures';

const messages = (grid = validGrid()) =>
  checkOptionGrid(grid, SOURCE_IDS, 'content/decision/option-grid.yaml').map((p) => p.message);

describe('checkOptionGrid', () => {
  it('accepts a complete, balanced grid', () => {
    expect(messages()).toEqual([]);
  });

  it('names the file in every problem', () => {
    const grid = validGrid();
    delete grid.rows[0]!.cells.pump;
    expect(checkOptionGrid(grid, SOURCE_IDS, 'content/decision/option-grid.yaml')[0]?.file).toBe(
      'content/decision/option-grid.yaml',
    );
  });

  it.each<[string, (grid: ReturnType<typeof validGrid>) => void, string]>([
    ['a missing cell', (g) => delete g.rows[1]!.cells.pump, 'Row "pain-relief" has no cell for option "pump"'],
    [
      'a cell for an unknown option',
      (g) => (g.rows[0]!.cells['surgery'] = { text: 'An operation on your spine, with a stay.', sources: ['s1'] }),
      'not one of the options',
    ],
    ['an unknown source id', (g) => (g.rows[0]!.cells.pump!.sources = ['s999']), 'cites "s999"'],
    ['a thin cell', (g) => (g.rows[0]!.cells.pump = { text: 'An operation.', sources: ['s1'] }), 'has only 2 words'],
    ['a very long cell', (g) => (g.rows[0]!.cells.pump!.text = 'word '.repeat(61).trim()), 'has 61 words'],
    [
      'selling words',
      (g) => (g.rows[0]!.cells.pump!.text = 'A breakthrough that is safe and effective for most people with pain.'),
      'uses "breakthrough"',
    ],
    [
      'keep current care missing as first option',
      (g) => g.options.reverse(),
      'The first option must be "keep-current-care"',
    ],
    [
      'duplicate option ids',
      (g) => (g.options[1]!.id = 'keep-current-care'),
      'Two options have the id "keep-current-care"',
    ],
    ['duplicate row ids', (g) => (g.rows[1]!.id = 'involves'), 'Two rows have the id "involves"'],
    ['an unknown source in the problem text', (g) => (g.problem[0]!.sources = ['nope']), 'problem[0] cites "nope"'],
  ])('reports %s', (_name, breakIt, expected) => {
    const grid = validGrid();
    breakIt(grid);
    expect(messages(grid).join('\n')).toContain(expected);
  });

  it('reports an option written up at much less length than another (equal detail)', () => {
    const grid = validGrid();
    const long = 'These are ordinary words that describe the option in a fair amount of detail for readers today.';
    for (const row of grid.rows) row.cells.pump = { text: `${long} ${long}`, sources: ['s1'] };
    expect(messages(grid).join('\n')).toContain('Option "keep-current-care" has');
  });
});

describe('the cell schema', () => {
  it('refuses an empty cell and facts without a source', () => {
    const grid = validGrid() as unknown as Record<string, unknown>;
    const rows = grid.rows as Array<{ cells: Record<string, unknown> }>;
    rows[0]!.cells['pump'] = { sources: [] };
    rows[1]!.cells['pump'] = { text: 'A fact with no source at all here.', sources: [] };
    const result = optionGridSchema.safeParse({ ...grid, lastReviewed: '2026-11-21', nextReview: '2027-11-21' });
    expect(result.success).toBe(false);
    const text = result.error!.issues.map((i) => i.message).join('\n');
    expect(text).toContain('Never leave a cell empty');
    expect(text).toContain('needs at least one source');
  });

  it('refuses a next review more than 24 months away', () => {
    const result = optionGridSchema.safeParse({ ...validGrid(), lastReviewed: '2026-11-21', nextReview: '2029-11-21' });
    expect(result.success).toBe(false);
  });
});

describe('buildOptionGrid', () => {
  it('puts every row\u2019s cells in column order, with the option label on each', () => {
    const model = buildOptionGrid(validGrid());
    expect(model.rows.map((r) => r.cells.map((c) => c.optionId))).toEqual([
      ['keep-current-care', 'pump'],
      ['keep-current-care', 'pump'],
      ['keep-current-care', 'pump'],
    ]);
    expect(model.rows[1]!.cells[0]).toMatchObject({
      optionLabel: 'Keep my current care',
      notKnown: expect.stringContaining('did not find'),
    });
  });

  it('throws rather than render an empty cell', () => {
    const grid = validGrid();
    delete grid.rows[2]!.cells.pump;
    expect(() => buildOptionGrid(grid)).toThrow('has no cell for "pump"');
  });
});

describe('helpers', () => {
  it('counts words like a reader', () => {
    expect(wordCount("It's a 3-year study, isn't it?")).toBe(6);
    expect(wordCount(undefined)).toBe(0);
  });

  it('lists sources in reading order without repeats', () => {
    expect(gridSourceOrder(validGrid())).toEqual(['s1', 's2']);
  });

  it('totals words per option', () => {
    const counts = columnWordCounts(validGrid());
    expect(counts.map((c) => c.optionId)).toEqual(['keep-current-care', 'pump']);
    expect(counts.every((c) => c.words > 0)).toBe(true);
  });
});
