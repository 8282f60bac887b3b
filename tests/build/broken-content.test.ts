/**
 * Proves that broken content stops the build with a message an author understands.
 * Each case makes a throwaway project (code linked, content copied from the small fixture set),
 * breaks one content file, and runs a real `astro build` there, so the real project's generated
 * files and caches are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/content');
const workDirs: string[] = [];

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

/** Copies the fixture, applies a change, builds, and returns the build's exit code and output. */
function buildWith(change: (contentDir: string) => void): { status: number | null; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'ppg-broken-'));
  workDirs.push(work);
  for (const name of ['src', 'public', 'node_modules']) symlinkSync(join(root, name), join(work, name));
  for (const name of ['package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(join(root, name), join(work, name));
  const contentDir = join(work, 'content');
  cpSync(fixture, contentDir, { recursive: true });
  change(contentDir);
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

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} no longer contains ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe('a broken content file fails the build', { timeout: 120_000 }, () => {
  it('builds the unbroken fixture', () => {
    const result = buildWith(() => {});
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  it('stops on an unknown source id and names the file and the id', () => {
    const result = buildWith((dir) =>
      edit(join(dir, 'topics/fixture-risks.mdx'), 'sources: [fixture-source]', 'sources: [fixture-source, s999]'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content check failed');
    expect(result.output).toContain('fixture-risks.mdx');
    expect(result.output).toContain('"sources" lists "s999"');
  });

  it('stops when a required section has no page', () => {
    const result = buildWith((dir) => rmSync(join(dir, 'topics/fixture-aftercare.mdx')));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('No topic page covers the required section "aftercare"');
  });

  it('stops when nextReview is not after lastReviewed', () => {
    const result = buildWith((dir) =>
      edit(join(dir, 'topics/fixture-trial.mdx'), 'nextReview: 2027-11-01', 'nextReview: 2026-10-01'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('must be after lastReviewed');
  });

  it('stops on a duplicate question id', () => {
    const result = buildWith((dir) =>
      writeFileSync(
        join(dir, 'questions/fixture-question-copy.yaml'),
        'id: fixture-question\ntext: A second question with the same id?\ngroup: trial\nwhy: It checks duplicate ids.\n',
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Duplicate questions id "fixture-question"');
  });

  it('stops when a collection folder is missing or misspelled', () => {
    const result = buildWith((dir) => rmSync(join(dir, 'glossary'), { recursive: true }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The "glossary" collection is empty');
  });

  it('stops on a missing required field', () => {
    const result = buildWith((dir) =>
      edit(join(dir, 'topics/fixture-overview.mdx'), 'description: A small test page that stands for the overview section in build tests.\n', ''),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('description');
    expect(result.output).toContain('fixture-overview');
  });
});
