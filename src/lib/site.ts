/** Facts about the site itself, used in the header, footer, metadata and print. */
export const SITE_NAME = 'Pain Pump Guide';

/** The offline service worker's file at the site root: written by the build, registered on every page. */
export const SERVICE_WORKER_FILE = 'sw.js';
export const SITE_TAGLINE =
  'Plain-language facts about implanted pain pumps (intrathecal drug delivery), to help you decide with your care team.';
export const NOT_MEDICAL_ADVICE =
  'This site does not replace advice from your care team. Talk to them before you make any change to your treatment.';

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

/** The one plain link to the warning signs, shown near the top of the home page and every guide page. */
export const GET_HELP_LINK_TEXT = 'Something wrong with your pump? Warning signs and who to call';
