/**
 * The site's Content-Security-Policy, in one place, so the Astro config, the host header files
 * (public/_headers, docs/nginx.conf) and the tests all agree.
 *
 * WARNING: imported by astro.config.mjs at build time. Keep it free of astro:* and DOM imports.
 *
 * The policy comes in two parts:
 *  - META_CSP_DIRECTIVES go into the `<meta http-equiv="content-security-policy">` tag that Astro
 *    writes on every page. Astro adds `script-src` and `style-src` itself, with a SHA-256 hash of
 *    every inline script and style it emits, so neither needs 'unsafe-inline'.
 *  - HEADER_CSP_DIRECTIVES are the directives a meta tag cannot carry (browsers ignore
 *    `frame-ancestors` in a meta tag and log an error). The host sends them as a real header.
 *    They must never restrict scripts or styles: a page must satisfy every policy it receives, and
 *    the per-page hashes only exist in the meta tag.
 */

/** Directives Astro puts in each page's CSP meta tag, next to its own script-src and style-src. */
export const META_CSP_DIRECTIVES = [
  // Anything not named below (frames, media, prefetch…) may only come from this site.
  "default-src 'self'",
  // Inline SVG needs nothing here; data: and blob: cover generated images (QR codes, previews).
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // fetch() of /search-index.json and other same-origin files only: nothing can be sent elsewhere.
  "connect-src 'self'",
  // The offline service worker (/sw.js) is served from this site.
  "worker-src 'self'",
  "manifest-src 'self'",
  // No plugins, and no <base> tag that could point relative URLs at another site.
  "object-src 'none'",
  "base-uri 'none'",
  // The header search form submits to /search/ on this site.
  "form-action 'self'",
] as const;

/**
 * Directives only an HTTP header can carry. Sent by public/_headers and docs/nginx.conf as a second
 * Content-Security-Policy header; the browser enforces both policies.
 */
export const HEADER_CSP_DIRECTIVES = [
  // No other site may show these pages in a frame (clickjacking).
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** The header policy as one header value. */
export function headerCspValue(): string {
  return HEADER_CSP_DIRECTIVES.join('; ');
}

/**
 * Permissions-Policy: powerful browser features this site never uses, switched off for the page and
 * anything it could embed. `browsing-topics` and `interest-cohort` opt out of ad-interest APIs.
 * Only names Chromium recognizes are listed (unknown names log a console warning on every page).
 * Deliberately NOT denied: clipboard-write and web-share (the copy-link and share buttons use them).
 */
export const DENIED_PERMISSIONS = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** The Permissions-Policy header value, e.g. `camera=(), microphone=()`. */
export function permissionsPolicyValue(): string {
  return DENIED_PERMISSIONS.map((feature) => `${feature}=()`).join(', ');
}

/**
 * Referrer-Policy. `no-referrer`: a page address such as /guide/risks/ says something about the
 * reader's health, so links to sources on other sites do not tell those sites where the reader came from.
 */
export const REFERRER_POLICY = 'no-referrer';

/** Every security header the host must send with every response, as name → value. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': headerCspValue(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': REFERRER_POLICY,
    'Permissions-Policy': permissionsPolicyValue(),
    // Old browsers that do not know frame-ancestors.
    'X-Frame-Options': 'DENY',
    // Other sites' pages cannot open this one with a handle on it, or load its files.
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
