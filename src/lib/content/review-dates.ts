/** The longest gap allowed between a page's last review and its next review. */
const MAX_REVIEW_INTERVAL_MONTHS = 24;

/** Adds whole calendar months in UTC (content dates are plain dates with no time zone). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/**
 * Checks a page's review dates. Returns a plain-language problem, or null when the dates are fine.
 * Used by the content schema, so a bad date fails the build with this message.
 */
export function reviewDateProblem(lastReviewed: Date, nextReview: Date): string | null {
  if (nextReview.getTime() <= lastReviewed.getTime()) {
    return `nextReview (${toIsoDate(nextReview)}) must be after lastReviewed (${toIsoDate(lastReviewed)}).`;
  }
  const latest = addMonths(lastReviewed, MAX_REVIEW_INTERVAL_MONTHS);
  if (nextReview.getTime() > latest.getTime()) {
    return `nextReview (${toIsoDate(nextReview)}) must be at most ${MAX_REVIEW_INTERVAL_MONTHS} months after lastReviewed (${toIsoDate(lastReviewed)}), so no later than ${toIsoDate(latest)}.`;
  }
  return null;
}

/** True when a page's next review date has passed on the given day. */
export function isOverdue(nextReview: Date, today: Date): boolean {
  return nextReview.getTime() < startOfUtcDay(today).getTime();
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
