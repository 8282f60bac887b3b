/**
 * schema.org MedicalWebPage structured data (JSON-LD) for a page of the guide. Search engines use
 * it to tell health pages apart and to show when a page was last checked. Pure builder plus a
 * serializer that is safe inside an HTML <script> element.
 */
import type { PageAudience } from './page-meta';
import type { ClinicalReview, PageReviewer } from '../edition/clinical-review';

/** What every page of this site is about. */
export const PAGE_TOPIC = {
  '@type': 'MedicalTherapy',
  name: 'Intrathecal drug delivery',
  alternateName: [
    'Implanted pain pump',
    'Intrathecal drug delivery system',
    'Intrathecal pump',
    'Morphine pump',
    'Baclofen pump',
  ],
} as const;

export interface MedicalWebPageInput {
  /** Absolute canonical URL of the page; left out of the data when the build has no SITE_URL. */
  url?: string | undefined;
  /** Absolute URL of the site's home page; left out when the build has no SITE_URL. */
  siteUrl?: string | undefined;
  siteName: string;
  /** The page's own title. */
  name: string;
  description: string;
  audience: PageAudience;
  /** Absolute URL of the preview image; left out when the build has no SITE_URL. */
  imageUrl?: string | undefined;
  /**
   * The page's clinical review (src/lib/edition/clinical-review.ts). Only then does the data
   * carry `reviewedBy` and `lastReviewed`: both are left out unless a named clinician reviewed
   * this page, never invented.
   */
  review?: ClinicalReview | null | undefined;
  /** The page's language as a BCP 47 tag ("es-US"); US English when not given. */
  inLanguage?: string | undefined;
}

/** The JSON-LD object for one page. */
export function buildMedicalWebPage(input: MedicalWebPageInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
  };
  // Without SITE_URL there is no true absolute address: leave the URLs out rather than invent one.
  if (input.url) Object.assign(data, { '@id': `${input.url}#webpage`, url: input.url });
  Object.assign(data, {
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage ?? 'en-US',
    isPartOf: input.siteUrl
      ? { '@type': 'WebSite', name: input.siteName, url: input.siteUrl }
      : { '@type': 'WebSite', name: input.siteName },
    about: PAGE_TOPIC,
    audience:
      input.audience === 'clinician'
        ? { '@type': 'MedicalAudience', audienceType: 'Clinician' }
        : { '@type': 'Patient' },
  });
  if (input.imageUrl) data['primaryImageOfPage'] = { '@type': 'ImageObject', url: input.imageUrl };
  if (input.review && input.review.reviewers.length > 0) {
    data['lastReviewed'] = input.review.reviewed.toISOString().slice(0, 10);
    const people = input.review.reviewers.map(reviewerPerson);
    data['reviewedBy'] = people.length === 1 ? people[0] : people;
  }
  return data;
}

/** A reviewer → a schema.org Person with a name and (when known) a job title. */
export function reviewerPerson(reviewer: PageReviewer): Record<string, string> {
  return reviewer.credentials
    ? { '@type': 'Person', name: reviewer.name, jobTitle: reviewer.credentials }
    : { '@type': 'Person', name: reviewer.name };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<", ">" and "&" are escaped so text
 * such as "</script>" in a title can never end the element early; line and paragraph separators
 * are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
