// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { indexablePagesIn } from './src/lib/seo/sitemap-filter';
import { META_CSP_DIRECTIVES } from './src/lib/security/content-security-policy';
import { serviceWorker } from './src/integrations/service-worker';

/**
 * The public address of the site. Set SITE_URL when deploying under your own domain;
 * canonical links, link previews and the sitemap are built from it.
 */
const site = process.env.SITE_URL ?? 'https://pain-pump-guide.example';

// Tests and helpers build into separate folders so parallel builds never clobber each other.
const outDir = process.env.PPG_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir,
  cacheDir: process.env.PPG_CACHE_DIR ?? './node_modules/.astro',
  // Keep the whitespace between inline elements that Astro 7's default 'jsx' mode would drop.
  compressHTML: true,
  // sitemap-index.xml + sitemap-0.xml from `site`; 404 and pages marked noindex are left out.
  integrations: [mdx(), react(), sitemap({ filter: indexablePagesIn(outDir) }), serviceWorker()],
  // Content-Security-Policy meta tag on every page: Astro hashes each inline script and style it
  // emits, so neither scripts nor styles need 'unsafe-inline' (docs/security-and-privacy.md).
  security: {
    csp: { algorithm: 'SHA-256', directives: [...META_CSP_DIRECTIVES] },
  },
  // Shiki colours code with inline style attributes, which the CSP blocks. The guide has no code.
  markdown: { syntaxHighlight: false },
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
            groups: [{ name: 'storage-core', test: /[\\/]src[\\/]lib[\\/](?:storage[\\/]stored-value|questions[\\/]list-constants)\.ts$/ }],
          },
        },
      },
    },
  },
});
