import { describe, expect, test } from 'vitest';
import { extraKeywords, pageToRecords, toSearchRecords, type SearchSources } from '@/lib/search/to-search-records';

const page = {
  href: '/guide/example/',
  title: 'Example page',
  description: 'What this example page is about.',
  keyPoints: ['Refills happen every few months.'],
  body: `## Names

Short intro. People call it a pain pump, a drug pump, a morphine pump and many other names that we list here one after the other, and later a lumbar infusion.

## Living with it

### Alarms

A two-tone alarm means a serious problem.<Cite id="s1" />
`,
};

const limits = { textChars: 60, keywordChars: 80 };

describe('pageToRecords', () => {
  const records = pageToRecords(page, limits, ['lumbar infusion', 'pain pump']);

  test('one record for the page, then one per h2/h3 with its anchor', () => {
    expect(records.map((r) => [r.kind, r.href, r.section])).toEqual([
      ['page', '/guide/example/', 'Example page'],
      ['section', '/guide/example/#names', 'Names'],
      ['section', '/guide/example/#living-with-it', 'Living with it'],
      ['section', '/guide/example/#alarms', 'Alarms'],
    ]);
    expect(records.every((r) => r.page === 'Example page')).toBe(true);
  });

  test('trims the snippet at a word and keeps later words as keywords, without repeats or stop words', () => {
    const names = records[1]!;
    expect(names.text.length).toBeLessThanOrEqual(limits.textChars + 1);
    expect(names.text.endsWith('…')).toBe(true);
    const words = names.keywords.split(' ');
    expect(new Set(words).size).toBe(words.length);
    expect(words).not.toContain('the');
    expect(names.keywords.length).toBeLessThanOrEqual(limits.keywordChars + 'lumbar infusion'.length + 1);
  });

  test('keeps a lay phrase whole when the text uses it after the snippet', () => {
    expect(records[1]!.keywords.startsWith('lumbar infusion')).toBe(true);
    // "pain pump" is inside the snippet already, so it is not repeated.
    expect(records[1]!.keywords).not.toContain('pain pump');
  });

  test('an h2 that goes straight into h3s is summed up by its sub-headings; an h3 knows its h2', () => {
    expect(records[2]!.text).toBe('Alarms');
    expect(records[3]!.text).toBe('A two-tone alarm means a serious problem.');
    expect(records[3]!.keywords).toContain('living');
  });

  test('the page record has the description and key points', () => {
    expect(records[0]!.text).toContain('What this example page is about.');
    expect(records[0]!.keywords).toContain('refills');
  });
});

test('extraKeywords skips known words, short words and numbers, and respects the length', () => {
  expect(extraKeywords('The pump pump is 42 mm in a belly pocket', ['belly'], 100)).toBe('pump pocket');
  expect(extraKeywords('alpha beta gamma delta', [], 11)).toBe('alpha beta');
});

describe('toSearchRecords', () => {
  const sources: SearchSources = {
    pages: [page],
    toolPages: [{ href: '/glossary/', title: 'Word list', description: 'Meanings of medical words.' }],
    terms: [
      {
        id: 'intrathecal',
        term: 'Intrathecal',
        aliases: ['spinal fluid space'],
        misspellings: ['intrathecle'],
        definition: 'Inside the spinal fluid space.',
      },
    ],
    questions: [{ id: 'mri-scans', text: 'Can I have an MRI scan?', why: 'An MRI magnet can affect a pump.' }],
    glossaryHref: '/glossary/',
    glossaryName: 'Word list',
    questionHref: (id) => `/questions/#${id}`,
    questionsName: 'Questions to ask',
  };
  const records = toSearchRecords(sources, limits);

  test('adds tool pages, glossary terms (found by aliases and misspellings) and questions after the pages', () => {
    expect(records.slice(4).map((r) => [r.kind, r.href, r.page, r.section])).toEqual([
      ['page', '/glossary/', 'Word list', 'Word list'],
      ['term', '/glossary/#intrathecal', 'Word list', 'Intrathecal'],
      ['question', '/questions/#mri-scans', 'Questions to ask', 'Can I have an MRI scan?'],
    ]);
    expect(records[5]!.keywords).toBe('spinal fluid space intrathecle');
    expect(records[5]!.text).toBe('Inside the spinal fluid space.');
  });

  test('a question is found by why people ask it, but shows only the question', () => {
    expect(records[6]!.text).toBe('');
    expect(records[6]!.keywords).toBe('magnet affect pump');
  });

  test('is pure: the same content gives the same records', () => {
    expect(toSearchRecords(sources, limits)).toEqual(records);
  });
});
