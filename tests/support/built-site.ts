/**
 * Reads the built site (dist/) for tests that check it as files: link check, meta tags, sitemap.
 * Pages are keyed by URL path ("/guide/risks/", "/404.html").
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPagePaths, distDir } from './site-pages';

export { distDir };

/** Every built HTML page, path → HTML text. */
export function readBuiltPages(): Map<string, string> {
  return new Map(builtPagePaths().map((path) => [path, readFileSync(fileForPath(path)!, 'utf8')]));
}

/**
 * The file a static host serves for a URL path, or null when there is none. Trailing-slash paths
 * serve their folder's index.html; a folder without the slash counts as missing, because every
 * link on this site ends in a slash (trailingSlash: 'always').
 */
export function fileForPath(path: string, dir = distDir): string | null {
  const decoded = decodeURIComponent(path);
  const file = decoded.endsWith('/') ? join(dir, decoded, 'index.html') : join(dir, decoded);
  if (!file.startsWith(resolve(dir))) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Front matter of a content page, as the built page should show it. */
export interface ContentFrontMatter {
  title: string;
  description: string;
  lastReviewed: string;
  reviewedBy?: string;
}

/**
 * Front matter of every topic and site page, keyed by the URL path the page is built at
 * (/guide/<file>/ for topics, /<file>/ for site pages).
 */
export function contentFrontMatter(root = resolve(import.meta.dirname, '../..')): Map<string, ContentFrontMatter> {
  const result = new Map<string, ContentFrontMatter>();
  const folders = [
    ['content/topics', '/guide/'],
    ['content/pages', '/'],
  ] as const;
  for (const [folder, prefix] of folders) {
    for (const name of readdirSync(join(root, folder))) {
      if (!name.endsWith('.mdx') || name.startsWith('_')) continue;
      const text = readFileSync(join(root, folder, name), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      if (!yaml) throw new Error(`${folder}/${name} has no front matter`);
      const data = parseYaml(yaml) as Record<string, unknown>;
      const entry: ContentFrontMatter = {
        title: String(data['title']),
        description: String(data['description']),
        lastReviewed: String(data['lastReviewed']),
      };
      if (typeof data['reviewedBy'] === 'string') entry.reviewedBy = data['reviewedBy'];
      result.set(`${prefix}${name.replace(/\.mdx$/, '')}/`, entry);
    }
  }
  return result;
}

/**
 * The site URL the build used: the one configuration value in astro.config.mjs (SITE_URL), or null
 * when the build had none (then no page may carry an absolute address of its own).
 */
export async function configuredSite(): Promise<string | null> {
  const config = (await import('../../astro.config.mjs')).default as { site?: string };
  return config.site ? new URL(config.site).href : null;
}
