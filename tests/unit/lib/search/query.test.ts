import { describe, expect, test } from 'vitest';
import { MAX_CONCEPTS, analyzeQuery } from '@/lib/search/query';
import { phraseLookup } from '@/lib/search/synonyms';
import type { SynonymGroup } from '@/lib/search/types';

const groups: SynonymGroup[] = [
  { words: ['pain pump', 'morphine pump', 'baclofen pump'], means: ['intrathecal drug delivery', 'pump'] },
  { words: ['beeping', 'beep', 'alarm'], means: ['alarm', 'pump alarm'] },
  { words: ['mri', 'scan'], means: ['mri', 'mr conditional'] },
  { words: ['how much'], means: ['cost'] },
];
const lookup = phraseLookup(groups);
const analyze = (query: string) => analyzeQuery(query, groups, lookup);
const summary = (query: string) => analyze(query).concepts.map((c) => [c.typed, c.patterns, c.weight]);

describe('analyzeQuery', () => {
  test.each([
    [
      'can I have an MRI with a pump',
      [
        ['mri', ['mri', 'mr conditional'], 1],
        ['pump', ['pump'], 1],
      ],
    ],
    [
      'pump beeping',
      [
        ['pump', ['pump'], 1],
        ['beeping', ['beeping', 'alarm', 'pump alarm'], 1],
      ],
    ],
    [
      'morphine pump',
      [
        ['morphine pump', ['morphine pump', 'intrathecal drug delivery', 'pump'], 1],
        ['morphine', ['morphine'], 0.5],
      ],
    ],
    ['how much', [['how much', ['how much', 'cost'], 1]]],
    ['Intrathecle?', [['intrathecle', ['intrathecle'], 1]]],
  ])('%j', (query, expected) => {
    expect(summary(query)).toEqual(expected);
  });

  test('the same idea typed twice stays one concept', () => {
    expect(summary('alarm beeping')).toEqual([['alarm', ['alarm', 'pump alarm', 'beeping'], 1]]);
  });

  test('drops stop words and single letters, but a query of only stop words still searches', () => {
    expect(summary('is it x surgery')).toEqual([['surgery', ['surgery'], 1]]);
    expect(summary('how do i')).toEqual([['how do i', ['how do i'], 1]]);
    expect(analyze('   ').concepts).toEqual([]);
  });

  test('caps the number of concepts and the length of each pattern (fuse.js allows 32 characters)', () => {
    const long = analyze('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima');
    expect(long.concepts).toHaveLength(MAX_CONCEPTS);
    const word = analyze('a'.repeat(50)).concepts[0]!;
    expect(word.patterns[0]!.length).toBeLessThanOrEqual(32);
  });
});
