/**
 * Reads the real content/ folder straight from disk (no Astro), as plain entries the pure schemas
 * and checks can take. Tests use it to check the real files, or a changed in-memory copy of them,
 * without a build. One front-matter reader for every test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './project-copy';

export const CONTENT_DIR = resolve(projectRoot, 'content');

/** One content file: its id (file name), path relative to the project, parsed data and MDX body. */
export interface ContentFile {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  body?: string;
}

export const GUIDE_FOLDERS = [
  'topics',
  'pages',
  'sources',
  'questions',
  'glossary',
  'question-presets',
  'warning-signs',
  'while-you-wait',
] as const;
export type GuideFolder = (typeof GUIDE_FOLDERS)[number];
export type ContentFiles = Record<GuideFolder | 'decision', ContentFile[]>;

/** Front matter and body of an MDX file. */
export function splitFrontMatter(source: string, path = 'file'): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error(`${path} has no front matter`);
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** Every file of one folder (files starting with "_" are left out, as the loaders do). */
export function readFolder(folder: string, contentDir = CONTENT_DIR): ContentFile[] {
  return readdirSync(join(contentDir, folder))
    .filter((name) => /\.(mdx|ya?ml)$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const path = join(contentDir, folder, name);
      const filePath = relative(projectRoot, path);
      const id = name.replace(/\.(mdx|ya?ml)$/, '');
      const source = readFileSync(path, 'utf8');
      if (name.endsWith('.mdx')) return { id, filePath, ...splitFrontMatter(source, filePath) };
      return { id, filePath, data: (parse(source) ?? {}) as Record<string, unknown> };
    });
}

/** A file holding a list of entries with ids (content/while-you-wait.yaml), one entry each. */
export function readListFile(name: string, contentDir = CONTENT_DIR): ContentFile[] {
  const path = join(contentDir, name);
  const filePath = relative(projectRoot, path);
  const list = (parse(readFileSync(path, 'utf8')) ?? []) as Record<string, unknown>[];
  return list.map((data) => ({ id: String(data['id']), filePath, data }));
}

/** The guide's and the decision aid's content files. */
export function readContentFiles(contentDir = CONTENT_DIR): ContentFiles {
  const read = (folder: string) => readFolder(folder, contentDir);
  return {
    topics: read('topics'),
    pages: read('pages'),
    sources: read('sources'),
    questions: read('questions'),
    glossary: read('glossary'),
    'question-presets': read('question-presets'),
    'warning-signs': read('warning-signs'),
    'while-you-wait': readListFile('while-you-wait.yaml', contentDir),
    decision: read('decision'),
  };
}
