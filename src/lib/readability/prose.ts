/**
 * Pulls out of an MDX page the text a reader reads as sentences, so readability is measured on it:
 * paragraphs, list items and table body cells. Left out: front matter, headings, table header rows
 * (column labels, like headings), code, components' own output (care cards, pictures), citation
 * markers and glossary terms (medical words the page explains on the spot).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdNode[];
}

const SKIPPED_BLOCKS = new Set(['heading', 'code', 'yaml', 'html', 'mdxjsEsm', 'mdxFlowExpression']);
/** Inline components whose words are not the page's prose. */
const SKIPPED_COMPONENTS = new Set(['Cite', 'Term']);
/** A component (capitalised JSX name) renders its own text; lower-case HTML elements hold page text. */
const COMPONENT_NAME = /^[A-Z]/;

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Removes a leading YAML front matter block. */
export function stripFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/**
 * The prose of an MDX document as plain text, one entry per paragraph, list-item paragraph or
 * table body cell. Each entry is scored as at least one sentence, so a list item or cell without a
 * full stop does not run into the next one.
 */
export function extractProse(mdx: string): string[] {
  const tree = parser.parse(stripFrontMatter(mdx)) as MdNode;
  const blocks: string[] = [];
  collectBlocks(tree, blocks);
  return blocks;
}

function collectBlocks(node: MdNode, out: string[]): void {
  if (SKIPPED_BLOCKS.has(node.type)) return;
  if (node.type === 'mdxJsxFlowElement' && node.name && COMPONENT_NAME.test(node.name)) return;
  if (node.type === 'paragraph') {
    push(out, inlineText(node));
    return;
  }
  if (node.type === 'table') {
    // The first row is the header row: column labels, not sentences.
    for (const row of (node.children ?? []).slice(1)) {
      for (const cell of row.children ?? []) push(out, inlineText(cell));
    }
    return;
  }
  for (const child of node.children ?? []) collectBlocks(child, out);
}

function push(out: string[], raw: string): void {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > 0) out.push(text);
}

function inlineText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxTextExpression') return '';
  if (node.type === 'mdxJsxTextElement' && node.name && SKIPPED_COMPONENTS.has(node.name)) return '';
  return (node.children ?? []).map(inlineText).join('');
}
