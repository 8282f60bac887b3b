// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The public address of the site. Set SITE_URL when deploying under your own domain;
 * canonical links, link previews and the sitemap are built from it.
 */
const site = process.env.SITE_URL ?? 'https://pain-pump-guide.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests and helpers build into separate folders so parallel builds never clobber each other.
  outDir: process.env.PPG_OUT_DIR ?? './dist',
  cacheDir: process.env.PPG_CACHE_DIR ?? './node_modules/.astro',
  // Keep the whitespace between inline elements that Astro 7's default 'jsx' mode would drop.
  compressHTML: true,
  integrations: [mdx(), react()],
  vite: {
    plugins: [tailwindcss()],
  },
});
