/**
 * Freshness gate: the test command fails when any page in content/ (topics, pages and the decision
 * aid's option grid, English and Spanish) is past its next review date
 * (today, in UTC). The build also prints the same report (src/data/guide-data.ts).
 * To fix a failure: have the page reviewed, then update lastReviewed and nextReview in its front matter.
 */
import { describe, expect, it } from 'vitest';
import { findOverduePages, formatFreshnessReport, type ReviewedPage } from '@/lib/content/freshness';
import { readFolder } from '../support/content-files';

/** Every reviewed file: the guide's pages and the decision aid's option grid, in both languages. */
const REVIEWED_FOLDERS = ['topics', 'pages', 'decision', 'es/topics', 'es/pages', 'es/decision'];

function readPages(): ReviewedPage[] {
  return REVIEWED_FOLDERS.flatMap((folder) =>
    // In decision/ only the option grid carries review dates (the other files are parts of it).
    readFolder(folder)
      .filter(({ data }) => (folder.endsWith('decision') ? 'nextReview' in data : true))
      .map(({ id, filePath, data }) => ({
        id,
        filePath,
        // yaml reads an unquoted 2027-11-21 as a string; quoted or not, it is a plain UTC day.
        nextReview: new Date(`${String(data.nextReview).slice(0, 10)}T00:00:00Z`),
      })),
  );
}

describe('content freshness', () => {
  const pages = readPages();

  it('reads a valid next review date from every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.map((p) => p.filePath)).toEqual(
      expect.arrayContaining(['content/decision/option-grid.yaml', 'content/es/decision/option-grid.yaml']),
    );
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
