/**
 * Spanish reading-level gate: every Spanish page's prose must be "fairly easy" (bastante fácil) or
 * easier on the INFLESZ scale (src/lib/readability/spanish.ts). The scores are published on the
 * Spanish methods page. Run alone with `npx vitest run tests/content/readability-es.test.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureSpanishPage } from '@/lib/readability/page-readability';
import { MIN_INFLESZ } from '@/lib/readability/spanish';

const pageFiles = ['content/es/topics', 'content/es/pages'].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
        .map((f) => join(dir, f))
    : [],
);

describe('reading level of every Spanish page', () => {
  it('finds the pages to measure', () => {
    expect(pageFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pageFiles)('%s is fairly easy or easier (INFLESZ)', (file) => {
    const score = measureSpanishPage(readFileSync(file, 'utf8'));
    console.log(
      `${file}: INFLESZ ${score.inflesz} (${score.band}), ${score.words} words, ${score.sentences} sentences`,
    );
    expect(score.words, 'page has no prose to measure').toBeGreaterThan(50);
    expect(score.inflesz).toBeGreaterThanOrEqual(MIN_INFLESZ);
  });
});
