/**
 * Markdown plugin for translated pages (content/<lang>/…/*.mdx):
 * - each heading gets the id of the English heading in the same position, so `#anchors` in links,
 *   shared section links and search results point to the same section in every language (the
 *   build checks the heading outline is the same: src/lib/i18n/translation.ts);
 * - links to pages of this site go to the same language (`/guide/x/` → `/es/guide/x/`).
 * English pages are left alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { isLang, SOURCE_LANG, type Lang } from './lang';
import { localizePath } from './paths';

/** The language and English twin of a translated content file, or null for any other file. */
export function translatedFile(path: string): { lang: Lang; englishPath: string } | null {
  const match = /^(.*[\\/]content)[\\/]([a-z]{2})[\\/](.+\.mdx)$/.exec(path);
  if (!match || !isLang(match[2]) || match[2] === SOURCE_LANG) return null;
  return { lang: match[2], englishPath: `${match[1]}/${match[3]}` };
}

/** Plain text of a line of MDX, as the heading would read: components, links and emphasis removed. */
function plainText(mdx: string): string {
  return mdx
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<([A-Z]\w*)\b[^>]*>([\s\S]*?)<\/\1>/g, '$2')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/**
 * The ids the English page gives its headings, in order: `#` headings, and bold "Label:" paragraphs
 * under a section, which the label-headings step turns into headings (src/lib/content/label-headings.ts).
 */
export function headingIds(mdx: string): string[] {
  return headingAnchors(mdx).map((heading) => heading.id);
}

/** The ids of the page's `#` headings only (bold labels left out), for the search sections. */
export function markdownHeadingIds(mdx: string): string[] {
  return headingAnchors(mdx)
    .filter((heading) => !heading.fromLabel)
    .map((heading) => heading.id);
}

/** Every heading id of the page in order, and whether it comes from a bold "Label:". */
function headingAnchors(mdx: string): { id: string; fromLabel: boolean }[] {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const slugger = new GithubSlugger();
  const ids: { id: string; fromLabel: boolean }[] = [];
  let sectionDepth = 0;
  let inCode = false;
  let previousBlank = true;
  for (const line of body.split('\n')) {
    if (/^\s*```/.test(line)) inCode = !inCode;
    const startsBlock = previousBlank;
    previousBlank = line.trim() === '';
    if (inCode) continue;
    const heading = /^(#{1,6})\s+(.+?)\s*$/.exec(line);
    if (heading) {
      sectionDepth = heading[1]!.length;
      ids.push({ id: slugger.slug(plainText(heading[2]!)), fromLabel: false });
      continue;
    }
    const label = /^\*\*([^*:]{1,60}):\*\*(.*)$/.exec(line);
    if (label && startsBlock && sectionDepth >= 2 && !onlyLinks(label[2]!))
      ids.push({ id: slugger.slug(plainText(label[1]!)), fromLabel: true });
  }
  return ids;
}

function onlyLinks(rest: string): boolean {
  const trimmed = rest.trim();
  return trimmed !== '' && trimmed.replace(/\[[^\]]*\]\([^)]*\)/g, '').trim() === '';
}

interface HastElement {
  tagName: string;
  properties?: Record<string, unknown>;
}
interface HastVisitContext {
  setProperty(node: HastElement, name: string, value: unknown): void;
}

/** The Sätteri hast plugin (astro.config.mjs); a factory, so English files skip it entirely. */
export function translatedMdxPlugin(ctx: { fileURL: URL | undefined }) {
  const file = ctx.fileURL ? translatedFile(fileURLToPath(ctx.fileURL)) : null;
  if (!file) return null;
  const ids = headingIds(readFileSync(file.englishPath, 'utf8'));
  let next = 0;
  return {
    name: 'ppg-translated-mdx',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a'],
      visit(node: HastElement, visit: HastVisitContext) {
        if (node.tagName === 'a') {
          const href = node.properties?.href;
          if (typeof href === 'string') visit.setProperty(node, 'href', localizePath(href, file.lang));
          return;
        }
        const id = ids[next++];
        if (id) visit.setProperty(node, 'id', id);
      },
    },
  };
}
