/**
 * What a clinical reviewer needs to check on one page, read from its MDX: every cited sentence
 * with its source ids, and every sentence or picture with a number. (The warning signs a page
 * shows come from warningSignsUsage in src/lib/warning-signs/, as on the site.) Pure (no file or git access), so tests check it on small pages and on the real content.
 */
import { parseMdx, type MdNode } from '../content/mdx-text';

export interface CitedSentence {
  /** The sentence as plain text, citation markers removed. */
  text: string;
  /** Source ids cited in it, in order. */
  sourceIds: string[];
}

export interface PageFacts {
  cited: CitedSentence[];
  /** Sentences without a citation. Shown so a reviewer sees claims that cite nothing. */
  uncited: string[];
  /** Sentences (cited or not) that contain a number, and "100 people" pictures with their numbers. */
  numbers: string[];
}

const CITE_OPEN = '\u27e6';
const CITE_CLOSE = '\u27e7';
const BLOCKS = new Set(['paragraph', 'tableCell']);
const SKIPPED = new Set(['heading', 'code', 'yaml', 'mdxjsEsm', 'mdxFlowExpression']);

function attribute(node: MdNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Inline text with each <Cite id="a,b" /> turned into a marker, so sentences keep their citations. */
function inlineText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxJsxTextElement' && node.name === 'Cite')
    return `${CITE_OPEN}${attribute(node, 'id') ?? ''}${CITE_CLOSE}`;
  return (node.children ?? []).map(inlineText).join('');
}

/** Splits text into sentences at ., ! or ? followed by a space (markers stay with their sentence). */
export function splitIntoSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?](?:\u27e6[^\u27e7]*\u27e7)*)\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const MARKER = /\u27e6([^\u27e7]*)\u27e7/g;

/** True when the text holds a figure a reviewer should check (digits, or "N out of 100"). */
export function hasNumber(text: string): boolean {
  return /\d/.test(text);
}

export function pageFacts(mdx: string): PageFacts {
  const tree = parseMdx(mdx);
  const facts: PageFacts = { cited: [], uncited: [], numbers: [] };
  const visit = (node: MdNode): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'mdxJsxFlowElement' && node.name === 'WarningSigns') return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'IconArray') {
      const attrs = (node.attributes ?? [])
        .filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
        .map((a) => `${a.name}="${String(a.value)}"`);
      facts.numbers.push(`"100 people" picture: ${attrs.join(' ')}`);
      return;
    }
    if (BLOCKS.has(node.type)) {
      for (const sentence of splitIntoSentences(inlineText(node))) {
        const sourceIds = [...sentence.matchAll(MARKER)].flatMap((m) =>
          m[1]!
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        const text = sentence.replace(MARKER, '').replace(/\s+/g, ' ').trim();
        if (!text) continue;
        if (sourceIds.length > 0) facts.cited.push({ text, sourceIds });
        else facts.uncited.push(text);
        if (hasNumber(text)) facts.numbers.push(text);
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return facts;
}
