/**
 * npm run bench: builds the site if dist/ is missing or older than its sources, then runs each
 * benchmark module and prints its figures. Results are also written as JSON to bench-results/
 * (git-ignored). Performance numbers live here, never in test assertions.
 *
 * Flags:  --reuse    use the existing build even if sources changed
 *         --rebuild  always build first
 *         --quick    search: real content and 10x only (skips the slow 100x run)
 * Environment: PPG_OUT_DIR (build folder, default dist/), SEARCH_BENCH_PORT.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root } from './site.mjs';
import { runSearchBench } from './search.mjs';
import { missedTargets, runLighthouse } from './lighthouse.mjs';

const args = new Set(process.argv.slice(2));
ensureBuilt({ reuse: args.has('--reuse'), rebuild: args.has('--rebuild') });

const results = {};
results.search = await runSearchBench({ scales: args.has('--quick') ? [1, 10] : [1, 10, 100] });

console.log(
  '\nLighthouse (targets: accessibility, best practices, SEO 100; performance 95; tool pages 98 and TBT < 200 ms; topic LCP within 10% of a static page)',
);
results.lighthouse = await runLighthouse();
results.lighthouseStaticReference = results.lighthouse.staticReference;
const lighthouseMisses = missedTargets(results.lighthouse);
if (lighthouseMisses.length > 0) {
  console.error(`Lighthouse targets missed:\n  ${lighthouseMisses.join('\n  ')}`);
  process.exitCode = 1;
}

const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(file, json);
writeFileSync(join(outDir, 'latest.json'), json);
console.log(`\nFull results: ${file}`);
