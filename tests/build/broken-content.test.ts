/**
 * Proves that broken content stops the build with a message an author understands.
 * Each case makes a throwaway copy of the project (the real content and code; node_modules
 * linked), breaks one content file the way an author might, and runs a real `astro build` there,
 * so the real project's generated files and caches are never touched.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProjectCopy, removeProjectCopy, type ProjectBuild } from '../support/project-copy';

const builds: ProjectBuild[] = [];

afterAll(() => {
  for (const build of builds) removeProjectCopy(build);
});

/** Copies the project, applies a change to its content, builds, and returns exit code and output. */
function buildWith(change: (contentDir: string) => void): ProjectBuild {
  const build = buildProjectCopy({ prepare: (work) => change(join(work, 'content')) });
  builds.push(build);
  return build;
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
    const result = buildWith((dir) => {
      const topics = join(dir, 'topics');
      const aftercare = readdirSync(topics).filter((f) => /^section: aftercare$/m.test(readFileSync(join(topics, f), 'utf8')));
      expect(aftercare.length).toBeGreaterThan(0);
      for (const file of aftercare) rmSync(join(topics, file));
    });
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
