/**
 * Search benchmark, measured in Chromium against the built site:
 *   - JavaScript loaded before any interaction, per page type (raw and gzip, every script file and
 *     inline script counted);
 *   - the search index size (raw and gzip) and the bytes the first search adds;
 *   - keystroke-to-results time at 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate): the first
 *     query (cold: search code and index load after focus) and the median of later keystrokes;
 *   - the same figures for 10x and 100x synthetic content: the real records copied with changed
 *     addresses and words, indexed by the same module (src/lib/search/search-index.ts) and served in
 *     place of /search-index.json.
 *
 * Run through tests/bench/run.mjs (npm run bench). Numbers only: nothing here fails a test.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../support/find-browser.mjs';
import { SEARCH_TARGETS } from '../support/search-targets.mjs';
import { distDir, root, serveDist } from './site.mjs';

/** One page of each type; pages that the build does not have are skipped. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['topic', '/guide/risks/'],
  ['site page', '/about-and-methods/'],
  ['glossary', '/glossary/'],
  ['questions', '/questions/'],
  ['decide', '/decide/'],
  ['search', '/search/'],
];

const CPU_RATE = 4;
const TOPIC_PAGE = '/guide/risks/';
const FIRST_QUERY = 'can I have an MRI with a pump';
/** Later queries: typed one key at a time, each keystroke timed. */
const LATER_QUERIES = 16;
/** Pause between keystrokes, like a quick typist, so keystrokes do not queue behind each other. */
const KEY_DELAY_MS = 80;

const gzipBytes = (body) => gzipSync(body).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Bundles the search library for Node (esbuild ships with Astro), so synthetic indexes are built by the real module. */
async function loadSearchLib() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('The benchmark needs esbuild (installed with Astro). Run "npm install" first.');
  }
  const result = await esbuild.build({
    stdin: {
      contents: [
        "export { buildSearchIndex, hrefOf, KIND_FROM_CODE, FIELD } from './src/lib/search/search-index.ts';",
        "export { createSearchEngine } from './src/lib/search/search-engine.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'ppg-bench-')), 'search-lib.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/** The records of an index file, read back from its fuse.js index. */
function readRecords(file, lib) {
  const rows = new Map(file.index.records.map((r) => [r.i, [0, 1, 2, 3].map((k) => r.$[k]?.v ?? '')]));
  return file.docs.map((ref, i) => {
    const row = rows.get(i) ?? ['', '', '', ''];
    return {
      href: lib.hrefOf(file, ref, row[lib.FIELD.section]),
      kind: lib.KIND_FROM_CODE[ref[1]],
      section: row[lib.FIELD.section],
      text: row[lib.FIELD.text],
      keywords: row[lib.FIELD.keywords],
      page: row[lib.FIELD.page],
    };
  });
}

/** A short letter tag for copy n ("b", "c", …, "ba"), so every copy has its own new words. */
function tag(n) {
  let out = '';
  let value = n;
  do {
    out = String.fromCharCode(97 + (value % 26)) + out;
    value = Math.floor(value / 26);
  } while (value > 0);
  return out;
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * `scale` copies of the real records. Copy 0 is the real guide; the others get new addresses and
 * about one word in five changed to a new word, so the word list grows as a bigger guide's would.
 */
export function syntheticRecords(records, scale) {
  const out = [...records];
  for (let copy = 1; copy < scale; copy++) {
    const suffix = tag(copy);
    const vary = (text) =>
      text.replace(/[A-Za-z]{4,}/g, (word) => (hash(`${word}:${copy}`) % 5 === 0 ? `${word}${suffix}` : word));
    for (const r of records) {
      const [path, anchor] = r.href.split('#');
      const newPath = path === '/' ? `/home-${suffix}/` : path.replace(/\/$/, `-${suffix}/`);
      out.push({
        ...r,
        href: anchor ? `${newPath}#${anchor}` : newPath,
        page: `${r.page} ${suffix}`,
        section: vary(r.section),
        text: vary(r.text),
        keywords: vary(r.keywords),
      });
    }
  }
  return out;
}

async function newContext(browser, base) {
  return browser.newContext({ baseURL: base, serviceWorkers: 'block' });
}

/** Every script a page runs before interaction: external files (as served) and inline scripts. */
async function scriptsBeforeInteraction(browser, base, path) {
  const context = await newContext(browser, base);
  const page = await context.newPage();
  const files = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      files.push({ url: new URL(response.url()).pathname, body: await response.body() });
    } catch {
      // a script that failed to load adds no bytes
    }
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // anything deferred to idle time still counts as "before interaction"
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes(s.type))
      .map((s) => s.textContent ?? ''),
  );
  await context.close();
  const all = [
    ...files.map((f) => ({ name: f.url, raw: f.body.length, gzip: gzipBytes(f.body) })),
    ...inline.map((text, i) => ({
      name: `inline script ${i + 1}`,
      raw: Buffer.byteLength(text),
      gzip: gzipBytes(text),
    })),
  ];
  return {
    path,
    files: all,
    raw: all.reduce((sum, f) => sum + f.raw, 0),
    gzip: all.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Bytes downloaded from focusing the search box until the first results show. */
async function firstSearchBytes(browser, base) {
  const context = await newContext(browser, base);
  const page = await context.newPage();
  await page.goto(TOPIC_PAGE, { waitUntil: 'networkidle' });
  const files = [];
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => files.push({ name: new URL(response.url()).pathname, raw: body.length, gzip: gzipBytes(body) }))
        .catch(() => {}),
    );
  });
  await page.locator('#site-search-input').focus();
  await page.locator('#site-search-input').fill(FIRST_QUERY);
  await page.locator('#site-search-listbox [role="option"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Records, in the page, how long each input event takes to show its results (with layout). */
function installTimer() {
  const input = document.getElementById('site-search-input');
  const popup = document.getElementById('site-search-popup');
  const bench = { start: 0, pending: false, times: [] };
  // Waiting on a promise, not polling, keeps the measuring tool from adding work to the page.
  bench.first = new Promise((resolve) => (bench.resolveFirst = resolve));
  window.__searchBench = bench;
  document.addEventListener(
    'input',
    (event) => {
      if (event.target !== input) return;
      bench.start = performance.now();
      bench.pending = input.value.trim() !== '';
    },
    true,
  );
  new MutationObserver(() => {
    if (!bench.pending) return;
    const options = popup.querySelectorAll('[role="option"]').length;
    const empty = !popup.querySelector('[data-search-message]')?.hidden && /No results/.test(popup.textContent ?? '');
    if (options === 0 && !empty) return; // still loading
    void popup.offsetHeight; // include style and layout of the new results
    bench.times.push(performance.now() - bench.start);
    bench.pending = false;
    bench.resolveFirst(bench.times[0]);
  }).observe(popup, { childList: true, subtree: true, attributes: true });
}

/** Timings for one index (the real one, or a synthetic one served in its place). */
async function timeQueries(browser, base, { indexBody, queries }) {
  const context = await newContext(browser, base);
  if (indexBody) {
    await context.route('**/search-index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: indexBody }),
    );
  }
  const measureFirst = async (warm) => {
    const page = await context.newPage();
    await page.goto(TOPIC_PAGE, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    await page.evaluate(installTimer);
    const input = page.locator('#site-search-input');
    await input.focus();
    if (warm) await page.locator('[data-site-search][data-search-ready]').waitFor({ timeout: 120_000 });
    await page.keyboard.insertText(FIRST_QUERY);
    const first = await page.evaluate(() => window.__searchBench.first);
    return { page, first };
  };

  const cold = await measureFirst(false);
  await cold.page.close();
  const { page, first: firstWarm } = await measureFirst(true);

  // Later queries: clear the box, then type each query one key at a time.
  await page.evaluate(() => (window.__searchBench.times = []));
  for (const query of queries) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(KEY_DELAY_MS * 2);
  }
  const later = await page.evaluate(() => window.__searchBench.times);
  await context.close();
  return {
    firstQueryColdMs: cold.first,
    firstQueryWarmMs: firstWarm,
    laterMedianMs: median(later),
    laterP90Ms: percentile(later, 90),
    keystrokes: later.length,
  };
}

function printTable(log, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `  ${cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')}`;
  log(line(headers));
  log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) log(line(row));
}

/**
 * Runs the search benchmark and prints readable tables.
 * @param {{ port?: number, scales?: number[], log?: (line: string) => void }} [options]
 */
export async function runSearchBench(options = {}) {
  const port = options.port ?? Number(process.env.SEARCH_BENCH_PORT ?? 4397);
  const scales = options.scales ?? [1, 10, 100];
  const log = options.log ?? ((line) => console.log(line));
  const indexPath = join(distDir, 'search-index.json');
  if (!existsSync(indexPath)) throw new Error(`No search index in ${distDir}. Build the site first.`);
  const realJson = readFileSync(indexPath);
  const realFile = JSON.parse(realJson.toString('utf8'));
  const lib = await loadSearchLib();
  const realRecords = readRecords(realFile, lib);
  const synonyms = realFile.synonyms.map(([words, means]) => ({ words, means }));
  const fixture = parse(readFileSync(join(root, 'tests/fixtures/search-relevance.yaml'), 'utf8'));
  const queries = fixture.map((c) => c.query).slice(0, LATER_QUERIES);

  const server = await serveDist(port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage: loadavg().map((l) => +l.toFixed(2)),
    },
    cpuThrottle: CPU_RATE,
    targets: SEARCH_TARGETS,
  };
  try {
    log(
      `\nSearch benchmark (Chromium, ${CPU_RATE}x CPU slowdown for timings; load average ${results.machine.loadAverage.join(' ')})`,
    );

    // 1. JavaScript before interaction.
    results.jsBeforeInteraction = [];
    for (const [type, path] of PAGE_TYPES) {
      const file = path === '/' ? 'index.html' : join(path, 'index.html');
      if (!existsSync(join(distDir, file))) continue;
      results.jsBeforeInteraction.push({ type, ...(await scriptsBeforeInteraction(browser, server.base, path)) });
    }
    log('\nJavaScript loaded before any interaction (gzip as served with default compression):');
    printTable(
      log,
      ['page type', 'path', 'files', 'raw', 'gzip'],
      results.jsBeforeInteraction.map((r) => [r.type, r.path, r.files.length, kb(r.raw), kb(r.gzip)]),
    );

    // 2. Index and first-search bytes.
    results.index = { records: realRecords.length, raw: realJson.length, gzip: gzipBytes(realJson) };
    results.firstSearch = await firstSearchBytes(browser, server.base);
    log(
      `\nSearch index: ${results.index.records} records, ${kb(results.index.raw)} raw, ${kb(results.index.gzip)} gzip`,
    );
    log(
      `Bytes added by the first search (on ${TOPIC_PAGE}): ${kb(results.firstSearch.raw)} raw, ${kb(results.firstSearch.gzip)} gzip`,
    );
    for (const f of results.firstSearch.files) log(`  ${f.name}  ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);

    // 3. Timings at each scale.
    results.scales = [];
    for (const scale of scales) {
      let indexBody = null;
      let records = realRecords.length;
      let raw = realJson.length;
      let gzip = results.index.gzip;
      if (scale !== 1) {
        const synthetic = syntheticRecords(realRecords, scale);
        indexBody = JSON.stringify(lib.buildSearchIndex(synthetic, synonyms));
        records = synthetic.length;
        raw = Buffer.byteLength(indexBody);
        gzip = gzipBytes(indexBody);
      }
      const timing = await timeQueries(browser, server.base, { indexBody, queries });
      results.scales.push({ scale, records, indexRaw: raw, indexGzip: gzip, ...timing });
    }
    log(`\nKeystroke to results on screen (layout included), ${CPU_RATE}x CPU slowdown:`);
    printTable(
      log,
      [
        'content',
        'records',
        'index raw',
        'index gzip',
        'first (cold)',
        'first (loaded)',
        'later median',
        'later p90',
        'keys',
      ],
      results.scales.map((s) => [
        `${s.scale}x`,
        s.records,
        kb(s.indexRaw),
        kb(s.indexGzip),
        ms(s.firstQueryColdMs),
        ms(s.firstQueryWarmMs),
        ms(s.laterMedianMs),
        ms(s.laterP90Ms),
        s.keystrokes,
      ]),
    );
    log('  first (cold): focus the box, then the whole query at once; includes downloading and starting search.');
    log('  first (loaded): the same, once the search code and index have loaded.');
    log('  later: every keystroke of 16 typed queries.');

    // 4. Verdicts against the targets.
    const real = results.scales.find((s) => s.scale === 1);
    const ten = results.scales.find((s) => s.scale === 10);
    results.verdicts = [
      ['later queries (real site)', real?.laterMedianMs, SEARCH_TARGETS.laterQueryMs, 'ms'],
      ['first query (real site, cold)', real?.firstQueryColdMs, SEARCH_TARGETS.firstQueryMs, 'ms'],
      ['index gzip (real site)', results.index.gzip / 1024, SEARCH_TARGETS.indexGzipBytes / 1024, 'KB'],
      ['later queries (10x content)', ten?.laterMedianMs, SEARCH_TARGETS.laterQueryMs10x, 'ms'],
    ].map(([name, value, target, unit]) => ({
      name,
      value,
      target,
      unit,
      met: value !== undefined && value !== null && value <= target,
    }));
    log('\nTargets:');
    for (const v of results.verdicts) {
      const shown = v.value === undefined || v.value === null ? 'n/a' : `${v.value.toFixed(1)} ${v.unit}`;
      log(`  ${v.met ? 'met    ' : 'MISSED '} ${v.name}: ${shown} (target <= ${v.target} ${v.unit})`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return results;
}
