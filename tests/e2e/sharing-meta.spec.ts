/**
 * Link previews and discovery, checked on the built files of every page: title, description,
 * canonical URL, Open Graph and Twitter tags, schema.org MedicalWebPage JSON-LD, the preview image,
 * robots.txt and the sitemap. Every URL must come from the configured site (SITE_URL).
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { expect, test } from './fixtures';
import { configuredSite, contentFrontMatter, fileForPath, readBuiltPages } from '../support/built-site';
import { unlocalizedPath } from '@/lib/i18n/paths';

const SITE_NAME = 'Pain Pump Guide';
const pages = readBuiltPages();
const frontMatter = contentFrontMatter();
const NOT_FOUND = '/404.html';

test('the build has every content page and a not-found page', () => {
  for (const path of frontMatter.keys()) expect([...pages.keys()]).toContain(path);
  expect(pages.has(NOT_FOUND)).toBe(true);
});

for (const [path, html] of pages) {
  if (path === NOT_FOUND) continue;
  test(`${path} has correct search and link-preview tags and MedicalWebPage JSON-LD`, async () => {
    const site = await configuredSite();
    const $ = cheerio.load(html);
    const meta = (key: string) =>
      $(`meta[property="${key}"]`).attr('content') ?? $(`meta[name="${key}"]`).attr('content');
    const fm = frontMatter.get(path);
    // The same page in every language: /es/guide/x/ is an article like /guide/x/.
    const samePage = unlocalizedPath(path);
    // Without SITE_URL (site null) nothing that needs an absolute address is built.
    const canonical = site ? new URL(path, site).href : undefined;

    // Title and description: from the front matter when the page has one.
    const title = $('head > title').text();
    const ownTitle = fm?.title ?? meta('og:title');
    expect(ownTitle, 'og:title').toBeTruthy();
    expect(title).toBe(ownTitle === SITE_NAME ? SITE_NAME : `${ownTitle} | ${SITE_NAME}`);
    const description = meta('description');
    expect(description?.length ?? 0, 'meta description').toBeGreaterThan(20);
    if (fm) {
      expect(meta('og:title')).toBe(fm.title);
      expect(description).toBe(fm.description);
    }

    // Canonical and Open Graph URL from the configured site.
    expect($('link[rel="canonical"]').attr('href')).toBe(canonical);
    expect($('link[rel="canonical"]')).toHaveLength(site ? 1 : 0);
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:site_name')).toBe(SITE_NAME);
    expect(meta('og:type')).toBe(samePage.startsWith('/guide/') && samePage !== '/guide/' ? 'article' : 'website');
    expect(meta('og:description')).toBe(description);
    if (site) {
      const image = meta('og:image')!;
      expect(image.startsWith(new URL('/', site).href), 'og:image is absolute on the site').toBe(true);
      expect(fileForPath(new URL(image).pathname), 'og:image file exists').not.toBeNull();
      expect(meta('og:image:alt')?.length ?? 0).toBeGreaterThan(20);
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:height')).toBe('630');
    } else {
      expect(meta('og:image'), 'no preview image address without SITE_URL').toBeUndefined();
    }

    // Twitter (also read by many chat apps).
    expect(meta('twitter:card')).toBe('summary_large_image');
    // X/Twitter falls back to the Open Graph tags; duplicates would only add bytes.
    expect(meta('twitter:title')).toBeUndefined();

    // JSON-LD: one MedicalWebPage that parses and matches the page.
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks.text()) as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('MedicalWebPage');
    expect(data['url']).toBe(canonical);
    if (!site) expect(blocks.text(), 'no absolute address without SITE_URL').not.toMatch(/https?:\/\/(?!schema\.org)/);
    expect(data['name']).toBe(meta('og:title'));
    expect(data['about']).toMatchObject({ '@type': 'MedicalTherapy', name: 'Intrathecal drug delivery' });
    if (samePage === '/for-clinicians/') {
      expect(data['audience']).toEqual({ '@type': 'MedicalAudience', audienceType: 'Clinician' });
    } else {
      expect(data['audience']).toEqual({ '@type': 'Patient' });
    }
    // reviewedBy and lastReviewed only when a named clinician reviewed the page (the edition file
    // or front matter); the generic edition names no one. tests/build/edition.test.ts covers a
    // build with reviewers.
    const named = $('[data-reviewed-by]');
    if (fm?.reviewedBy || named.length > 0) {
      expect(data['reviewedBy']).toBeTruthy();
      expect(data['lastReviewed']).toBe(named.find('time').attr('datetime'));
    } else {
      expect(data).not.toHaveProperty('reviewedBy');
      expect(data).not.toHaveProperty('lastReviewed');
    }
    if (fm) expect(meta('robots')).toBeUndefined();
  });
}

test('the not-found page is never indexed and claims no address of its own', () => {
  const $ = cheerio.load(pages.get(NOT_FOUND)!);
  expect($('head > title').text()).toBe(`Page not found | ${SITE_NAME}`);
  expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  expect($('link[rel="canonical"]')).toHaveLength(0);
  expect($('meta[property="og:url"]')).toHaveLength(0);
  expect($('script[type="application/ld+json"]')).toHaveLength(0);
});

test('the preview image is a 1200x630 PNG', () => {
  // Read from the file the tag would point at: without SITE_URL the tag is left out.
  const file = readFileSync(fileForPath('/og-default.png')!);
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The IHDR chunk holds width and height as big-endian 32-bit numbers at bytes 16 and 20.
  expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('robots.txt points at the sitemap on the configured site, and the sitemap lists every page', async () => {
  const site = await configuredSite();
  const robots = readFileSync(fileForPath('/robots.txt')!, 'utf8');
  expect(robots).toContain('User-agent: *');
  if (!site) {
    // Without SITE_URL there is no sitemap (its entries must be absolute) and no Sitemap line.
    expect(robots).not.toMatch(/^Sitemap:/m);
    expect(fileForPath('/sitemap-index.xml')).toBeNull();
    return;
  }
  const sitemapLine = /^Sitemap: (.+)$/m.exec(robots)?.[1];
  expect(sitemapLine).toBe(new URL('/sitemap-index.xml', site).href);

  const index = cheerio.load(readFileSync(fileForPath('/sitemap-index.xml')!, 'utf8'), { xml: true });
  const sitemapFiles = index('sitemap > loc')
    .map((_, el) => index(el).text())
    .get();
  expect(sitemapFiles.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const loc of sitemapFiles) {
    expect(loc.startsWith(new URL('/', site).href)).toBe(true);
    const sitemap = cheerio.load(readFileSync(fileForPath(new URL(loc).pathname)!, 'utf8'), { xml: true });
    listed.push(
      ...sitemap('url > loc')
        .map((_, el) => sitemap(el).text())
        .get(),
    );
  }
  for (const url of listed) {
    expect(url.startsWith(new URL('/', site).href), `${url} is on the configured site`).toBe(true);
    expect(pages.has(new URL(url).pathname), `${url} is a built page`).toBe(true);
  }
  const indexable = [...pages.entries()]
    .filter(([, html]) => !/<meta name="robots" content="[^"]*noindex/.test(html))
    .map(([path]) => new URL(path, site).href);
  expect(listed.sort()).toEqual(indexable.sort());
});
