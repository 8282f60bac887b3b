import { uiStrings } from '@/i18n';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ICON_ARRAY_COLUMNS,
  ICON_ARRAY_TOTAL,
  ICON_CELL_SIZE,
  captionStatement,
  joinTimeFrame,
  iconArrayProblem,
  statementFor,
  textAlternativeFor,
  iconArrayPicture,
  iconArrayAttributes,
} from '@/lib/risk/icon-array';
import { validPictures } from '../decision/fixtures';

const headache = { unit: 'pump operations', outcome: 'led to a spinal headache', notOutcome: 'did not' };

/** Every cell of the 10 x 10 grid a picture draws, with whether it is solid; fails on overlap. */
function drawnCells(affected: number): Map<string, boolean> {
  const cells = new Map<string, boolean>();
  for (const r of iconArrayPicture(affected).regions) {
    for (let x = r.x; x < r.x + r.width; x += ICON_CELL_SIZE) {
      for (let y = r.y; y < r.y + r.height; y += ICON_CELL_SIZE) {
        expect(cells.has(`${x},${y}`), `cell ${x},${y} drawn twice`).toBe(false);
        cells.set(`${x},${y}`, r.affected);
      }
    }
  }
  return cells;
}

describe('iconArrayPicture', () => {
  it.each([0, 1, 9, 10, 23, 58, 85, 99, 100])(
    'covers the 10 x 10 grid once, with the first %i figures in reading order solid',
    (affected) => {
      const picture = iconArrayPicture(affected);
      expect(picture.width).toBe(ICON_ARRAY_COLUMNS * ICON_CELL_SIZE);
      expect(picture.height).toBe(10 * ICON_CELL_SIZE);
      expect(picture.affected + picture.unaffected).toBe(ICON_ARRAY_TOTAL);
      expect(picture.regions.length).toBeLessThanOrEqual(4);
      const cells = drawnCells(affected);
      expect(cells.size).toBe(ICON_ARRAY_TOTAL);
      for (const [key, solid] of cells) {
        const [x, y] = key.split(',').map(Number) as [number, number];
        const readingIndex = (y / ICON_CELL_SIZE) * ICON_ARRAY_COLUMNS + x / ICON_CELL_SIZE;
        expect(solid).toBe(readingIndex < affected);
      }
    },
  );

  it('keeps the solid count right for any whole number from 0 to 100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        (n) =>
          iconArrayPicture(n)
            .regions.filter((r) => r.affected)
            .reduce((sum, r) => sum + r.figures, 0) === n,
      ),
    );
  });

  it.each([
    [2.4, 'not a whole number'],
    [-1, 'outside 0 to 100'],
    [101, 'outside 0 to 100'],
    [Number.NaN, 'not a number'],
  ])('refuses %s with a message an author can act on', (value, message) => {
    expect(iconArrayProblem(value)).toContain(message);
    expect(() => iconArrayPicture(value)).toThrow(message);
  });
});

describe('words for a picture', () => {
  it('states one group as "about N out of 100" with the unit and outcome', () => {
    expect(statementFor({ affected: 23 }, headache)).toBe(
      'About 23 out of 100 pump operations led to a spinal headache.',
    );
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
    expect(
      captionStatement(
        [{ affected: 40 }],
        { unit: 'people', outcome: 'needed another operation', notOutcome: 'did not' },
        'Over about 3 years.',
      ),
    ).toBe('About 40 out of 100 people needed another operation, over about 3 years.');
  });

  it('does not repeat words the outcome already says when adding the time frame', () => {
    expect(
      captionStatement(
        [{ affected: 4 }],
        { unit: 'people', outcome: 'died within 1 year', notOutcome: 'were still alive after 1 year' },
        'Within 1 year of getting the pump',
      ),
    ).toBe('About 4 out of 100 people died within 1 year of getting the pump.');
    expect(joinTimeFrame('About 4 out of 100 people died within 1 year', 'within 1 year')).toBe(
      'About 4 out of 100 people died within 1 year',
    );
    // One shared word ("a") is not a repeat.
    expect(joinTimeFrame('About 9 out of 100 people had a', 'a year later')).toBe(
      'About 9 out of 100 people had a, a year later',
    );
  });

  it('writes the sentences in the language of the phrases it is given', () => {
    const phrases = uiStrings('es').site.iconArray;
    const words = { unit: 'personas', outcome: 'tuvieron dolor de cabeza', notOutcome: 'no', phrases };
    expect(captionStatement([{ affected: 23 }], words, 'Después de la operación')).toBe(
      'Alrededor de 23 de cada 100 personas tuvieron dolor de cabeza, después de la operación.',
    );
    expect(textAlternativeFor({ affected: 23 }, words)).toBe(
      'Dibujo de 100 personas. 23 figuras rellenas: alrededor de 23 de cada 100 tuvieron dolor de cabeza. 77 figuras solo con contorno: las otras 77 no.',
    );
  });

  it('refuses zero or three groups', () => {
    expect(() => captionStatement([], headache, 'After 1 year')).toThrow('one group, or two');
    expect(() => captionStatement([{ affected: 1 }, { affected: 2 }, { affected: 3 }], headache, 'x')).toThrow(
      'one group, or two',
    );
  });

  it('uses the site\u2019s fixed "how sure we are" words for each strength', () => {
    expect(uiStrings('en').site.iconArray.certaintyPhrases).toEqual({
      strong: 'We are fairly sure of this.',
      moderate: 'We are not very sure of this.',
      weak: 'We are unsure of this.',
    });
  });
});

describe('iconArrayAttributes', () => {
  it("gives the decision aid's picture the attributes an author writes in a page", () => {
    const [picture] = validPictures().pictures;
    const compared = {
      ...picture!,
      groups: [
        { affected: 23, label: 'Pump' },
        { affected: 5, label: 'Usual care' },
      ],
      sources: ['s1', 's3'],
    };
    expect(iconArrayAttributes(compared)).toMatchObject({
      id: 'picture-headache',
      affected: 23,
      label: 'Pump',
      compareAffected: 5,
      compareLabel: 'Usual care',
      sources: 's1,s3',
    });
    expect(iconArrayAttributes(picture!)).toMatchObject({ affected: 23, compareAffected: undefined });
  });
});
