/**
 * Freshness gate: the test command fails when any page in content/ is past its next review date
 * (today, in UTC). The build also prints the same report (src/data/guide-data.ts).
 * To fix a failure: have the page reviewed, then update lastReviewed and nextReview in its front matter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findOverduePages, formatFreshnessReport, type ReviewedPage } from '@/lib/content/freshness';

const REVIEWED_FOLDERS = ['content/topics', 'content/pages'];

function readPages(): ReviewedPage[] {
  return REVIEWED_FOLDERS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .map((f) => {
        const filePath = join(dir, f);
        const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(filePath, 'utf8'))?.[1] ?? '';
        const data = (parse(frontMatter) ?? {}) as { nextReview?: unknown };
        // yaml reads an unquoted 2027-11-21 as a string; quoted or not, it is a plain UTC day.
        const nextReview = new Date(`${String(data.nextReview).slice(0, 10)}T00:00:00Z`);
        return { id: f.replace(/\.mdx$/, ''), filePath, nextReview };
      }),
  );
}

describe('content freshness', () => {
  const pages = readPages();

  it('reads a valid next review date from every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const unreadable = pages.filter((p) => Number.isNaN(p.nextReview.getTime())).map((p) => p.filePath);
    expect(unreadable, 'pages without a readable nextReview').toEqual([]);
  });

  it('has no page past its next review date', () => {
    const today = new Date();
    console.log(formatFreshnessReport(pages, today));
    const overdue = findOverduePages(pages, today).map(
      (p) => `${p.filePath}: next review was due ${p.nextReview.toISOString().slice(0, 10)}`,
    );
    expect(overdue, 'pages past their next review date').toEqual([]);
  });
});
