// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { indexablePagesIn } from './src/lib/seo/sitemap-filter';
import { META_CSP_DIRECTIVES } from './src/lib/security/content-security-policy';
import { serviceWorker } from './src/integrations/service-worker';
import { hostHeaders } from './src/integrations/host-headers';
import { pageCsp } from './src/integrations/page-csp';
import { editionFilePath, readEdition } from './src/lib/edition/load-edition';

// Check the edition file (content/site.yaml or SITE_CONFIG) before any page is built, so a broken
// file stops the build within seconds with a message naming the field (README: "Your own edition").
const edition = readEdition(editionFilePath(process.env));
import { LANGS, SOURCE_LANG } from './src/lib/i18n/lang';
import { satteri } from '@astrojs/markdown-satteri';
import { labelHeadingsPlugin } from './src/lib/content/label-headings';
import { translatedMdxPlugin } from './src/lib/i18n/translated-mdx';

/**
 * The public address of the site. Set SITE_URL when deploying under your own domain; canonical
 * links, link previews, the sitemap and the clinicians' kit QR codes are built from it. Without it
 * nothing needing an absolute address is built (never an invented host): copy, share and print use
 * the page's own address in the browser.
 */
const site = process.env.SITE_URL?.trim() || undefined;
// (Not repeated in every Vitest run, which loads this file for its Vite settings.)
if (!site && !process.env['VITEST']) {
  console.warn(
    '\n[pain-pump-guide] SITE_URL is not set: building without canonical links, og:url, link-preview images, ' +
      'a sitemap or kit QR codes. Set SITE_URL=https://your.domain to include them.\n',
  );
}
if (edition.example) {
  console.warn(
    `\n[pain-pump-guide] Building an EXAMPLE edition (${edition.organisation.name}): every page says the clinic is fictional.\n`,
  );
}

// Tests and helpers build into separate folders so parallel builds never clobber each other.
const outDir = process.env.PPG_OUT_DIR ?? './dist';

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  outDir,
  cacheDir: process.env.PPG_CACHE_DIR ?? './node_modules/.astro',
  // Keep the whitespace between inline elements that Astro 7's default 'jsx' mode would drop.
  compressHTML: true,
  // Styles are inlined into each page (<style>, hashed in the CSP): first paint needs no second
  // round trip for a stylesheet. Content pages carry about 5 KB gzip of CSS (README "Budgets").
  build: { inlineStylesheets: 'always' },
  // English at `/`, Spanish under `/es/` with the same page ids (src/lib/i18n/, docs/i18n.md).
  // Astro.currentLocale follows from the path; the pages themselves pass `lang` explicitly.
  i18n: {
    locales: [...LANGS],
    defaultLocale: SOURCE_LANG,
    routing: { prefixDefaultLocale: false },
  },
  // sitemap-index.xml + sitemap-0.xml from `site` (only with SITE_URL); 404 and noindex pages are left out.
  // Each URL lists its language twins as xhtml:link hreflang alternates (the same codes as the pages' hreflang links).
  integrations: [
    mdx(),
    react(),
    ...(site
      ? [
          sitemap({
            filter: indexablePagesIn(outDir),
            i18n: { defaultLocale: SOURCE_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, lang])) },
          }),
        ]
      : []),
    // Before the service worker: the offline copy is made from the final pages.
    pageCsp(),
    serviceWorker(),
    hostHeaders(),
  ],
  // Content-Security-Policy meta tag on every page: Astro hashes each inline script and style it
  // emits, so neither scripts nor styles need 'unsafe-inline' (docs/security-and-privacy.md).
  security: {
    csp: { algorithm: 'SHA-256', directives: [...META_CSP_DIRECTIVES] },
  },
  // Shiki colours code with inline style attributes, which the CSP blocks. The guide has no code.
  // Bold "How common:" labels in topic pages become real headings (src/lib/content/label-headings.ts).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [labelHeadingsPlugin], hastPlugins: [translatedMdxPlugin] }),
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts are always separate files: inlined copies would be re-sent with every page and each
    // would need its own hash in the Content-Security-Policy of every page.
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          // The storage core and the question list's key and limits are shared by the script on every
          // content page and by the islands. One small chunk instead of two keeps that page inside its
          // 3 KB script budget (docs/storage.md, "Script budget").
          codeSplitting: {
            groups: [
              {
                name: 'storage-core',
                test: /[\\/]src[\\/]lib[\\/](?:storage[\\/]stored-value|questions[\\/]list-constants)\.ts$/,
              },
            ],
          },
        },
      },
    },
  },
});
