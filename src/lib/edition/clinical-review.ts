/**
 * Who clinically reviewed a page, and when. Pure: ReviewDates, the JSON-LD, the review packet and
 * the tests all use it, so a page names a reviewer in exactly one way.
 *
 * Two ways to record a review (README, "Recording a clinical review"):
 * 1. the edition file's `reviewers` (name, credentials, date, `pages: all` or page ids);
 * 2. a page's front matter `reviewedBy` ("Name, role"), dated by its `lastReviewed`.
 * The edition wins: when any edition reviewer covers a page, the front matter is not used, because
 * the edition is what the publishing clinic signs for. Nothing is ever shown without one of them.
 */
import type { Edition } from './edition-schema';

/** One named reviewer, as a page shows it. */
export interface PageReviewer {
  name: string;
  /** Profession and qualifications (empty when the front matter gave only a name). */
  credentials: string;
}

/** A page's clinical review: who, and the date of the latest review. */
export interface ClinicalReview {
  reviewers: PageReviewer[];
  /** The latest review date among the reviewers. */
  reviewed: Date;
  /** Where the review was recorded. */
  from: 'edition' | 'front-matter';
}

/** The page id a URL path belongs to: "/guide/risks/" → "risks", "/about-and-methods/" → "about-and-methods", "/" → "home". */
export function pageIdForPath(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts[0] === 'guide' && parts.length === 2) return parts[1]!;
  return parts.join('-');
}

/** "Dr Jane Doe, consultant" → { name, credentials }. */
export function splitReviewedBy(reviewedBy: string): PageReviewer {
  const comma = reviewedBy.indexOf(',');
  return comma === -1
    ? { name: reviewedBy.trim(), credentials: '' }
    : { name: reviewedBy.slice(0, comma).trim(), credentials: reviewedBy.slice(comma + 1).trim() };
}

/**
 * The clinical review of page `pageId`, or null when no named reviewer covered it (the page then
 * says review is pending and its JSON-LD names no one).
 */
export function clinicalReviewFor(
  edition: Pick<Edition, 'reviewers'>,
  pageId: string,
  frontMatter: { reviewedBy?: string | undefined; lastReviewed?: Date | undefined } = {},
): ClinicalReview | null {
  const covering = edition.reviewers.filter((r) => r.pages === 'all' || r.pages.includes(pageId));
  if (covering.length > 0) {
    const sorted = [...covering].sort((a, b) => b.reviewed.getTime() - a.reviewed.getTime());
    return {
      reviewers: sorted.map((r) => ({ name: r.name, credentials: r.credentials })),
      reviewed: sorted[0]!.reviewed,
      from: 'edition',
    };
  }
  const named = frontMatter.reviewedBy?.trim();
  if (named && frontMatter.lastReviewed) {
    return { reviewers: [splitReviewedBy(named)], reviewed: frontMatter.lastReviewed, from: 'front-matter' };
  }
  return null;
}

/** "Dr A, nurse; Dr B, consultant" for the page's review line. */
export function reviewerNames(review: ClinicalReview): string {
  return review.reviewers.map((r) => (r.credentials ? `${r.name}, ${r.credentials}` : r.name)).join('; ');
}

/**
 * Page ids named in the edition's reviewers that match no page: a typo would silently leave a
 * reviewed page saying "not yet reviewed", so the build stops on it.
 */
export function unknownReviewedPages(edition: Pick<Edition, 'reviewers'>, knownPageIds: Iterable<string>): string[] {
  const known = new Set(knownPageIds);
  const unknown = new Set<string>();
  for (const reviewer of edition.reviewers) {
    if (reviewer.pages === 'all') continue;
    for (const id of reviewer.pages) if (!known.has(id)) unknown.add(id);
  }
  return [...unknown].sort();
}
