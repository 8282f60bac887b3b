/**
 * Small schemas shared by every content collection (guide and decision aid). Pure zod: no
 * astro:* import, so unit tests check the real content files with exactly the build's rules.
 */
import { z } from 'astro/zod';
import { reviewDateProblem } from '../review-dates';
import { KEBAB_ID_PATTERN } from '../ids';
import { EVIDENCE_STRENGTHS } from '../sections';

/** An id written in a file (a source, question, option, row or statement id). */
export const kebabId = z.string().regex(KEBAB_ID_PATTERN, {
  error: 'Use lowercase letters, digits and single hyphens only (for example "pump-refill-how-often").',
});

/**
 * Id of an entry in content/sources/. A plain string: the content checks
 * (src/lib/content/content-checks.ts) fail the build on an unknown id with a message for authors.
 */
export const sourceId = kebabId.describe('id of an entry in content/sources/');

/** Id of an entry in content/questions/ (checked the same way as sourceId). */
export const questionId = kebabId.describe('id of an entry in content/questions/');

/** How much weight the evidence can bear: strong, moderate or weak. */
export const evidenceStrength = z.enum(EVIDENCE_STRENGTHS);

/** A short plain-language sentence or two, at most `max` characters. */
export const plainText = (max: number) => z.string().trim().min(3).max(max);

/** Page title, shown as the heading and in the browser tab. */
export const pageTitle = z.string().min(3).max(80);

/** At most 160 characters: used in link previews and search results. */
export const pageDescription = z.string().min(20).max(160);

/** Review dates shared by every page a reader sees. */
export const reviewFields = {
  /** Date a person last checked this page against its sources (YYYY-MM-DD). */
  lastReviewed: z.coerce.date(),
  /** Date the page must be checked again: after lastReviewed and at most 24 months later. */
  nextReview: z.coerce.date(),
  /**
   * Name and role of the clinician who reviewed the page. Leave out when nobody has:
   * the page then says plainly that clinical review is pending. Never invent a reviewer.
   */
  reviewedBy: z.string().min(3).optional(),
};

/** Adds a "nextReview" issue when the review dates are out of order or too far apart. */
export function refineReviewDates(
  value: { lastReviewed: Date; nextReview: Date },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: string[] }) => void },
): void {
  const problem = reviewDateProblem(value.lastReviewed, value.nextReview);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['nextReview'] });
}
