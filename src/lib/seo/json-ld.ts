/**
 * schema.org MedicalWebPage structured data (JSON-LD) for a page of the guide. Search engines use
 * it to tell health pages apart and to show when a page was last checked. Pure builder plus a
 * serializer that is safe inside an HTML <script> element.
 */
import type { PageAudience } from './page-meta';

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
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  siteName: string;
  /** The page's own title. */
  name: string;
  description: string;
  audience: PageAudience;
  /** Absolute URL of the preview image. */
  imageUrl: string;
  /** Front matter lastReviewed. Left out when the page has no review date: never invented. */
  lastReviewed?: Date | undefined;
  /**
   * Front matter reviewedBy ("Name, role"). Left out unless a real clinician reviewed the page.
   */
  reviewedBy?: string | undefined;
}

/** The JSON-LD object for one page. */
export function buildMedicalWebPage(input: MedicalWebPageInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': `${input.url}#webpage`,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: 'en-US',
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
    about: PAGE_TOPIC,
    audience:
      input.audience === 'clinician'
        ? { '@type': 'MedicalAudience', audienceType: 'Clinician' }
        : { '@type': 'Patient' },
    primaryImageOfPage: { '@type': 'ImageObject', url: input.imageUrl },
  };
  if (input.lastReviewed) data['lastReviewed'] = input.lastReviewed.toISOString().slice(0, 10);
  const reviewer = input.reviewedBy?.trim();
  if (reviewer) data['reviewedBy'] = reviewerPerson(reviewer);
  return data;
}

/** "Dr Jane Doe, consultant in pain medicine" → a Person with a name and a job title. */
export function reviewerPerson(reviewedBy: string): Record<string, string> {
  const comma = reviewedBy.indexOf(',');
  const name = (comma === -1 ? reviewedBy : reviewedBy.slice(0, comma)).trim();
  const jobTitle = comma === -1 ? '' : reviewedBy.slice(comma + 1).trim();
  return jobTitle ? { '@type': 'Person', name, jobTitle } : { '@type': 'Person', name };
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
