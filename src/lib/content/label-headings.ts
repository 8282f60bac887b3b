/**
 * Remark plugin: a paragraph that starts with a bold label ending in a colon ("**How common:** …")
 * is a heading in disguise. Screen-reader heading navigation skips bold text, so the numbers under
 * "How common" could not be found. This turns the label into a real heading one level below the
 * section it sits in, and keeps the rest of the paragraph as the paragraph under it. Authors keep
 * writing the familiar pattern; no medical text changes, only its markup.
 *
 * Left alone: a label before any heading (nothing to nest under), and a label whose paragraph is
 * only a link ("**Read next:** [page](…)"), which is a pointer, not a section.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The label text without its colon, when `paragraph` starts with a bold "Label:"; otherwise null. */
function labelOf(paragraph: Paragraph): string | null {
  const [first] = paragraph.children;
  if (first?.type !== 'strong') return null;
  const text = toString(first).trim();
  if (!/^[^:]{1,60}:$/.test(text)) return null;
  return text.slice(0, -1).trim();
}

/** What follows the label, with the space after the label removed. */
function restOf(paragraph: Paragraph): PhrasingContent[] {
  const rest = paragraph.children.slice(1);
  const [first] = rest;
  if (first?.type === 'text') {
    const trimmed = first.value.replace(/^\s+/, '');
    return trimmed ? [{ ...first, value: trimmed }, ...rest.slice(1)] : rest.slice(1);
  }
  return rest;
}

/** True when the content is only links (and spaces): a pointer to elsewhere, not a section. */
function onlyLinks(content: PhrasingContent[]): boolean {
  const meaningful = content.filter((node) => !(node.type === 'text' && !node.value.trim()));
  return meaningful.length > 0 && meaningful.every((node) => node.type === 'link');
}

/** One paragraph to replace, and what replaces it (the heading, then the rest as a paragraph). */
export interface LabelConversion {
  node: Paragraph;
  replacement: RootContent[];
}

/** Which top-level paragraphs of a document are bold "Label:" pseudo-headings, and their headings. */
function planLabelHeadings(tree: Readonly<Root>): LabelConversion[] {
  let sectionDepth = 0;
  const plan: LabelConversion[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') sectionDepth = node.depth;
    if (node.type !== 'paragraph' || sectionDepth < 2) continue;
    const label = labelOf(node);
    const rest = label === null ? [] : restOf(node);
    if (label === null || onlyLinks(rest)) continue;
    const heading: Heading = {
      type: 'heading',
      depth: Math.min(sectionDepth + 1, 6) as Heading['depth'],
      children: [{ type: 'text', value: label }],
    };
    plan.push({ node, replacement: rest.length > 0 ? [heading, { type: 'paragraph', children: rest }] : [heading] });
  }
  return plan;
}

/** Applies the plan to a tree in place (unit tests, and any unified-style pipeline). */
export function labelsToHeadings(tree: Root): void {
  const plan = new Map(planLabelHeadings(tree).map((step) => [step.node as RootContent, step.replacement]));
  tree.children = tree.children.flatMap((node) => plan.get(node) ?? [node]);
}

/** What the Sätteri plugin's context offers that this plugin uses. */
interface MdastEditor {
  replaceNode(node: unknown, replacement: RootContent[]): void;
}

/**
 * The Sätteri mdast plugin (astro.config.mjs: markdown.processor). Sätteri records edits through its
 * context instead of letting plugins change the tree, so the plan is applied with replaceNode.
 */
export const labelHeadingsPlugin = {
  name: 'ppg-label-headings',
  before(root: Readonly<Root>, context: MdastEditor): void {
    for (const { node, replacement } of planLabelHeadings(root)) context.replaceNode(node, replacement);
  },
};
