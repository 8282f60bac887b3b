/**
 * Offline use: after one visit, the service worker (/sw.js, from src/integrations/service-worker.ts)
 * has stored the site (every built page, the web app manifest and its icons), and with the network
 * off the guide, the word list, search, the question builder, "What this site keeps" and My pump
 * (its card and handover sheet are made in the page) still work.
 * A new deploy's worker replaces the old files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import sirv from 'sirv';
import { expect, test } from './fixtures';
import { builtPagePaths, distDir } from '../support/site-pages';
import { CACHE_ID, writeServiceWorker } from '../../src/integrations/service-worker';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has stored every file and controls the page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** URLs in the site's precache, without Workbox's revision parameter. */
async function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async (cacheId) => {
    const names = (await caches.keys()).filter((n) => n.startsWith(`${cacheId}-precache`));
    const urls: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        urls.push(url.pathname + url.search);
      }
    }
    return urls.sort();
  }, CACHE_ID);
}

const pages = builtPagePaths();
const topicPages = pages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));

test('after one visit, the guide, word list, search, question builder, "What this site keeps" and My pump work with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  expect(topicPages.length, 'topic pages in the build').toBeGreaterThanOrEqual(5);
  expect(pages, 'the question builder is built').toContain('/questions/');
  expect(pages, 'My pump is built').toContain('/my-pump/');

  await page.goto('/');
  await waitForOfflineReady(page);
  const cached = await precachedUrls(page);
  for (const path of [...topicPages, '/glossary/', '/questions/', '/my-pump/', '/get-help/']) {
    expect(cached, `precache holds ${path}`).toContain(`${path}index.html`);
  }
  if (pages.includes('/search/')) expect(cached).toContain('/search/index.html');
  // Every built page (so new tool pages such as /my-data/ and /my-pump/ too) and the install files.
  for (const path of pages)
    expect(cached, `precache holds ${path}`).toContain(path.endsWith('/') ? `${path}index.html` : path);
  expect(pages).toContain('/my-data/');
  for (const file of [
    '/manifest.webmanifest',
    '/icons/icon-192.png',
    '/icons/icon-512.png',
    '/icons/icon-maskable-512.png',
    '/apple-touch-icon.png',
  ]) {
    expect(cached, `precache holds ${file}`).toContain(file);
  }

  await context.setOffline(true);
  // Prove the network really is off: a file the worker does not hold cannot be fetched. (Asked from
  // a second tab, because the failed download is logged as a console error there.)
  const probe = await context.newPage();
  await probe.goto('/');
  const uncached = await probe.evaluate(() =>
    fetch(`/not-in-the-cache-${Date.now()}.txt`).then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
  await probe.close();

  for (const path of [...topicPages, '/guide/', '/glossary/']) {
    const response = await page.goto(path);
    expect(response?.ok(), `${path} loads offline`).toBe(true);
    expect(response?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true);
    await expect(page.locator('main h1')).toBeVisible();
  }

  // Search from the header box: the search code and the index come from the offline copy.
  await page.goto(topicPages[0]!);
  const search = page.locator('#site-search-input');
  await search.click();
  await search.pressSequentially('morphine pump');
  const firstResult = page.locator('#site-search-listbox [role="option"]').first();
  await expect(firstResult).toBeVisible();
  await expect(page.locator('#site-search-listbox [role="option"]')).not.toHaveCount(0);

  // The question builder: the React island starts and a question can be added to the list.
  const builder = await page.goto('/questions/');
  expect(builder?.fromServiceWorker()).toBe(true);
  const starter = page.locator('[data-question-starter]');
  await expect(starter).toBeVisible();
  await starter.getByRole('button').first().click();
  await expect(page.locator('[data-question-list] > li')).not.toHaveCount(0);

  // "What this site keeps": the island starts, lists the list just made, and makes a backup file.
  const myData = await page.goto('/my-data/');
  expect(myData?.fromServiceWorker()).toBe(true);
  await expect(page.locator('[data-record="questions"]')).toContainText('Your question list');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pain-pump-guide-backup-/);

  // My pump: the record is typed offline, the card shows it, and it is still there after a reload.
  const myPump = await page.goto('/my-pump/');
  expect(myPump?.fromServiceWorker()).toBe(true);
  await page.locator('[data-medicine="baclofen"]').check({ timeout: 20_000 });
  await page.locator('[data-field="clinicPhone"]').fill('555-0142');
  await expect(page.locator('[data-card-headline]')).toHaveText('I have an implanted baclofen pump');
  await expect(page.locator('[data-wallet-card]')).toContainText('555-0142');
  await page.reload();
  await expect(page.locator('[data-field="clinicPhone"]')).toHaveValue('555-0142', { timeout: 20_000 });
  await expect(page.locator('[data-card-never-stop]')).toHaveText('Never stop baclofen suddenly.');
});

/** A copy of the built site on its own server, so a test can "deploy" a new version into it. */
interface SiteCopy {
  dir: string;
  url: string;
}

const deployTest = test.extend<{ siteCopy: SiteCopy }>({
  // Playwright reads a fixture's dependencies from this pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  siteCopy: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-deploy-'));
    cpSync(distDir, dir, { recursive: true });
    const serve = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
    const server: Server = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await use({ dir, url: `http://127.0.0.1:${port}` });
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  },
  // The fixture's "other origin" guard then treats the copy's server as the site.
  baseURL: async ({ siteCopy }, use) => use(siteCopy.url),
});

deployTest(
  'a new deploy replaces the old offline copy: changed pages update and removed files go',
  async ({ page, context, siteCopy }) => {
    deployTest.setTimeout(120_000);
    const topic = topicPages[0]!;
    const topicFile = join(siteCopy.dir, topic, 'index.html');

    // Deploy 1 holds a file that deploy 2 will drop.
    writeFileSync(join(siteCopy.dir, 'retired-file.json'), '{"retired":true}');
    await writeServiceWorker(siteCopy.dir);
    await page.goto('/');
    await waitForOfflineReady(page);
    expect(await precachedUrls(page)).toContain('/retired-file.json');

    // Deploy 2: one page changes, one file is gone, and the build writes a new worker.
    rmSync(join(siteCopy.dir, 'retired-file.json'));
    writeFileSync(
      topicFile,
      readFileSync(topicFile, 'utf8').replace('</main>', '<p data-new-deploy>Updated in the new deploy.</p></main>'),
    );
    const oldWorkerSource = readFileSync(join(siteCopy.dir, 'sw.js'), 'utf8');
    await writeServiceWorker(siteCopy.dir);
    expect(readFileSync(join(siteCopy.dir, 'sw.js'), 'utf8'), 'the new worker lists new revisions').not.toBe(
      oldWorkerSource,
    );

    // The browser checks for a new worker on navigation; ask it now instead of waiting.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const changed = new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
      await registration.update();
      await changed; // skipWaiting + clientsClaim: the new worker takes over without a reload
    });

    // Old files are gone from the offline copy, and the changed page is served, even offline.
    await expect.poll(() => precachedUrls(page)).not.toContain('/retired-file.json');
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(
      cacheNames.filter((n) => n.includes('precache')),
      'one precache only',
    ).toHaveLength(1);
    await context.setOffline(true);
    await page.goto(topic);
    await expect(page.locator('[data-new-deploy]')).toHaveText('Updated in the new deploy.');
  },
);
