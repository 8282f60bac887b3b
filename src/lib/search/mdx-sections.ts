/**
 * Splits an MDX page body into its h2/h3 sections, with the same anchors Astro gives the headings.
 *
 * Parsing uses the same remark stack as the readability module (unified + remark-parse + remark-gfm +
 * remark-mdx). Anchors come from github-slugger over each heading's text, with one slugger per page,
 * which is what Astro's Markdown processor does (every heading, h1 to h6, takes a slug in page order,
 * so duplicates get "-1", "-2" exactly as on the built page).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import GithubSlugger from 'github-slugger';
import { squashSpaces } from './text';

interface MdNode {
  type: string;
  depth?: number;
  name?: string | null;
  value?: string;
  alt?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
}

/** One h2 or h3 section of a page (or the text before the first heading, with an empty anchor). */
export interface MdxSection {
  /** Heading text as the reader sees it ("" for the intro before the first heading). */
  heading: string;
  /** 2 or 3 (0 for the intro). */
  depth: number;
  /** The id Astro puts on the heading ("" for the intro). */
  anchor: string;
  /** The h2 this h3 sits under ("" for h2 sections and the intro). */
  parentHeading: string;
  /** Plain text of the section (paragraphs, lists, tables, care cards), citations removed. */
  text: string;
  /** Headings of the h3 sections inside this h2 (empty for h3s). */
  subheadings: string[];
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Inline components whose output is not words of the page (citation numbers). */
const DROPPED_COMPONENTS = new Set(['Cite']);
/** Blocks that are not reader-facing text. */
const DROPPED_BLOCKS = new Set(['code', 'yaml', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'thematicBreak', 'definition']);
/** "Read more: [page](/guide/…)" lines only point elsewhere; their words would blur relevance. */
const READ_MORE = /^read more\b/i;
/**
 * Words a block component prints that are not in the MDX itself (for example the warning signs
 * that <WarningSigns show="..." /> draws from content/warning-signs/). Given the component's name and
 * its string attributes; returns '' for components it does not know.
 */
export type ComponentText = (name: string, attributes: Record<string, string>) => string;

/** Removes a leading YAML front matter block, if the body still has one. */
function stripFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** Reader-visible text of inline content: <Term> keeps its words, <Cite> and expressions are dropped. */
export function inlineText(node: MdNode): string {
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
      if (node.name && DROPPED_COMPONENTS.has(node.name)) return '';
      break;
  }
  return (node.children ?? []).map(inlineText).join('');
}

/** Ends a block's text with punctuation so joined blocks still read as sentences in a snippet. */
function asSentence(text: string): string {
  const clean = squashSpaces(text);
  if (!clean) return '';
  return /[.!?:;…]$/.test(clean) ? clean : `${clean}.`;
}

function stringAttributes(node: MdNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') out[a.name] = a.value;
  }
  return out;
}

/** Text pieces of a block node, in reading order. */
function blockText(node: MdNode, out: string[], componentText?: ComponentText): void {
  if (DROPPED_BLOCKS.has(node.type)) return;
  switch (node.type) {
    case 'paragraph': {
      const text = inlineText(node);
      if (!READ_MORE.test(text.trim())) out.push(asSentence(text));
      return;
    }
    case 'heading':
      // A heading nested in a component, or an h4 and below: its words belong to the section.
      out.push(asSentence(inlineText(node)));
      return;
    case 'tableRow':
      out.push(asSentence((node.children ?? []).map((cell) => squashSpaces(inlineText(cell))).join(', ')));
      return;
    case 'mdxJsxFlowElement': {
      if (node.name && DROPPED_COMPONENTS.has(node.name)) return;
      const drawn = node.name && componentText ? componentText(node.name, stringAttributes(node)) : '';
      if (drawn) out.push(asSentence(drawn));
      break;
    }
  }
  for (const child of node.children ?? []) blockText(child, out, componentText);
}

/**
 * The page's sections in order. The intro (text before the first h2) comes first when it has text.
 * h1 and h4–h6 headings take a slug (to keep Astro's numbering) but do not start a section.
 * `anchors`, when given, are the ids of the page's `#` headings in order (a translated page uses
 * its English page's ids).
 */
export function splitMdxSections(body: string, componentText?: ComponentText, anchors?: readonly string[]): MdxSection[] {
  const tree = parser.parse(stripFrontMatter(body)) as MdNode;
  const slugger = new GithubSlugger();
  let headingNumber = 0;
  const sections: MdxSection[] = [];
  let current: MdxSection & { parts: string[] } = {
    heading: '',
    depth: 0,
    anchor: '',
    parentHeading: '',
    text: '',
    subheadings: [],
    parts: [],
  };
  let currentH2: MdxSection | undefined;
  const all = [current];

  for (const node of tree.children ?? []) {
    if (node.type === 'heading') {
      const heading = squashSpaces(inlineText(node));
      // A translated page keeps its English anchors, given in order (src/lib/i18n/translated-mdx.ts).
      const anchor = anchors?.[headingNumber] ?? slugger.slug(heading);
      headingNumber += 1;
      const depth = node.depth ?? 0;
      if (depth === 2 || depth === 3) {
        current = {
          heading,
          depth,
          anchor,
          parentHeading: depth === 3 && currentH2 ? currentH2.heading : '',
          text: '',
          subheadings: [],
          parts: [],
        };
        if (depth === 2) currentH2 = current;
        else currentH2?.subheadings.push(heading);
        all.push(current);
        continue;
      }
    }
    blockText(node, current.parts, componentText);
  }

  for (const section of all) {
    const { parts, ...rest } = section;
    const text = squashSpaces(parts.filter(Boolean).join(' '));
    if (rest.depth === 0 && !text) continue;
    sections.push({ ...rest, text });
  }
  return sections;
}
