import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CERTAINTY_PHRASES,
  ICON_ARRAY_COLUMNS,
  ICON_ARRAY_TOTAL,
  ICON_CELL_SIZE,
  captionStatement,
  iconArrayLayout,
  iconArrayProblem,
  statementFor,
  textAlternativeFor,
  iconArrayRegions,
} from '@/lib/risk/icon-array';

const headache = { unit: 'pump operations', outcome: 'led to a spinal headache', notOutcome: 'did not' };

describe('iconArrayLayout', () => {
  it.each([0, 1, 23, 50, 99, 100])('draws 100 figures with exactly %i solid ones', (affected) => {
    const layout = iconArrayLayout(affected);
    expect(layout.cells).toHaveLength(ICON_ARRAY_TOTAL);
    expect(layout.cells.filter((c) => c.affected)).toHaveLength(affected);
    expect(layout.affected + layout.unaffected).toBe(ICON_ARRAY_TOTAL);
  });

  it('puts the solid figures first, in reading order, so they can be counted by rows', () => {
    const layout = iconArrayLayout(23);
    const firstOutline = layout.cells.findIndex((c) => !c.affected);
    expect(firstOutline).toBe(23);
    expect(layout.cells.slice(firstOutline).every((c) => !c.affected)).toBe(true);
    expect(layout.cells[23]).toMatchObject({ row: 2, column: 3 });
  });

  it('is a 10 x 10 grid with no overlapping figures', () => {
    const layout = iconArrayLayout(40);
    expect(layout.width).toBe(ICON_ARRAY_COLUMNS * ICON_CELL_SIZE);
    expect(layout.height).toBe(10 * ICON_CELL_SIZE);
    const positions = new Set(layout.cells.map((c) => `${c.x},${c.y}`));
    expect(positions.size).toBe(ICON_ARRAY_TOTAL);
    for (const cell of layout.cells) {
      expect(cell.x).toBeLessThan(layout.width);
      expect(cell.y).toBeLessThan(layout.height);
    }
  });

  it('keeps the solid count right for any whole number from 0 to 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (n) => iconArrayLayout(n).cells.filter((c) => c.affected).length === n),
    );
  });

  it.each([
    [2.4, 'not a whole number'],
    [-1, 'outside 0 to 100'],
    [101, 'outside 0 to 100'],
    [Number.NaN, 'not a number'],
  ])('refuses %s with a message an author can act on', (value, message) => {
    expect(iconArrayProblem(value)).toContain(message);
    expect(() => iconArrayLayout(value)).toThrow(message);
  });
});

describe('words for a picture', () => {
  it('states one group as "about N out of 100" with the unit and outcome', () => {
    expect(statementFor({ affected: 23 }, headache)).toBe('About 23 out of 100 pump operations led to a spinal headache.');
  });

  it('drops "about" for exact counts', () => {
    expect(statementFor({ affected: 50 }, { ...headache, approximate: false })).toBe(
      '50 out of 100 pump operations led to a spinal headache.',
    );
  });

  it('gives a text alternative with both numbers and which figures are which', () => {
    const alt = textAlternativeFor({ affected: 23 }, headache);
    expect(alt).toContain('Picture of 100 pump operations');
    expect(alt).toContain('23 solid figures');
    expect(alt).toContain('77 outline figures');
    expect(alt).toContain('did not');
  });

  it('names the group in a comparison and uses the same denominator and time for both', () => {
    const words = { unit: 'people', outcome: 'had at least a small benefit', notOutcome: 'did not' };
    const caption = captionStatement(
      [
        { label: 'With a pump and medical care', affected: 85 },
        { label: 'With medical care alone', affected: 71 },
      ],
      words,
      'After 4 weeks',
    );
    expect(caption).toBe(
      'With a pump and medical care: about 85 out of 100 people had at least a small benefit. ' +
        'With medical care alone: about 71 out of 100 people had at least a small benefit. ' +
        'Both are out of 100 people, after 4 weeks.',
    );
  });

  it('adds the time frame to a single statement', () => {
    expect(captionStatement([{ affected: 40 }], { unit: 'people', outcome: 'needed another operation', notOutcome: 'did not' }, 'Over about 3 years.')).toBe(
      'About 40 out of 100 people needed another operation, over about 3 years.',
    );
  });

  it('refuses zero or three groups', () => {
    expect(() => captionStatement([], headache, 'After 1 year')).toThrow('one group, or two');
    expect(() => captionStatement([{ affected: 1 }, { affected: 2 }, { affected: 3 }], headache, 'x')).toThrow('one group, or two');
  });

  it('uses the site\u2019s fixed "how sure we are" words for each strength', () => {
    expect(CERTAINTY_PHRASES).toEqual({
      strong: 'We are fairly sure of this.',
      moderate: 'We are not very sure of this.',
      weak: 'We are unsure of this.',
    });
  });
});

describe('iconArrayRegions', () => {
  it.each([0, 1, 9, 10, 23, 58, 85, 99, 100])('covers the grid with %i solid figures first, in reading order', (affected) => {
    const regions = iconArrayRegions(affected);
    const count = (solid: boolean) => regions.filter((r) => r.affected === solid).reduce((sum, r) => sum + r.figures, 0);
    expect(count(true)).toBe(affected);
    expect(count(false)).toBe(100 - affected);
    expect(regions.length).toBeLessThanOrEqual(4);
    // Every cell is covered exactly once, and solid cells are exactly the first `affected` in reading order.
    const solidCells = new Set(iconArrayLayout(affected).cells.filter((c) => c.affected).map((c) => `${c.x},${c.y}`));
    const covered = new Map<string, boolean>();
    for (const r of regions) {
      for (let x = r.x; x < r.x + r.width; x += ICON_CELL_SIZE) {
        for (let y = r.y; y < r.y + r.height; y += ICON_CELL_SIZE) {
          expect(covered.has(`${x},${y}`)).toBe(false);
          covered.set(`${x},${y}`, r.affected);
        }
      }
    }
    expect(covered.size).toBe(100);
    for (const [cell, solid] of covered) expect(solid).toBe(solidCells.has(cell));
  });
});
