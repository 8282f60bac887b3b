/**
 * Lighthouse on the built site, in the same Chromium the browser tests use.
 * Pages: the home page, a topic page and the question builder. Targets: accessibility, best
 * practices and SEO 100; performance at least 95 (Lighthouse's default mobile profile, with
 * simulated slow 4G and a slower CPU).
 *
 * Run alone:   npm run bench:lighthouse   (builds first when dist/ is missing or out of date;
 *              add -- --reuse or -- --rebuild as for npm run bench)
 * From code:   import { runLighthouse } from './lighthouse.mjs'  (tests/bench/run.mjs does this)
 * Environment: PPG_OUT_DIR (built site, default dist/), LIGHTHOUSE_PORT (static server, default 4398),
 *              PPG_CHROMIUM or CHROME_PATH (browser; otherwise found like the tests find it).
 * Exits with status 1 when a page misses a target. Performance numbers belong here, not in tests.
 *
 * Lighthouse is not a dependency of the project (it would add about 80 packages to every `npm ci`
 * for a benchmark that few runs need). It runs on demand with `npx --yes lighthouse@<LIGHTHOUSE>`:
 * the first run downloads that pinned version into npm's cache (network needed once), later runs use
 * the cache. Change the version here, in one place.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../support/find-browser.mjs';

/** The Lighthouse release the benchmark runs (its scores shift between releases, so it is pinned). */
export const LIGHTHOUSE = 'lighthouse@13.5.0';

/** Minimum score (0–100) for each Lighthouse category. */
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

/** The pages measured: a content page of each kind and the heaviest tool page. */
export const LIGHTHOUSE_PAGES = ['/', '/guide/risks/', '/questions/'];

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function startServer(port) {
  const distDir = resolve(root, process.env.PPG_OUT_DIR ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}. Run "npm run build" first.`);
  }
  const server = spawn(process.execPath, [resolve(root, 'tests/support/serve-dist.mjs')], {
    env: { ...process.env, PORT: String(port), PPG_OUT_DIR: distDir },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`The static server did not start on port ${port}.`);
}

/**
 * Runs the pinned Lighthouse command line on one address; it starts (and stops) its own headless
 * Chromium at `chromePath`. Returns Lighthouse's result object (the LHR).
 */
function lighthouseReport(url, chromePath) {
  const dir = mkdtempSync(join(tmpdir(), 'ppg-lighthouse-'));
  const report = join(dir, 'report.json');
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${report}`,
    `--only-categories=${Object.keys(TARGETS).join(',')}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
    '--quiet',
  ];
  return new Promise((done, fail) => {
    const child = spawn('npx', args, {
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'inherit', 'inherit'],
      // npx is a .cmd script on Windows, which only a shell can start.
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => fail(new Error(`Could not start "npx ${LIGHTHOUSE}": ${error.message}`)));
    child.on('exit', (code) => {
      try {
        if (!existsSync(report)) throw new Error(`"npx ${LIGHTHOUSE}" wrote no report for ${url} (exit code ${code}).`);
        done(JSON.parse(readFileSync(report, 'utf8')));
      } catch (error) {
        fail(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * Runs Lighthouse on each page and returns the scores (0–100) and, for any category below 100,
 * the audits that cost points.
 * @param {{ port?: number, pages?: string[], log?: (line: string) => void }} [options]
 */
export async function runLighthouse(options = {}) {
  const port = options.port ?? Number(process.env.LIGHTHOUSE_PORT ?? 4398);
  const pages = options.pages ?? LIGHTHOUSE_PAGES;
  const log = options.log ?? ((line) => console.log(line));
  const server = await startServer(port);
  const chromePath = process.env.CHROME_PATH ?? findChromium();
  const results = [];
  try {
    for (const path of pages) {
      const lhr = await lighthouseReport(`${server.base}${path}`, chromePath);
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        Object.keys(TARGETS).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      const lost = [];
      for (const [id, category] of Object.entries(lhr.categories)) {
        if (category.score === 1) continue;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            lost.push(`${id}: ${audit.id} (${audit.displayValue ?? audit.title})`);
          }
        }
      }
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ]
        .map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`)
        .join(', ');
      results.push({ path, scores, lost, metrics });
      log(
        `Lighthouse ${path.padEnd(16)} performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}`,
      );
      log(`  ${metrics}`);
      for (const line of lost) log(`  lost points: ${line}`);
    }
  } finally {
    server.stop();
  }
  return results;
}

/** Lines describing every score below its target (empty when all targets are met). */
export function missedTargets(results) {
  return results.flatMap((r) =>
    Object.entries(TARGETS)
      .filter(([id, min]) => r.scores[id] < min)
      .map(([id, min]) => `${r.path}: ${id} ${r.scores[id]} (target ${min})`),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ensureBuilt } = await import('./site.mjs');
  ensureBuilt({ reuse: process.argv.includes('--reuse'), rebuild: process.argv.includes('--rebuild') });
  const results = await runLighthouse();
  const missed = missedTargets(results);
  if (missed.length > 0) {
    console.error(`Lighthouse targets missed:\n  ${missed.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('Lighthouse: every page meets its targets.');
  }
}
