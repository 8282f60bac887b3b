/**
 * Shared helpers for the benchmark: make sure a fresh build exists, and serve it like a static host.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const distDir = resolve(root, process.env.PPG_OUT_DIR ?? 'dist');

/** Files and folders whose changes make a build out of date. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function newestTime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, name)));
  return newest;
}

/** Why the build must be redone, or null when dist/ is newer than every source file. */
export function staleReason() {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return `there is no build in ${distDir}`;
  const builtAt = statSync(built).mtimeMs;
  const changed = SOURCES.find((name) => newestTime(join(root, name)) > builtAt);
  return changed ? `${changed}/ changed after the last build` : null;
}

/**
 * Builds the site when dist/ is missing or older than its sources. `reuse` skips the age check
 * (a build must still exist); `rebuild` always builds.
 */
export function ensureBuilt({ reuse = false, rebuild = false, log = console.log } = {}) {
  const reason = rebuild
    ? 'a rebuild was asked for'
    : reuse
      ? existsSync(join(distDir, 'index.html'))
        ? null
        : `there is no build in ${distDir}`
      : staleReason();
  if (!reason) {
    log(`Using the existing build in ${distDir}${reuse ? ' (--reuse)' : ' (up to date)'}.`);
    return;
  }
  log(`Building the site: ${reason}.`);
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
}

/** Starts tests/support/serve-dist.mjs on a port and waits until it answers. */
export async function serveDist(port) {
  const server = spawn(process.execPath, [resolve(root, 'tests/support/serve-dist.mjs')], {
    env: { ...process.env, PORT: String(port), PPG_OUT_DIR: distDir },
    stdio: 'ignore',
  });
  let exited = false;
  server.on('exit', () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    // Another server already on this port would answer the check below, then vanish mid-run.
    if (exited)
      throw new Error(`The static server could not start on port ${port}. Is the port in use? Choose another.`);
    try {
      if ((await fetch(`${base}/`)).ok && !exited) {
        await new Promise((r) => setTimeout(r, 200));
        if (!exited) return { base, stop: () => server.kill() };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`The static server did not start on port ${port}.`);
}
