/**
 * Builds a throwaway copy of the project (code and content copied, node_modules linked) so a test
 * can change content or settings and run a real `astro build` without touching the real project's
 * generated files, caches or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface ProjectBuild {
  /** Exit code of `astro build`. */
  status: number | null;
  /** Everything the build printed. */
  output: string;
  /** Folder of the copy; delete it with removeProjectCopy. */
  work: string;
  /** Where the copy's site was built. */
  dist: string;
}

/**
 * Copies the project, lets `prepare` change the copy (its content folder is `<work>/content`), then
 * builds it with the given extra environment variables.
 */
export function buildProjectCopy(
  options: { prepare?: (work: string) => void; env?: Record<string, string> } = {},
): ProjectBuild {
  const work = mkdtempSync(join(tmpdir(), 'ppg-copy-'));
  symlinkSync(join(projectRoot, 'node_modules'), join(work, 'node_modules'));
  // src is copied, not linked: Vite cannot compile component <script> tags through a symlink.
  for (const name of ['src', 'public', 'content', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
    cpSync(join(projectRoot, name), join(work, name), { recursive: true });
  }
  options.prepare?.(work);
  const dist = join(work, 'dist');
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build'], {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      PPG_OUT_DIR: dist,
      PPG_CACHE_DIR: join(work, 'cache'),
      ...options.env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, work, dist };
}

export function removeProjectCopy(build: ProjectBuild): void {
  rmSync(build.work, { recursive: true, force: true });
}
