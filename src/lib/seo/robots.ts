/**
 * robots.txt text. Everything may be crawled (the site has no private pages); the not-found page
 * keeps itself out of results with a robots meta tag instead.
 */
import { absoluteUrl } from './page-meta';

/** File name @astrojs/sitemap writes at the site root: the index that lists every sitemap file. */
const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/**
 * The full robots.txt for a site at `site`. Without a site address (no SITE_URL) there is no
 * sitemap, so no Sitemap line: a relative or invented address would mislead crawlers.
 */
export function buildRobotsTxt(site: URL | string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /', ''];
  if (site) lines.push(`Sitemap: ${absoluteUrl(SITEMAP_INDEX_PATH, site)}`, '');
  return lines.join('\n');
}
