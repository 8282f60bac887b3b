import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { realSearchIndex } from './guide-content';
import { contentWords, headingSlug, normalizeText, tokenize, tokenizeFast, trimToWords } from '@/lib/search/text';

describe('normalizeText', () => {
  test.each([
    ['Can I have an MRI?', 'can i have an mri'],
    ['  Spinal   headache!! ', 'spinal headache'],
    ['Patient’s pump', 'patients pump'],
    ['Anesthésie', 'anesthesie'],
    ['intra-thecal', 'intra-thecal'],
    ['- leading and trailing -', 'leading and trailing'],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

test('tokenize splits normalized words; contentWords drops stop words', () => {
  expect(tokenize('Can I have an MRI with a pump?')).toEqual(['can', 'i', 'have', 'an', 'mri', 'with', 'a', 'pump']);
  expect(contentWords('Can I have an MRI with a pump?')).toEqual(['mri', 'pump']);
  expect(contentWords('How often will I need refills?')).toEqual(['often', 'refills']);
  expect(tokenize('   ')).toEqual([]);
});

describe('trimToWords', () => {
  test.each([
    ['short text', 20, 'short text'],
    ['one two three four five', 12, 'one two…'],
    ['one two three, four five', 14, 'one two three…'],
    ['abcdefghijklmnop', 5, 'abcde…'],
  ])('%j at %i characters → %j', (input, max, expected) => {
    expect(trimToWords(input, max)).toBe(expected);
  });

  test('never returns more than max characters plus the ellipsis', () => {
    const text = 'word '.repeat(100);
    expect(trimToWords(text, 50).length).toBeLessThanOrEqual(51);
  });
});

describe('headingSlug matches github-slugger (the slugger Astro uses) for first occurrences', () => {
  test.each([
    'What is a pain pump?',
    'Opioids: morphine, hydromorphone and fentanyl',
    'Ketamine, gabapentin and lidocaine are not pump medicines',
    'During the visit: go through the patient’s list',
    'Catheter-tip mass',
    'Severe muscle stiffness (spasticity)',
    'The FDA warning in 2018',
    'Ask 3 Questions',
    'Pump and tube problems, and more surgery',
  ])('%s', (heading) => {
    expect(headingSlug(heading)).toBe(new GithubSlugger().slug(heading));
  });
});

describe('tokenizeFast gives the same words as tokenize', () => {
  test.each([
    'Can I have an MRI with a pump?',
    "The patient's pump-site is well-known -- really",
    'Refills: every 6 weeks to 6 months (about 4 or 8 teaspoons).',
    'Anesthésie and the patient’s “pump”',
    'x--y and -dash- and trailing-',
    '<img src=x onerror=alert(1)>',
  ])('%j', (text) => {
    expect(tokenizeFast(text)).toEqual(tokenize(text));
  });

  test('on every record of the real index', () => {
    const { records } = realSearchIndex();
    for (const r of records) {
      for (const field of [r.section, r.text, r.keywords, r.page]) expect(tokenizeFast(field)).toEqual(tokenize(field));
    }
  });
});
