/**
 * Proves the wiring: broken content stops a real `astro build` with a message an author
 * understands. One real build of a throwaway copy of the project (the real content and code,
 * node_modules linked), so the real project's generated files and caches are never touched.
 * The other ways content can break are checked without a build, with the same schemas and checks,
 * in tests/unit/lib/content/real-content.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProjectCopy, removeProjectCopy, type ProjectBuild } from '../support/project-copy';

let build: ProjectBuild | undefined;

afterAll(() => {
  if (build) removeProjectCopy(build);
});

describe('a broken content file fails the build', () => {
  it('stops on an unknown source id and names the file and the id', () => {
    build = buildProjectCopy({
      prepare: (work) => {
        const file = join(work, 'content/topics/risks.mdx');
        const text = readFileSync(file, 'utf8');
        const changed = text.replace(/^sources: \[/m, 'sources: [s999, ');
        if (changed === text) throw new Error(`${file} no longer has a "sources: [" line; update this test`);
        writeFileSync(file, changed);
      },
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Content check failed');
    expect(build.output).toContain('content/topics/risks.mdx');
    expect(build.output).toContain('"sources" lists "s999"');
  });
});
