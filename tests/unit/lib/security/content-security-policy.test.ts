/**
 * The policy itself, and the host files that must carry it: public/_headers and docs/nginx.conf.
 * A change in one place that is not made in the others fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DENIED_PERMISSIONS,
  HEADER_CSP_DIRECTIVES,
  META_CSP_DIRECTIVES,
  securityHeaders,
} from '@/lib/security/content-security-policy';
import { headersForPath, parseHeadersFile } from '@/lib/security/headers-file';

const directiveNames = (list: readonly string[]) => list.map((d) => d.split(/\s+/)[0]);

describe('meta policy', () => {
  it('allows only this site, with no unsafe keywords and no other hosts', () => {
    expect(META_CSP_DIRECTIVES).toContain("default-src 'self'");
    for (const directive of META_CSP_DIRECTIVES) {
      expect(directive).not.toMatch(/unsafe-|https?:|\*|wss?:/);
    }
  });

  it('leaves script-src and style-src to Astro, which adds a hash for each inline script and style', () => {
    expect(directiveNames(META_CSP_DIRECTIVES)).not.toContain('script-src');
    expect(directiveNames(META_CSP_DIRECTIVES)).not.toContain('style-src');
  });

  it('has no directive a browser ignores in a meta tag (it would log an error on every page)', () => {
    for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox']) {
      expect(directiveNames(META_CSP_DIRECTIVES)).not.toContain(ignored);
    }
  });
});

describe('header policy', () => {
  it('forbids framing', () => {
    expect(HEADER_CSP_DIRECTIVES).toContain("frame-ancestors 'none'");
  });

  it('never restricts scripts or styles, which only the per-page meta tag can hash', () => {
    const names = directiveNames(HEADER_CSP_DIRECTIVES);
    for (const name of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem']) {
      expect(names).not.toContain(name);
    }
  });

  it('denies camera, microphone and geolocation but keeps clipboard and share for the share buttons', () => {
    expect(DENIED_PERMISSIONS).toEqual(expect.arrayContaining(['camera', 'microphone', 'geolocation']));
    expect(DENIED_PERMISSIONS).not.toContain('clipboard-write');
    expect(DENIED_PERMISSIONS).not.toContain('web-share');
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

  it.each(['/', '/guide/risks/', '/questions/', '/404.html'])('sends every security header on %s', (path) => {
    expect(headersForPath(rules, path)).toEqual(securityHeaders());
  });

  it('caches hashed build files for a year and revalidates the service worker and search index', () => {
    expect(headersForPath(rules, '/_astro/page.Ab12Cd.js')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersForPath(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersForPath(rules, '/search-index.json')['Cache-Control']).toBe('no-cache');
  });
});

describe('docs/nginx.conf', () => {
  const conf = readFileSync('docs/nginx.conf', 'utf8');
  const added = new Map(
    [...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1], m[2]]),
  );

  it('sends the same security headers as public/_headers', () => {
    for (const [name, value] of Object.entries(securityHeaders())) {
      expect(added.get(name), name).toBe(value);
    }
  });

  it('caches /_astro/ for a year, revalidates everything else, and serves 404.html for unknown paths', () => {
    expect(conf).toMatch(/~\^\/_astro\/\s+"public, max-age=31536000, immutable";/);
    expect(conf).toMatch(/default\s+"no-cache";/);
    expect(conf).toMatch(/add_header Cache-Control \$ppg_cache_control always;/);
    expect(conf).toMatch(/error_page 404 \/404\.html;/);
    expect(conf).not.toMatch(/location = \/404\.html\s*\{\s*internal/);
  });
});
