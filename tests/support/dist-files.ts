/** Reading the built site (dist/) in tests: HTML of a page, files by URL path, folder listings. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from './site-pages';

/** The file in dist/ that a URL path is served from (`/guide/` → `guide/index.html`). */
export function distFileForPath(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  return join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** The built HTML of a page, by URL path. */
export function readPageHtml(urlPath: string): string {
  return readFileSync(distFileForPath(urlPath), 'utf8');
}

/** Every file in dist/ with the given extension, as paths relative to dist/ with forward slashes. */
export function distFilesWithExtension(extension: string, dir = distDir): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files.push(...distFilesWithExtension(extension, full));
    else if (name.endsWith(extension)) files.push(relative(distDir, full).split(sep).join('/'));
  }
  return files.sort();
}
