/**
 * Facts about the site itself, used in the header, footer, metadata and print. Its words for
 * readers (tagline, safety line, get-help link) are interface text: src/i18n/<lang>/site.ts.
 */
/** The brand: the same name in every language. */
export const SITE_NAME = 'Pain Pump Guide';

/** Routes that are not generated from content. Kept here so links and tests agree. */
export const ROUTES = {
  home: '/',
  guide: '/guide/',
  decide: '/decide/',
  questions: '/questions/',
  search: '/search/',
  glossary: '/glossary/',
  about: '/about-and-methods/',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
  clinicians: '/for-clinicians/',
  getHelp: '/get-help/',
  myData: '/my-data/',
  trialDiary: '/trial-diary/',
  myPump: '/my-pump/',
} as const;

export function topicHref(id: string): string {
  return `/guide/${id}/`;
}

export function pageHref(id: string): string {
  return `/${id}/`;
}
