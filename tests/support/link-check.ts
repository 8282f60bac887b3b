/**
 * Finds broken internal links in a set of built HTML pages: every href, src, action and preview URL
 * that points at this site must name a file that exists, and every #anchor must name an element id
 * on the target page. Links to other sites are not followed (sources are checked by authors).
 * Fragments of the form "#key=value" are app state read by a page's script, not anchors.
 */
import * as cheerio from 'cheerio';

export interface SiteFiles {
  /** Built HTML pages by URL path. */
  pages: Map<string, string>;
  /** True when a non-HTML file (image, script, XML…) exists at this URL path. */
  fileExists: (path: string) => boolean;
  /** The configured site URL; absolute links to it count as internal. */
  site: string;
}

/** Attributes that hold a URL, by selector. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** A page's element ids (and legacy <a name>), which #anchors may point at. */
function anchorsOf(html: string): Set<string> {
  const $ = cheerio.load(html);
  const ids = new Set<string>();
  $('[id]').each((_, el) => void ids.add($(el).attr('id')!));
  $('a[name]').each((_, el) => void ids.add($(el).attr('name')!));
  return ids;
}

/** Every broken internal link, as "page: <tag attr=value> problem" lines. Empty when all resolve. */
export function findBrokenLinks({ pages, fileExists, site }: SiteFiles): string[] {
  const origin = new URL(site).origin;
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (path: string) => {
    if (!anchors.has(path)) anchors.set(path, anchorsOf(pages.get(path)!));
    return anchors.get(path)!;
  };
  const problems: string[] = [];

  for (const [pagePath, html] of pages) {
    const $ = cheerio.load(html);
    const pageUrl = new URL(pagePath, origin);
    for (const [selector, attribute] of URL_ATTRIBUTES) {
      $(selector).each((_, el) => {
        const raw = $(el).attr(attribute)!.trim();
        const tag = ($(el).prop('tagName') ?? '').toLowerCase();
        const where = `${pagePath}: <${tag} ${attribute}="${raw}">`;
        if (raw === '' || raw === '#') return void problems.push(`${where} is empty`);
        if (/^(mailto|tel|data|blob):/i.test(raw)) return;
        if (/^javascript:/i.test(raw)) return void problems.push(`${where} uses javascript:`);
        let target: URL;
        try {
          target = new URL(raw, pageUrl);
        } catch {
          return void problems.push(`${where} is not a valid address`);
        }
        if (target.origin !== origin) return; // another site
        const path = decodeURIComponent(target.pathname);
        const isPage = pages.has(path);
        if (!isPage && !fileExists(path)) {
          const hint = pages.has(`${path}/`) ? ` (add a trailing slash: ${path}/)` : '';
          return void problems.push(`${where} points to ${path}, which is not in the built site${hint}`);
        }
        // "#q=…" style fragments carry state for a page's script (a shared question list), not an anchor.
        if (target.hash && tag === 'a' && !/^#[\w-]+=/.test(target.hash)) {
          const id = decodeURIComponent(target.hash.slice(1));
          if (!isPage) return void problems.push(`${where} has an #anchor on a file that is not a page`);
          if (!anchorsFor(path).has(id)) problems.push(`${where} points to #${id}, which is not on ${path}`);
        }
      });
    }
  }
  return [...new Set(problems)];
}
