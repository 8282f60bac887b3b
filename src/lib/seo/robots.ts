/**
 * robots.txt text. Everything may be crawled (the site has no private pages); the not-found page
 * keeps itself out of results with a robots meta tag instead.
 */
import { absoluteUrl } from './page-meta';

/** File name @astrojs/sitemap writes at the site root: the index that lists every sitemap file. */
const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** The full robots.txt for a site at `site`. */
export function buildRobotsTxt(site: URL | string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(SITEMAP_INDEX_PATH, site)}`, ''].join('\n');
}
