/**
 * The one way this project reads an MDX page as text. Search (src/lib/search/mdx-sections.ts),
 * readability (src/lib/readability/prose.ts) and the review packet all parse with this module, so the
 * rules below are written once:
 *
 * - Front matter, code, raw HTML, imports/exports and `{expressions}` are not text.
 * - `<Cite>` markers are dropped (their output is a citation number). `<Term>` keeps its words for
 *   search (readers see them) but readability may drop them (the page explains them on the spot).
 * - Links keep their words; images keep their alt text; a line break is a space.
 * - A block component (a capitalized JSX name, such as `<WarningSigns>`) is reported with its string
 *   attributes, and the blocks inside it are marked `insideComponent`: readability measures only the
 *   page's own prose, search also wants what the component shows.
 * - Table rows are one block each; the first row is the header row (column labels).
 * - "Read more: [page](…)" paragraphs only point elsewhere and are marked `pointer`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';

/** The parts of an mdast / MDX syntax tree node this module reads. */
export interface MdNode {
  type: string;
  depth?: number;
  name?: string | null;
  value?: string;
  alt?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
}

/** One reading unit of a page, in document order. Texts have their white space squashed. */
export type MdxTextBlock = (
  | {
      kind: 'heading';
      depth: number;
      text: string;
      /** A heading of the page itself, not one nested in a component or a list. */
      topLevel: boolean;
    }
  | {
      kind: 'paragraph';
      text: string;
      /** A "Read more: [page](…)" line: it only points elsewhere. */
      pointer: boolean;
    }
  | {
      kind: 'tableRow';
      /** The first row of its table (column labels). */
      header: boolean;
      cells: string[];
    }
  | {
      /** A block component (capitalized name): the words it draws itself are not in the MDX. */
      kind: 'component';
      name: string;
      /** Its attributes given as plain strings. */
      attributes: Record<string, string>;
    }
) & {
  /** The block sits inside a block component (capitalized JSX name). */
  insideComponent: boolean;
};

export interface MdxTextOptions {
  /** Keep the words of `<Term>` (what a reader sees) or drop them. Default: keep. */
  glossaryTerms?: 'keep' | 'drop';
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Blocks that are never reader-facing text. */
const NON_TEXT_BLOCKS = new Set([
  'code',
  'yaml',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'thematicBreak',
  'definition',
]);
/** A component (capitalized JSX name) renders its own output; lower-case HTML elements hold page text. */
const COMPONENT_NAME = /^[A-Z]/;
/** "Read more: [page](/guide/…)" lines only point elsewhere. */
const POINTER_LINE = /^read more\b/i;

/** Removes a leading YAML front matter block, if the source still has one. */
export function stripFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** Parses an MDX page (front matter removed) into its syntax tree. */
export function parseMdx(source: string): MdNode {
  return parser.parse(stripFrontMatter(source)) as MdNode;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reader-visible text of inline content: `<Cite>` and expressions dropped, `<Term>` as the options say. */
export function inlineText(node: MdNode, options: MdxTextOptions = {}): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'mdxTextExpression':
    case 'html':
    case 'footnoteReference':
      return '';
    case 'mdxJsxTextElement':
      if (node.name === 'Cite') return '';
      if (node.name === 'Term' && options.glossaryTerms === 'drop') return '';
      break;
  }
  return (node.children ?? []).map((child) => inlineText(child, options)).join('');
}

function stringAttributes(node: MdNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') out[a.name] = a.value;
  }
  return out;
}

/** The text blocks of an MDX page (a source string, or a tree from parseMdx), in reading order. */
export function mdxTextBlocks(source: string | MdNode, options: MdxTextOptions = {}): MdxTextBlock[] {
  const tree = typeof source === 'string' ? parseMdx(source) : source;
  const blocks: MdxTextBlock[] = [];
  const visit = (node: MdNode, topLevel: boolean, insideComponent: boolean): void => {
    if (NON_TEXT_BLOCKS.has(node.type)) return;
    switch (node.type) {
      case 'heading':
        blocks.push({
          kind: 'heading',
          depth: node.depth ?? 0,
          text: squash(inlineText(node, options)),
          topLevel,
          insideComponent,
        });
        return;
      case 'paragraph': {
        const text = squash(inlineText(node, options));
        blocks.push({ kind: 'paragraph', text, pointer: POINTER_LINE.test(text), insideComponent });
        return;
      }
      case 'table':
        (node.children ?? []).forEach((row, index) => {
          const cells = (row.children ?? []).map((cell) => squash(inlineText(cell, options)));
          blocks.push({ kind: 'tableRow', header: index === 0, cells, insideComponent });
        });
        return;
      case 'mdxJsxFlowElement':
        if (node.name === 'Cite') return;
        if (node.name && COMPONENT_NAME.test(node.name)) {
          blocks.push({ kind: 'component', name: node.name, attributes: stringAttributes(node), insideComponent });
          for (const child of node.children ?? []) visit(child, false, true);
          return;
        }
        break;
    }
    for (const child of node.children ?? []) visit(child, false, insideComponent);
  };
  for (const child of tree.children ?? []) visit(child, true, false);
  return blocks;
}
