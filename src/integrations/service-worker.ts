/**
 * Astro integration: after a build, writes /sw.js, a Workbox service worker that precaches the
 * built site (pages, CSS, JS, the search index, images and fonts) so that after one visit the guide,
 * search, the question builder and My pump (/my-pump/: its wallet card, lock-screen image, calendar
 * file and handover sheet are all made in the page) work with no connection. Every built page is in
 * the set; tests/e2e/offline.spec.ts checks /my-pump/ by name.
 *
 * WARNING: imported by astro.config.mjs and run by Node at build time, never shipped to browsers.
 *
 * Why these settings (docs/security-and-privacy.md, "Offline"):
 *  - inlineWorkboxRuntime: the Workbox runtime is bundled into sw.js itself, so nothing is loaded
 *    from a CDN and the worker fits `worker-src 'self'`.
 *  - skipWaiting + clientsClaim: a new deploy's worker takes over at once instead of waiting until
 *    every tab is closed, so readers get corrected medical content promptly.
 *  - cleanupOutdatedCaches: caches left by older Workbox versions are deleted. Files a new deploy no
 *    longer lists are removed from the precache when the new worker activates.
 *  - Files under _astro/ have a content hash in their name, so their URL is their revision.
 *  - ignoreURLParametersMatching [/.*\/]: query strings never change a static page, so /search/?q=mri
 *    is served from the cached /search/ page when offline.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_FILE } from '../lib/service-worker-file';

/** Prefix of the cache names, so the site's caches are easy to recognize in the browser. */
export const CACHE_ID = 'pain-pump-guide';

/**
 * Built files the service worker keeps for offline use: pages, styles, scripts, data (the search
 * index), images and fonts. One pattern, because Workbox warns about each pattern that matches nothing.
 */
const PRECACHE_PATTERN = '**/*.{html,css,js,mjs,json,svg,png,jpg,jpeg,webp,avif,gif,ico,woff,woff2,webmanifest}';

/** What writeServiceWorker did, for the build log and tests. */
export interface ServiceWorkerResult {
  /** Number of files precached. */
  count: number;
  /** Total size of the precached files in bytes (uncompressed). */
  size: number;
  warnings: string[];
}

/**
 * Writes `<dir>/sw.js` listing every built file that matches PRECACHE_PATTERN with a revision.
 * Exported so tests can rebuild the worker for a changed copy of the site (a "new deploy").
 */
export async function writeServiceWorker(dir: string): Promise<ServiceWorkerResult> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: [PRECACHE_PATTERN],
    // The worker itself (swDest) is left out by Workbox. Link-preview images (og-*) are fetched by
    // other sites' servers, never shown on a page, so readers need not download them.
    globIgnores: ['workbox-*.js', '**/og-*.*', '**/og/**'],
    swDest: join(dir, SERVICE_WORKER_FILE),
    cacheId: CACHE_ID,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    dontCacheBustURLsMatching: /^_astro\//,
    // The search index is the largest file; allow it, but keep a ceiling so a mistake cannot make
    // every visitor download something huge.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    disableDevLogs: true,
  });
  return { count, size, warnings };
}

/** The Astro integration. Add `serviceWorker()` to `integrations` in astro.config.mjs. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'ppg-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const result = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of result.warnings) logger.warn(warning);
        logger.info(
          `${SERVICE_WORKER_FILE}: ${result.count} files precached for offline use (${Math.round(result.size / 1024)} KB).`,
        );
      },
    },
  };
}
