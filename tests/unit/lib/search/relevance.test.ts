/**
 * Relevance: patient-style searches (lay words, typos, whole questions; in Spanish also words typed
 * without accents) find the right page or section in the top 3, against the real index of each
 * language built from content/ (tests/fixtures/search-relevance.yaml, search-relevance-es.yaml).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { createSearchEngine } from '@/lib/search/search-engine';
import { realSearchIndex } from './guide-content';

interface RelevanceCase {
  query: string;
  expect: string[];
}

const FIXTURES = [
  ['en', 'tests/fixtures/search-relevance.yaml'],
  ['es', 'tests/fixtures/search-relevance-es.yaml'],
] as const;

/** "/guide/risks/" matches any result on that page; "/guide/risks/#x" only that section. */
function matchesTarget(href: string, target: string): boolean {
  if (target.includes('#')) return href === target;
  return href === target || href.startsWith(`${target}#`);
}

describe.each(FIXTURES)('searches in %s', (lang, fixture) => {
  const cases = parse(readFileSync(fixture, 'utf8')) as RelevanceCase[];
  const { records, file } = realSearchIndex(lang);
  const engine = createSearchEngine(file);
  const hrefs = new Set(records.map((r) => r.href));

  test('the fixture has at least 30 queries, each with a target', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(c.expect.length, c.query).toBeGreaterThan(0);
  });

  test('every target in the fixture exists in the index (no stale anchors)', () => {
    const missing = cases.flatMap((c) =>
      c.expect
        .filter((target) => ![...hrefs].some((href) => matchesTarget(href, target)))
        .map((t) => `${c.query} → ${t}`),
    );
    expect(missing).toEqual([]);
  });

  test('results stay in the language of the index', () => {
    const other = [...hrefs].filter((href) => (lang === 'es') !== href.startsWith('/es/'));
    expect(other).toEqual([]);
  });

  describe('each query finds an expected page or section in the top 3', () => {
    test.each(cases.map((c) => [c.query, c.expect] as const))('%s', (query, targets) => {
      const top = engine.search(query, 3).map((hit) => hit.href);
      const found = top.some((href) => targets.some((target) => matchesTarget(href, target)));
      expect(found, `top 3 for "${query}":\n  ${top.join('\n  ')}\nexpected one of:\n  ${targets.join('\n  ')}`).toBe(
        true,
      );
    });
  });
});
