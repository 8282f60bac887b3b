/**
 * The policy's invariants, and the host files generated from it (dist/_headers is checked after the
 * build in tests/dist/host-headers.test.ts; the headers' effect in a browser in privacy.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DENIED_PERMISSIONS,
  HEADER_CSP_DIRECTIVES,
  META_CSP_DIRECTIVES,
  headersFileText,
  headersForPath,
  nginxConfText,
  securityHeaders,
} from '@/lib/security/content-security-policy';

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

describe('headers for each path', () => {
  it.each(['/', '/guide/risks/', '/questions/', '/404.html'])(
    'sends every security header and no cache rule on %s',
    (path) => {
      expect(headersForPath(path)).toEqual(securityHeaders());
    },
  );

  it('caches hashed build files for a year and revalidates the service worker and search index', () => {
    expect(headersForPath('/_astro/page.Ab12Cd.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath('/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersForPath('/search-index.json')['Cache-Control']).toBe('no-cache');
  });

  it('writes a _headers file with one rule per path pattern, security headers on every path', () => {
    const text = headersFileText();
    const patterns = text.split('\n').filter((line) => /^\//.test(line));
    expect(patterns).toEqual(['/*', '/_astro/*', '/sw.js', '/search-index.json']);
    for (const [name, value] of Object.entries(securityHeaders())) expect(text).toContain(`\n  ${name}: ${value}\n`);
  });
});

describe('docs/nginx.conf', () => {
  it('is the file generated from the policy (run `npm run nginx-conf` after changing the policy)', () => {
    expect(readFileSync('docs/nginx.conf', 'utf8')).toBe(nginxConfText());
  });
});
