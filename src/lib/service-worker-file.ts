/**
 * The offline service worker's file at the site root: written by the build
 * (src/integrations/service-worker.ts), registered on every page. A module of its own so the
 * every-page script bundles this one string instead of importing the shared route-map chunk.
 */
export const SERVICE_WORKER_FILE = 'sw.js';
