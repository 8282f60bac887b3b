import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasNoindex, indexablePagesIn } from '@/lib/seo/sitemap-filter';

describe('hasNoindex', () => {
  it.each([
    ['<meta name="robots" content="noindex">', true],
    ['<meta name="robots" content="noindex, follow">', true],
    ['<meta content="noindex" name="robots">', true],
    ['<meta name="robots" content="index, follow">', false],
    ['<meta name="description" content="noindex is a word">', false],
    ['<p>noindex</p>', false],
  ])('%s → %s', (html, expected) => {
    expect(hasNoindex(html)).toBe(expected);
  });
});

describe('indexablePagesIn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ppg-sitemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'guide/risks'), { recursive: true });
  mkdirSync(join(dir, 'decide/summary'), { recursive: true });
  writeFileSync(join(dir, 'guide/risks/index.html'), '<head><title>Risks</title></head>');
  writeFileSync(join(dir, 'decide/summary/index.html'), '<head><meta name="robots" content="noindex"></head>');
  const keep = indexablePagesIn(dir);

  it('keeps ordinary pages and drops noindex pages', () => {
    expect(keep('https://x.org/guide/risks/')).toBe(true);
    expect(keep('https://x.org/decide/summary/')).toBe(false);
  });

  it('keeps a URL it cannot find a file for (the sitemap integration knows best)', () => {
    expect(keep('https://x.org/not-built/')).toBe(true);
  });
});
