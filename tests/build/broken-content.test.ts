/**
 * Proves that broken content stops the build with a message an author understands.
 * Each case makes a throwaway copy of the project (the real content and code; node_modules
 * linked), breaks one content file the way an author might, and runs a real `astro build` there,
 * so the real project's generated files and caches are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const workDirs: string[] = [];

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

/** Copies the project, applies a change to its content, builds, and returns exit code and output. */
function buildWith(change: (contentDir: string) => void): { status: number | null; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'ppg-broken-'));
  workDirs.push(work);
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  // src is copied, not linked: Vite cannot compile component <script> tags through a symlink.
  for (const name of ['src', 'public', 'content', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
    cpSync(join(root, name), join(work, name), { recursive: true });
  }
  change(join(work, 'content'));
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      PPG_OUT_DIR: join(work, 'dist'),
      PPG_CACHE_DIR: join(work, 'cache'),
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file} no longer contains ${String(from)}; update this test`);
  writeFileSync(file, changed);
}

const risksPage = (dir: string) => join(dir, 'topics/risks.mdx');

describe('a broken content file fails the build', { timeout: 180_000 }, () => {
  it('stops on an unknown source id and names the file and the id', () => {
    const result = buildWith((dir) => edit(risksPage(dir), /^sources: \[/m, 'sources: [s999, '));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content check failed');
    expect(result.output).toContain('content/topics/risks.mdx');
    expect(result.output).toContain('"sources" lists "s999"');
  });

  it('stops when a required section has no page', () => {
    const result = buildWith((dir) => rmSync(join(dir, 'topics/living-with-a-pump.mdx')));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('No topic page covers the required section "aftercare"');
  });

  it('stops when nextReview is not after lastReviewed', () => {
    const result = buildWith((dir) => edit(risksPage(dir), /^nextReview: .*$/m, 'nextReview: 2020-01-01'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('must be after lastReviewed');
  });

  it('stops on a duplicate question id', () => {
    const result = buildWith((dir) => {
      const original = readFileSync(join(dir, 'questions/refill-how-often.yaml'), 'utf8');
      writeFileSync(join(dir, 'questions/refill-how-often-copy.yaml'), original);
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Duplicate questions id "refill-how-often"');
  });

  it('stops when a collection folder is missing or misspelled', () => {
    const result = buildWith((dir) => rmSync(join(dir, 'glossary'), { recursive: true }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The "glossary" collection is empty');
  });

  it('stops on a missing required field and names it', () => {
    const result = buildWith((dir) => edit(risksPage(dir), /^description: .*\n/m, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('description');
    expect(result.output).toContain('risks');
  });
});
