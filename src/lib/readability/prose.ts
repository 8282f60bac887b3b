/**
 * Pulls the running prose out of an MDX page so readability is measured on sentences a reader
 * reads as text. Left out: front matter, headings, lists, tables, code, components' own output,
 * citation markers and glossary terms (medical words the page explains on the spot).
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

const SKIPPED_BLOCKS = new Set(['heading', 'list', 'table', 'code', 'yaml', 'html', 'mdxjsEsm', 'mdxFlowExpression']);
/** Inline components whose words are not the page's prose. */
const SKIPPED_COMPONENTS = new Set(['Cite', 'Term']);

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Removes a leading YAML front matter block. */
export function stripFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** The prose paragraphs of an MDX document, as plain text. */
export function extractProse(mdx: string): string[] {
  const tree = parser.parse(stripFrontMatter(mdx)) as MdNode;
  const paragraphs: string[] = [];
  collectParagraphs(tree, paragraphs);
  return paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

function collectParagraphs(node: MdNode, out: string[]): void {
  if (SKIPPED_BLOCKS.has(node.type)) return;
  if (node.type === 'paragraph') {
    out.push(inlineText(node));
    return;
  }
  for (const child of node.children ?? []) collectParagraphs(child, out);
}

function inlineText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxTextExpression') return '';
  if (node.type === 'mdxJsxTextElement' && node.name && SKIPPED_COMPONENTS.has(node.name)) return '';
  return (node.children ?? []).map(inlineText).join('');
}
