/**
 * Keeps pages that ask not to be indexed (<meta name="robots" content="noindex">) out of the
 * sitemap, so the sitemap and the pages never disagree. Used by @astrojs/sitemap's `filter` in
 * astro.config.mjs; it runs after the pages are written, so it reads each built page.
 * Build-time only (reads files); never shipped to the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** True when the HTML carries a robots meta tag with "noindex". */
export function hasNoindex(html: string): boolean {
  return (
    /<meta\s[^>]*name=["']?robots["']?[^>]*content=["'][^"']*noindex/i.test(html) ||
    /<meta\s[^>]*content=["'][^"']*noindex[^"']*["'][^>]*name=["']?robots/i.test(html)
  );
}

/** A sitemap filter for a site built into `outDir`: false for pages marked noindex. */
export function indexablePagesIn(outDir: string): (url: string) => boolean {
  const root = resolve(outDir);
  return (url) => {
    const path = decodeURIComponent(new URL(url).pathname);
    const file = path.endsWith('/') ? join(root, path, 'index.html') : join(root, `${path}.html`);
    return !(existsSync(file) && hasNoindex(readFileSync(file, 'utf8')));
  };
}
