import { expect, test } from 'vitest';
import { queryFromAddress, resultsAddress } from '@/lib/search/address';

test.each([
  ['pump beeping', '/search/#q=pump+beeping'],
  ['  mri  ', '/search/#q=mri'],
  ['<img src=x>&more', '/search/#q=%3Cimg+src%3Dx%3E%26more'],
  ['', '/search/'],
])('resultsAddress(%j) keeps the words after "#"', (query, expected) => {
  expect(resultsAddress('/search/', query)).toBe(expected);
});

test.each([
  [{ hash: '#q=pump+beeping', search: '' }, 'pump beeping'],
  [{ hash: '', search: '?q=mri%20scan' }, 'mri scan'],
  [{ hash: '#q=from+hash', search: '?q=from-query' }, 'from hash'],
  [{ hash: '#other=1', search: '' }, ''],
  [{ hash: '', search: '' }, ''],
])('queryFromAddress(%j) → %j', (location, expected) => {
  expect(queryFromAddress(location)).toBe(expected);
});

test('an address round-trips any query', () => {
  for (const query of ['can I have an MRI?', 'a&b=c#d', 'ünïcode words', '100% sure']) {
    const address = new URL(resultsAddress('/search/', query), 'http://example.test');
    expect(queryFromAddress(address)).toBe(query);
  }
});
