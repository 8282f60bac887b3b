import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile, patternMatches } from '@/lib/security/headers-file';

const sample = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/sw.js
  Cache-Control: no-cache
`;

describe('parseHeadersFile', () => {
  it('reads rules and headers in order, skipping comments and blank lines', () => {
    expect(parseHeadersFile(sample)).toEqual([
      {
        pattern: '/*',
        headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "frame-ancestors 'none'" },
      },
      { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
      { pattern: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
    ]);
  });

  it('rejects a header line with no path above it or no colon', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow('line 1');
    expect(() => parseHeadersFile('/*\n  nonsense')).toThrow('line 2');
  });
});

describe('patternMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/guide/risks/', true],
    ['/_astro/*', '/_astro/a.js', true],
    ['/_astro/*', '/guide/', false],
    ['/sw.js', '/sw.js', true],
    ['/sw.js', '/sw.jsx', false],
    ['/a.b', '/aXb', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

describe('headersForPath', () => {
  it('combines every matching rule, as hosts do', () => {
    const rules = parseHeadersFile(sample);
    expect(headersForPath(rules, '/sw.js')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "frame-ancestors 'none'",
      'Cache-Control': 'no-cache',
    });
    expect(headersForPath(rules, '/guide/')['Cache-Control']).toBeUndefined();
  });
});
