/**
 * Each page's CSP lists the hashes of its own inline code only (src/lib/security/page-csp.ts).
 * The built pages are checked in tests/dist/privacy-files.test.ts (every inline script and style
 * hashed) and in every browser test (any CSP violation fails the test).
 */
import { describe, expect, it } from 'vitest';
import { narrowPageCsp, sha256Source } from '@/lib/security/page-csp';

const meta = (scriptSrc: string, styleSrc: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src ${scriptSrc}; style-src ${styleSrc};">`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('narrowPageCsp', () => {
  it('drops the site-wide hashes of code the page does not hold', () => {
    const html = `<head>${meta("'self' 'sha256-island=' 'sha256-idle='", "'self' 'sha256-other='")}<link rel="stylesheet" href="/a.css"></head><body><script type="module" src="/a.js"></script></body>`;
    expect(policyOf(narrowPageCsp(html))).toBe(
      "default-src 'self';img-src 'self' data:; script-src 'self'; style-src 'self';",
    );
  });

  it("lists exactly the page's own inline scripts and styles, once each", () => {
    const css = 'body{color:red}';
    const script = 'console.log(1)';
    const html = `<head>${meta("'self' 'sha256-island='", "'self' 'sha256-other='")}<style>${css}</style></head><body><script>${script}</script><script>${script}</script></body>`;
    const policy = policyOf(narrowPageCsp(html));
    expect(policy).toContain(`script-src 'self' ${sha256Source(script)};`);
    expect(policy).toContain(`style-src 'self' ${sha256Source(css)};`);
    expect(policy).not.toContain('island');
    expect(policy).not.toContain('unsafe');
  });

  it('needs no hash for JSON data blocks (never executed) and keeps the rest of the page', () => {
    const html = `<head><script type="application/ld+json">{"a":1}</script>${meta("'self' 'sha256-x='", "'self'")}</head><body><p>Text</p></body>`;
    const narrowed = narrowPageCsp(html);
    expect(policyOf(narrowed)).toContain("script-src 'self';");
    expect(narrowed).toContain('<script type="application/ld+json">{"a":1}</script>');
    expect(narrowed).toContain('<p>Text</p>');
  });

  it('leaves a page without the meta tag unchanged', () => {
    expect(narrowPageCsp('<p>No policy</p>')).toBe('<p>No policy</p>');
  });

  it('hashes like the browser does (SHA-256 of the UTF-8 text, base64)', () => {
    // The empty string's well-known SHA-256.
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
