/**
 * Content freshness: which pages are past their next review date, and which are due soon.
 * Pure functions: the build prints the report (src/data/guide-data.ts) and the test command fails
 * on an overdue page (tests/content/freshness.test.ts). Dates are plain UTC days, as in content/.
 */
import { isOverdue, toIsoDate } from './review-dates';

/** The review facts of one page, as the checks need them. */
export interface ReviewedPage {
  /** Content id (the file name without extension). */
  id: string;
  /** Path of the content file, shown to authors so they know what to open. */
  filePath: string;
  nextReview: Date;
}

/** A page whose next review has passed. */
export interface OverduePage extends ReviewedPage {
  /** Whole days since the next review date (1 = the review date was yesterday). */
  daysOverdue: number;
}

/** A page whose review is coming up. */
export interface DueSoonPage extends ReviewedPage {
  /** Whole days until the next review date (0 = today). */
  daysLeft: number;
}

/** How far ahead the build warns that a review is coming up. */
export const DUE_SOON_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** Pages past their next review date on `today`, most overdue first (then by file path). */
export function findOverduePages(pages: readonly ReviewedPage[], today: Date): OverduePage[] {
  return pages
    .filter((page) => isOverdue(page.nextReview, today))
    .map((page) => ({ ...page, daysOverdue: daysBetween(page.nextReview, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.filePath.localeCompare(b.filePath));
}

/** Pages not yet overdue whose review falls within `withinDays` of `today`, soonest first. */
export function findPagesDueSoon(
  pages: readonly ReviewedPage[],
  today: Date,
  withinDays: number = DUE_SOON_DAYS,
): DueSoonPage[] {
  return pages
    .filter((page) => !isOverdue(page.nextReview, today))
    .map((page) => ({ ...page, daysLeft: daysBetween(today, page.nextReview) }))
    .filter((page) => page.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.filePath.localeCompare(b.filePath));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The freshness report for authors, one line per page. Says plainly when nothing needs attention,
 * so the build log always shows the check ran.
 */
export function formatFreshnessReport(pages: readonly ReviewedPage[], today: Date): string {
  const overdue = findOverduePages(pages, today);
  const dueSoon = findPagesDueSoon(pages, today);
  const lines: string[] = [];
  if (overdue.length > 0) {
    lines.push(
      `Review overdue: ${plural(overdue.length, 'page')} passed the next review date. Review them, then update lastReviewed and nextReview:`,
      ...overdue.map(
        (p) => `  - ${p.filePath}: next review was ${toIsoDate(p.nextReview)} (${plural(p.daysOverdue, 'day')} ago)`,
      ),
    );
  }
  if (dueSoon.length > 0) {
    lines.push(
      `Review due soon: ${plural(dueSoon.length, 'page')} within ${DUE_SOON_DAYS} days:`,
      ...dueSoon.map(
        (p) => `  - ${p.filePath}: next review ${toIsoDate(p.nextReview)} (in ${plural(p.daysLeft, 'day')})`,
      ),
    );
  }
  if (lines.length === 0) {
    const next = [...pages].sort((a, b) => a.nextReview.getTime() - b.nextReview.getTime())[0];
    lines.push(
      next
        ? `Review dates: ${plural(pages.length, 'page')} checked, none overdue. The next review is due ${toIsoDate(next.nextReview)} (${next.filePath}).`
        : 'Review dates: no pages to check.',
    );
  }
  return lines.join('\n');
}
