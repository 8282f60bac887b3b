/**
 * The web app manifest (/manifest.webmanifest), so the site can be added to a home screen and opens
 * like an app. Built from the site's own facts (src/lib/site.ts) so the name has one home. The icons
 * are committed PNGs made by tests/support/make-app-icons.mjs.
 */
import { ROUTES, SITE_NAME } from './site';
import { site as englishSite } from '../i18n/en/site';

/** Path of the manifest; BaseLayout links it from every page. */
export const WEB_MANIFEST_PATH = '/manifest.webmanifest';
/** The brand blue of the mark and icons, used as the installed app's theme color. */
const THEME_COLOR = '#1d4f91';
/**
 * iOS ignores manifest icons and fetches this fixed path by itself, so pages need no link to it
 * (every byte of a content page's head counts toward its budget).
 */
export const APPLE_TOUCH_ICON = '/apple-touch-icon.png';

/** One icon entry in the manifest. */
interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png' | 'image/svg+xml';
  purpose?: 'any' | 'maskable';
}

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: ManifestIcon[];
}

export function buildWebManifest(): WebManifest {
  return {
    id: ROUTES.home,
    name: SITE_NAME,
    short_name: 'Pain Pumps',
    description: englishSite.tagline,
    lang: 'en-US',
    dir: 'ltr',
    start_url: ROUTES.home,
    scope: ROUTES.home,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
