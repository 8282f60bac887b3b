import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { FIELD, SEARCH_KEYS, buildSearchIndex, hrefOf } from '@/lib/search/search-index';
import { SEARCH_INDEX_VERSION, type SearchRecord } from '@/lib/search/types';
import { realSearchIndex } from './guide-content';
import { SEARCH_TARGETS } from '../../../support/search-targets.mjs';

const records: SearchRecord[] = [
  { href: '/guide/a/', kind: 'page', page: 'A', section: 'A', text: 'Page A.', keywords: '' },
  {
    href: '/guide/a/#what-is-a-pump',
    kind: 'section',
    page: 'A',
    section: 'What is a pump?',
    text: 'Text.',
    keywords: 'k',
  },
  { href: '/guide/a/#notes-1', kind: 'section', page: 'A', section: 'Notes', text: 'Repeated heading.', keywords: '' },
  {
    href: '/glossary/#mri-conditional',
    kind: 'term',
    page: 'Word list',
    section: 'MR Conditional',
    text: 'A label.',
    keywords: '',
  },
];

describe('buildSearchIndex', () => {
  const file = JSON.parse(JSON.stringify(buildSearchIndex(records, [{ words: ['beep'], means: ['alarm'] }])));

  test('stores pages once and leaves out anchors the browser can work out from the heading', () => {
    expect(file.v).toBe(SEARCH_INDEX_VERSION);
    expect(file.pages).toEqual(['/guide/a/', '/glossary/']);
    expect(file.docs).toEqual([
      [0, 'p', ''],
      [0, 's'],
      [0, 's', 'notes-1'],
      [1, 't', 'mri-conditional'],
    ]);
    expect(file.synonyms).toEqual([[['beep'], ['alarm']]]);
  });

  test('keeps every searchable field in the fuse.js index, in SEARCH_KEYS order', () => {
    expect(file.index.keys.map((k: { id: string }) => k.id)).toEqual(SEARCH_KEYS.map((k) => k.name));
    const second = file.index.records.find((r: { i: number }) => r.i === 1);
    expect(second.$[FIELD.section].v).toBe('What is a pump?');
    expect(second.$[FIELD.text].v).toBe('Text.');
    expect(second.$[FIELD.keywords].v).toBe('k');
    expect(second.$[FIELD.page].v).toBe('A');
  });

  test('hrefOf gives back every link', () => {
    records.forEach((record, i) => expect(hrefOf(file, file.docs[i], record.section)).toBe(record.href));
  });
});

describe('the real index', () => {
  const { records: real, file } = realSearchIndex();

  test('covers sections of every topic and site page, the word list and the question bank', () => {
    const kinds = new Set(real.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['page', 'question', 'section', 'term']);
    expect(real.filter((r) => r.kind === 'section').length).toBeGreaterThan(150);
  });

  test('rebuilds every link exactly', () => {
    const sections = new Map(
      (file.index.records as Array<{ i: number; $: Record<string, { v: string }> }>).map((r) => [
        r.i,
        r.$[FIELD.section]?.v ?? '',
      ]),
    );
    const rebuilt = file.docs.map((ref, i) => hrefOf(file, ref, sections.get(i) ?? ''));
    expect(rebuilt).toEqual(real.map((r) => r.href));
  });

  test('has no two sections with the same link', () => {
    const links = real.filter((r) => r.kind === 'section').map((r) => r.href);
    expect(new Set(links).size).toBe(links.length);
  });

  test('stays within the gzip budget (SEARCH_TARGETS; see docs/search.md to trim it)', () => {
    const bytes = gzipSync(JSON.stringify(file)).length;
    expect(bytes).toBeLessThanOrEqual(SEARCH_TARGETS.indexGzipBytes);
  });
});
