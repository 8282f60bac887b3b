/**
 * Link check over the built site: every internal link, asset and #anchor in dist/ resolves —
 * content links, citations, the header, footer and guide navigation, canonical and preview URLs.
 * Runs on the files (cheerio), after the build, like a crawler that never leaves the site.
 */
import { expect, test } from 'vitest';
import { configuredSite, fileForPath, readBuiltPages } from '../support/built-site';
import { findBrokenLinks } from '../support/link-check';

// Loading astro.config.mjs (for the configured site) takes a while on a busy machine.
test('every internal link and #anchor in the built site resolves', { timeout: 90_000 }, async () => {
  const pages = readBuiltPages();
  expect(pages.size).toBeGreaterThanOrEqual(15);
  // Without SITE_URL no page has an absolute address of its own; any stand-in origin works here.
  const site = (await configuredSite()) ?? 'http://site-url-not-set.invalid/';
  const broken = findBrokenLinks({ pages, site, fileExists: (path) => fileForPath(path) !== null });
  expect(broken, 'broken internal links (page: element, problem)').toEqual([]);
});

test('the checker itself catches a missing page, a missing #anchor and a missing trailing slash', () => {
  const site = 'https://pumps.example.org/';
  const pages = new Map([
    [
      '/',
      '<a href="/guide/a/">ok</a> <a href="/guide/a/#here">ok</a> <a href="#top">self</a> <h1 id="top">Home</h1>' +
        '<a href="/guide/a/#q=1.abc">app state, not an anchor</a>',
    ],
    [
      '/guide/a/',
      [
        '<h2 id="here">Here</h2>',
        '<a href="/guide/missing/">missing page</a>',
        '<a href="/#nowhere">missing anchor</a>',
        '<a href="/guide/a">no slash</a>',
        '<a href="https://pumps.example.org/guide/gone/">absolute, same site</a>',
        '<a href="https://pubmed.ncbi.nlm.nih.gov/1/">another site</a>',
        '<img src="/missing.png" alt="">',
        '<a href="#">empty</a>',
      ].join(''),
    ],
  ]);
  const broken = findBrokenLinks({ pages, site, fileExists: () => false });
  expect(broken).toEqual([
    '/guide/a/: <a href="/guide/missing/"> points to /guide/missing/, which is not in the built site',
    '/guide/a/: <a href="/#nowhere"> points to #nowhere, which is not on /',
    '/guide/a/: <a href="/guide/a"> points to /guide/a, which is not in the built site (add a trailing slash: /guide/a/)',
    '/guide/a/: <a href="https://pumps.example.org/guide/gone/"> points to /guide/gone/, which is not in the built site',
    '/guide/a/: <a href="#"> is empty',
    '/guide/a/: <img src="/missing.png"> points to /missing.png, which is not in the built site',
  ]);
});
