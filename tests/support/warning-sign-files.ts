/** Test helper: the real warning signs and "while you wait" steps, read from content/ and checked by their schemas. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { helpStepSchema, warningSignSchema } from '@/lib/content/schema/warning-signs';
import type { SignEntry, StepEntry } from '@/lib/warning-signs/warning-signs';

const CONTENT = resolve('content');

export function readWarningSigns(): (SignEntry & { filePath: string })[] {
  const folder = join(CONTENT, 'warning-signs');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => ({
      ...warningSignSchema.parse(parse(readFileSync(join(folder, name), 'utf8'))),
      id: name.replace(/\.yaml$/, ''),
      filePath: `content/warning-signs/${name}`,
    }));
}

export function readHelpSteps(): StepEntry[] {
  const raw = parse(readFileSync(join(CONTENT, 'while-you-wait.yaml'), 'utf8')) as unknown[];
  return raw.map((step) => helpStepSchema.parse(step));
}

export function readSourceIds(): Set<string> {
  return new Set(
    readdirSync(join(CONTENT, 'sources'))
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.replace(/\.yaml$/, '')),
  );
}

/** Topic and site page bodies (front matter removed), for the checks. */
export function readPageBodies(): { id: string; filePath: string; body: string }[] {
  return ['topics', 'pages'].flatMap((folder) =>
    readdirSync(join(CONTENT, folder))
      .filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))
      .map((n) => {
        const text = readFileSync(join(CONTENT, folder, n), 'utf8');
        return {
          id: n.replace(/\.mdx$/, ''),
          filePath: `content/${folder}/${n}`,
          body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, ''),
        };
      }),
  );
}
