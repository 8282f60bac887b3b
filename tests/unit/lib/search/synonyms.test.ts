import { describe, expect, test } from 'vitest';
import { SynonymsError, phraseLookup, validateSynonyms } from '@/lib/search/synonyms';
import { parseSynonymsYaml } from '@/lib/search/synonyms-file';
import { tokenize } from '@/lib/search/text';
import { readSynonymsSource, realSearchIndex } from './guide-content';

describe('the real synonyms map (content/search-synonyms.yaml)', () => {
  const groups = parseSynonymsYaml(readSynonymsSource());

  test('loads, with the lay names the issue asks for', () => {
    expect(groups.length).toBeGreaterThanOrEqual(30);
    const words = groups.flatMap((g) => g.words);
    for (const phrase of [
      'pain pump',
      'morphine pump',
      'drug pump',
      'baclofen pump',
      'back infusion',
      'lumbar infusion',
      'spinal headache',
    ]) {
      expect(words).toContain(phrase);
    }
  });

  test('every word the map points to ("means") is somewhere in the guide', () => {
    const { records } = realSearchIndex();
    const vocabulary = new Set(records.flatMap((r) => tokenize(`${r.section} ${r.text} ${r.keywords} ${r.page}`)));
    const missing = groups
      .flatMap((g) => g.means)
      .filter((phrase) => !tokenize(phrase).every((word) => [...vocabulary].some((v) => v.startsWith(word))));
    expect(missing, 'these "means" words appear nowhere in the guide, so they cannot help a search').toEqual([]);
  });
});

describe('validateSynonyms', () => {
  test('normalizes words and drops repeats', () => {
    expect(validateSynonyms([{ words: ['Pain Pump', 'pain pump', 'IT-pump'], means: ['Intrathecal'] }])).toEqual([
      { words: ['pain pump', 'it-pump'], means: ['intrathecal'] },
    ]);
  });

  test.each([
    ['not a list', { words: [] }, /must be a list of entries/],
    ['an entry that is not an object', ['pain pump'], /needs "words" and "means"/],
    ['missing means', [{ words: ['pain pump'] }], /"means" must be a list with at least one item/],
    ['empty words', [{ words: [], means: ['pump'] }], /"words" must be a list with at least one item/],
    ['a misspelled field', [{ words: ['a b'], mean: ['c'] }], /unknown field "mean"/],
    ['an item that is not text', [{ words: [{ x: 1 }], means: ['pump'] }], /must be a word or phrase/],
    ['an empty item', [{ words: ['!!'], means: ['pump'] }], /has an empty item/],
    [
      'a "means" longer than fuse.js can search',
      [{ words: ['x y'], means: ['a'.repeat(40)] }],
      /longer than 32 characters/,
    ],
  ])('rejects %s with a clear message', (_name, data, message) => {
    expect(() => validateSynonyms(data)).toThrow(SynonymsError);
    expect(() => validateSynonyms(data)).toThrow(message);
  });

  test('names the entry and lists every problem at once', () => {
    try {
      validateSynonyms([{ words: ['ok'], means: ['fine'] }, { words: ['beeping'] }, { words: [], means: [] }]);
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('3 problems');
      expect(message).toContain('entry 2 ("beeping" …)');
      expect(message).toContain('entry 3');
    }
  });
});

test('parseSynonymsYaml reports broken YAML with its line', () => {
  expect(() => parseSynonymsYaml('- words: [a, b\n  means: [c]\n')).toThrow(/not valid YAML \(line \d+\)/);
});

test('phraseLookup lists phrases by first word, longest first', () => {
  const lookup = phraseLookup([
    { words: ['morphine'], means: ['opioid'] },
    { words: ['morphine pump', 'pain pump'], means: ['intrathecal'] },
  ]);
  expect(lookup.get('morphine')!.map((p) => [p.tokens.join(' '), p.group])).toEqual([
    ['morphine pump', 1],
    ['morphine', 0],
  ]);
  expect(lookup.get('pain')!.map((p) => p.group)).toEqual([1]);
});
