/**
 * The site's security headers, in one place. Everything that carries them is generated from here:
 * the CSP meta tag on every page (astro.config.mjs), dist/_headers (written by the build,
 * src/integrations/host-headers.ts) and docs/nginx.conf (`npm run nginx-conf`). No hand-kept copies.
 *
 * WARNING: imported by astro.config.mjs at build time, and run directly by Node (type stripping) to
 * write docs/nginx.conf. Keep it free of imports and of TypeScript that is not erasable.
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
 * Directives only an HTTP header can carry. Sent by dist/_headers and docs/nginx.conf as a second
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
function headerCspValue(): string {
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
function permissionsPolicyValue(): string {
  return DENIED_PERMISSIONS.map((feature) => `${feature}=()`).join(', ');
}

/**
 * Referrer-Policy. `no-referrer`: a page address such as /guide/risks/ says something about the
 * reader's health, so links to sources on other sites do not tell those sites where the reader came from.
 */
const REFERRER_POLICY = 'no-referrer';

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

/** Cache-Control for files whose name carries a content hash (everything under /_astro/). */
const HASHED_FILE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Files that keep their name between deploys and must be revalidated, so a new deploy reaches
 * readers on their next visit. (Pages need no rule on hosts that read _headers: Netlify and
 * Cloudflare Pages already revalidate HTML.)
 */
const REVALIDATED_FILES = ['/sw.js', '/search-index.json'] as const;

/** Every header a host sends for a URL path: the security headers plus its Cache-Control. */
export function headersForPath(path: string): Record<string, string> {
  const headers = securityHeaders();
  if (path.startsWith('/_astro/')) headers['Cache-Control'] = HASHED_FILE_CACHE;
  else if ((REVALIDATED_FILES as readonly string[]).includes(path)) headers['Cache-Control'] = 'no-cache';
  return headers;
}

const GENERATED_NOTE = 'Generated from src/lib/security/content-security-policy.ts; do not edit by hand.';

/**
 * The `_headers` file for hosts that read one (Netlify, Cloudflare Pages and others), written to
 * dist/_headers by the build. A Cache-Control on /* would be merged with the /_astro/* value,
 * because matching rules combine, so pages get no rule.
 */
export function headersFileText(): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    `# Security and cache headers. ${GENERATED_NOTE}`,
    '# Why each header: docs/security-and-privacy.md. nginx: docs/nginx.conf.',
    block('/*', securityHeaders()),
    block('/_astro/*', { 'Cache-Control': HASHED_FILE_CACHE }),
    ...REVALIDATED_FILES.map((path) => block(path, { 'Cache-Control': 'no-cache' })),
    '',
  ].join('\n\n');
}

/** docs/nginx.conf: an example server for the built site, with the same headers. */
export function nginxConfText(): string {
  const addHeaders = Object.entries(securityHeaders())
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n');
  return `# Example nginx configuration for Pain Pump Guide: a plain static site built into dist/.
# ${GENERATED_NOTE}
# Regenerate with \`npm run nginx-conf\`. Copy dist/ to /var/www/pain-pump-guide and adapt
# server_name and the certificate paths. Why each header: docs/security-and-privacy.md.

# --- In the http { } block (for example /etc/nginx/conf.d/pain-pump-guide.conf) ---------------

# Files under /_astro/ have a content hash in their name and never change: cache them for a year.
# Everything else (pages, /sw.js, /search-index.json) is revalidated on every visit, so a new
# deploy reaches readers at once. A map keeps every add_header at server level: in nginx, an
# add_header inside a location drops all the server-level ones.
map $uri $ppg_cache_control {
    ~^/_astro/  "${HASHED_FILE_CACHE}";
    default     "no-cache";
}

# Privacy-friendly access log: no IP address, no query string, no referrer, no user agent.
# (Search and share links keep what a reader typed out of the request, but be safe anyway.)
log_format ppg_private '$time_iso8601 $request_method $uri $status $body_bytes_sent';

server {
    listen 80;
    listen [::]:80;
    server_name pumps.example.org;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl;
    listen [::]:443 ssl;
    http2 on;
    server_name pumps.example.org;

    ssl_certificate     /etc/letsencrypt/live/pumps.example.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/pumps.example.org/privkey.pem;

    root /var/www/pain-pump-guide;
    index index.html;
    absolute_redirect off;
    server_tokens off;
    access_log /var/log/nginx/pain-pump-guide.log ppg_private;

    gzip on;
    gzip_comp_level 6;
    gzip_types text/css application/javascript text/javascript application/json image/svg+xml application/manifest+json;

    # The full Content-Security-Policy (with a hash for each inline script and style) is in a
    # <meta> tag on every page. This header adds only what a meta tag cannot carry. It must never
    # restrict scripts or styles: the browser enforces both policies.
${addHeaders}
    add_header Strict-Transport-Security "max-age=31536000" always;
    add_header Cache-Control $ppg_cache_control always;

    # /guide/risks/ → /guide/risks/index.html; anything else that does not exist → 404.html.
    location / {
        try_files $uri $uri/ =404;
    }

    # Unknown addresses get the site's own "page not found" page with status 404.
    # Do not mark /404.html "internal": the service worker downloads it for offline use and needs a 200.
    error_page 404 /404.html;
}
`;
}
