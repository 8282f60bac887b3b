/**
 * Registers the offline service worker (/sw.js, written by src/integrations/service-worker.ts).
 * Loaded on every page, so it must stay tiny (it counts toward the 3 KB JavaScript budget).
 * - Waits for `load`, so the worker's downloads never compete with the page itself.
 * - Skips registration when the reader's browser asks to save data (Save-Data / data saver): the
 *   offline copy is about 0.5 MB compressed, too much to download unasked on a metered plan.
 * - Fails silently: offline use is an extra, and the page works the same without it. Browsers
 *   without service workers skip it (the optional chain stops before .catch).
 * - Production only: `astro dev` has no /sw.js.
 */
import { SERVICE_WORKER_FILE } from '@/lib/service-worker-file';

type MaybeSaveData = Navigator & { connection?: { saveData?: boolean } };

if (import.meta.env.PROD) {
  addEventListener('load', () => {
    if (!(navigator as MaybeSaveData).connection?.saveData) {
      navigator.serviceWorker?.register(`/${SERVICE_WORKER_FILE}`).catch(() => {});
    }
  });
}
