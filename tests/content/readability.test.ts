/**
 * Reading-level gate: every page's prose must be US grade 8 or lower (Flesch-Kincaid) and
 * SMOG 9 or lower. Run alone with `npx vitest run tests/content/readability.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePage } from '@/lib/readability/page-readability';
import { MAX_FLESCH_KINCAID_GRADE, MAX_SMOG_GRADE } from '@/lib/readability/score';

const pageFiles = ['content/topics', 'content/pages'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => join(dir, f)),
);

describe('reading level of every page', () => {
  it('finds the pages to measure', () => {
    expect(pageFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pageFiles)('%s is plain enough', (file) => {
    const score = measurePage(readFileSync(file, 'utf8'));
    console.log(
      `${file}: Flesch-Kincaid ${score.fleschKincaidGrade}, SMOG ${score.smogGrade}, ${score.words} words, ${score.sentences} sentences`,
    );
    expect(score.words, 'page has no prose to measure').toBeGreaterThan(50);
    expect(score.fleschKincaidGrade).toBeLessThanOrEqual(MAX_FLESCH_KINCAID_GRADE);
    expect(score.smogGrade).toBeLessThanOrEqual(MAX_SMOG_GRADE);
  });
});
