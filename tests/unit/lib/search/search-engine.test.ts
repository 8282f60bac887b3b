import Fuse from 'fuse.js/basic';
import { describe, expect, test } from 'vitest';
import { SearchIndexError, createSearchEngine, fuseExactScore, thresholdFor } from '@/lib/search/search-engine';
import { SEARCH_KEYS, buildSearchIndex } from '@/lib/search/search-index';
import { realSearchIndex } from './guide-content';
import type { SearchRecord, SynonymGroup } from '@/lib/search/types';

const records: SearchRecord[] = [
  {
    href: '/guide/living/',
    kind: 'page',
    page: 'Living with a pump',
    section: 'Living with a pump',
    text: 'Refills, alarms and scans.',
    keywords: '',
  },
  {
    href: '/guide/living/#alarms',
    kind: 'section',
    page: 'Living with a pump',
    section: 'Alarms',
    text: 'A two-tone pump alarm means a serious problem. Call your clinic.',
    keywords: 'hearing loss',
  },
  {
    href: '/guide/living/#mri-and-other-scans',
    kind: 'section',
    page: 'Living with a pump',
    section: 'MRI and other scans',
    text: 'Only a pump labeled MR Conditional can go in an MRI scanner.',
    keywords: 'magnet',
  },
  {
    href: '/guide/risks/#infection',
    kind: 'section',
    page: 'Risks',
    section: 'Infection',
    text: 'An infection of the wound or the spinal fluid (meningitis) is serious.',
    keywords: 'fever',
  },
  {
    href: '/glossary/#intrathecal',
    kind: 'term',
    page: 'Word list',
    section: 'Intrathecal',
    text: 'Inside the space around the spinal cord.',
    keywords: 'spinal fluid space',
  },
  {
    href: '/questions/',
    kind: 'question',
    page: 'Questions to ask',
    section: 'What do the pump alarms sound like?',
    text: '',
    keywords: 'alarm sounds',
  },
];
const synonyms: SynonymGroup[] = [
  { words: ['beeping', 'beep'], means: ['alarm'] },
  { words: ['brain infection', 'meningitus'], means: ['meningitis', 'infection'] },
];
const data = JSON.parse(JSON.stringify(buildSearchIndex(records, synonyms)));
const engine = createSearchEngine(data);
const top = (query: string, limit = 3) => engine.search(query, limit).map((h) => h.href);

describe('createSearchEngine', () => {
  test.each([
    ['nothing', null, /empty or not JSON/],
    ['another version', { ...data, v: 99 }, /another version/],
    ['a file without docs', { ...data, docs: undefined }, /damaged/],
    ['a file without index records', { ...data, index: { keys: [] } }, /damaged/],
    ['records pointing past the docs', { ...data, docs: [] }, /damaged/],
  ])('rejects %s with a plain message', (_name, bad, message) => {
    expect(() => createSearchEngine(bad)).toThrow(SearchIndexError);
    expect(() => createSearchEngine(bad)).toThrow(message);
  });

  test('knows its size and its whole pages', () => {
    expect(engine.size).toBe(records.length);
    expect(engine.pages()).toEqual([{ href: '/guide/living/', title: 'Living with a pump' }]);
  });
});

describe('search', () => {
  test.each([
    ['alarm', '/guide/living/#alarms'],
    ['pump beeping', '/guide/living/#alarms'],
    ['can I have an MRI?', '/guide/living/#mri-and-other-scans'],
    ['magnet', '/guide/living/#mri-and-other-scans'],
    ['meningitus', '/guide/risks/#infection'],
    ['brain infection', '/guide/risks/#infection'],
    ['intrathecle', '/glossary/#intrathecal'],
    ['Infektion', '/guide/risks/#infection'],
  ])('%j finds %s first', (query, href) => {
    expect(top(query)[0]).toBe(href);
  });

  test('returns nothing for an empty query, stop words that match nothing, or unknown words', () => {
    expect(engine.search('')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
    expect(engine.search('qwxzv')).toEqual([]);
    expect(engine.search('alarm', 0)).toEqual([]);
  });

  test('an unknown word does not hide the results of the known ones', () => {
    expect(top('qwxzv alarm')[0]).toBe('/guide/living/#alarms');
  });

  test('respects the limit and sorts best first', () => {
    const hits = engine.search('pump', 2);
    expect(hits.length).toBeLessThanOrEqual(2);
    const all = engine.search('pump', 10);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
  });

  test('each hit carries its place and highlights that join back to the shown text', () => {
    const [hit] = engine.search('pump beeping');
    expect(hit).toMatchObject({ kind: 'section', page: 'Living with a pump', section: 'Alarms' });
    expect(hit!.sectionParts.map((p) => p.text).join('')).toBe(hit!.section);
    expect(hit!.textParts.map((p) => p.text).join('')).toBe(hit!.text);
    expect(hit!.textParts.filter((p) => p.mark).map((p) => p.text)).toEqual(['pump alarm']);
  });

  test('short words are highlighted only as whole words', () => {
    const [hit] = engine.search('mri');
    expect(hit!.textParts.filter((p) => p.mark).map((p) => p.text)).toEqual(['MRI']);
  });

  test('a query made of markup is treated as words, and the results are plain text', () => {
    const hits = engine.search('<img src=x onerror=alert(1)> alarm');
    expect(hits[0]!.href).toBe('/guide/living/#alarms');
    for (const hit of hits) {
      for (const part of [...hit.sectionParts, ...hit.textParts]) expect(part.text).not.toContain('<img');
    }
  });
});

test.each([
  ['mri', 0],
  ['pump', 0.2],
  ['alarms', 0.3],
  ['intrathecle', 0.34],
])('thresholdFor(%j) is %d: short words must match exactly, long words forgive typos', (word, expected) => {
  expect(thresholdFor(word)).toBe(expected);
});

describe('fuseExactScore gives the score fuse.js itself gives an exact match', () => {
  const { file: real } = realSearchIndex();
  const keys = SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight }));
  const total = keys.reduce((sum, k) => sum + k.weight, 0);
  const weights = keys.map((k) => k.weight / total);
  const index = Fuse.parseIndex<number>(real.index as Parameters<typeof Fuse.parseIndex<number>>[0]);
  const docs = real.docs.map((_, i) => i);
  // Threshold 0: fuse.js keeps exact matches only, the case the shortcut replaces.
  const fuse = new Fuse(docs, { keys, includeScore: true, ignoreLocation: true, threshold: 0 }, index);
  const records = real.index.records as Array<{ i: number; $: Record<string, { v: string; n: number } | undefined> }>;

  test.each(['refill', 'mri', 'alarm', 'spinal headache', 'baclofen', 'pump'])('%s', (pattern) => {
    const results = fuse.search(pattern);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const record = records.find((r) => r.i === result.refIndex)!;
      const lowered = [0, 1, 2, 3].map((k) => record.$[k]?.v.toLowerCase() ?? '');
      const norms = [0, 1, 2, 3].map((k) => record.$[k]?.n ?? 1);
      expect(fuseExactScore(lowered, norms, weights, pattern)).toBeCloseTo(result.score!, 12);
    }
  });

  test('no exact match gives null', () => {
    expect(fuseExactScore(['alarms', '', 'x', 'page'], [1, 1, 1, 1], weights, 'refill')).toBeNull();
  });
});
