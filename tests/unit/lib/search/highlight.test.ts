import { describe, expect, test } from 'vitest';
import { segmentsForRanges, wordsToHighlight } from '@/lib/search/highlight';
import { analyzeQuery } from '@/lib/search/query';
import { phraseLookup } from '@/lib/search/synonyms';
import type { SynonymGroup } from '@/lib/search/types';

const marked = (text: string, ranges: Array<[number, number]>) =>
  segmentsForRanges(text, ranges)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

describe('segmentsForRanges', () => {
  test.each([
    ['MRI scans with a pump', [[0, 2]], '[MRI] scans with a pump'],
    ['refills are needed', [[0, 5]], '[refills] are needed'],
    ['the intrathecal space', [[4, 12]], 'the [intrathecal] space'],
    [
      'pump alarm sounds',
      [
        [0, 3],
        [5, 9],
      ],
      '[pump alarm] sounds',
    ],
    [
      'pump, then alarm',
      [
        [0, 3],
        [11, 15],
      ],
      '[pump], then [alarm]',
    ],
    ['an ox and more', [[3, 3]], 'an ox and more'],
    ['no ranges here', [], 'no ranges here'],
  ] as Array<[string, Array<[number, number]>, string]>)('%j', (text, ranges, expected) => {
    expect(marked(text, ranges)).toBe(expected);
  });

  test('the segments always join back to the original text', () => {
    const text = 'A <b>bold</b> claim & "quotes" stay text';
    const segments = segmentsForRanges(text, [
      [3, 5],
      [20, 25],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  test('an empty text gives one empty plain segment', () => {
    expect(segmentsForRanges('', [[0, 3]])).toEqual([{ text: '', mark: false }]);
  });
});

describe('wordsToHighlight', () => {
  const groups: SynonymGroup[] = [{ words: ['beeping'], means: ['alarm', 'pump alarm'] }];
  const words = (query: string) => wordsToHighlight(analyzeQuery(query, groups, phraseLookup(groups)).concepts);

  test('lists each typed word and the words of its synonyms once', () => {
    expect(words('pump beeping')).toEqual(['pump', 'beeping', 'alarm']);
  });

  test('leaves out stop words of a query made only of stop words', () => {
    expect(words('how do i')).toEqual([]);
  });
});
