/**
 * Narrows each built page's Content-Security-Policy to the inline code that page really holds.
 *
 * Astro writes one site-wide list of hashes into every page's CSP meta tag: every island runtime
 * and hydration directive, and (with inlined stylesheets) every page's stylesheet. A guide page
 * with no island would carry a dozen hashes of code it never runs, about 0.4 KB gzip each time.
 * After the build, each page's `script-src` and `style-src` are rebuilt from the SHA-256 hashes of
 * the inline scripts and styles in that page itself: still no 'unsafe-inline', and nothing else
 * in the policy changes.
 *
 * Pure string work (no DOM), run on Astro's compressed output by src/integrations/page-csp.ts.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression for `text` (SHA-256, base64), e.g. `'sha256-…='`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
/** Inline scripts: no src attribute. JSON data blocks (JSON-LD) never run, so they need no hash. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !/type=["']?[^"'\s>]*json/i.test(attributes ?? ''))
    .map(([, , body]) => sha256Source(body ?? ''));
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, body]) => sha256Source(body ?? ''));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** Replaces the hash sources of one directive; keeps its other sources ('self') in order. */
function withHashes(policy: string, directive: string, hashes: string[]): string {
  return policy
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name !== directive) return part;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
      return ` ${[name, ...kept, ...hashes].join(' ')}`;
    })
    .join(';');
}

/**
 * Returns `html` with its CSP meta tag's script-src and style-src listing exactly the hashes of the
 * page's own inline scripts and styles. A page without the meta tag is returned unchanged.
 */
export function narrowPageCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const { scripts, styles } = inlineHashes(html);
  const policy = withHashes(withHashes(meta[1] ?? '', 'script-src', scripts), 'style-src', styles);
  return html.replace(meta[0], meta[0].replace(meta[1] ?? '', policy));
}
