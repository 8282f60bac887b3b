/**
 * Splits an MDX page body into its h2/h3 sections, with the same anchors Astro gives the headings.
 *
 * The page is read with the MDX-to-text step shared with readability (src/lib/content/mdx-text.ts):
 * <Cite> markers dropped, <Term> words kept, "Read more" lines skipped. Anchors come from
 * github-slugger over each heading's text, with one slugger per page, which is what Astro's Markdown
 * processor does (every heading, h1 to h6, takes a slug in page order, so duplicates get "-1", "-2"
 * exactly as on the built page).
 */
import GithubSlugger from 'github-slugger';
import { mdxTextBlocks, type MdxTextBlock } from '@/lib/content/mdx-text';
import { squashSpaces } from './text';

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
  /** Plain text of the section (paragraphs, lists, tables, words components draw), citations removed. */
  text: string;
  /** Headings of the h3 sections inside this h2 (empty for h3s). */
  subheadings: string[];
}

/**
 * Words a block component prints that are not in the MDX itself (for example the warning signs
 * that <WarningSigns show="..." /> draws from content/warning-signs/). Given the component's name and
 * its string attributes; returns '' for components it does not know.
 */
export type ComponentText = (name: string, attributes: Record<string, string>) => string;

/** Ends a block's text with punctuation so joined blocks still read as sentences in a snippet. */
function asSentence(text: string): string {
  const clean = squashSpaces(text);
  if (!clean) return '';
  return /[.!?:;…]$/.test(clean) ? clean : `${clean}.`;
}

/** The searchable text of one block ('' for none). */
function blockText(block: MdxTextBlock, componentText?: ComponentText): string {
  switch (block.kind) {
    case 'paragraph':
      // "Read more" lines only point elsewhere; their words would blur relevance.
      return block.pointer ? '' : asSentence(block.text);
    case 'heading':
      // A heading nested in a component, or an h1 or h4 and below: its words belong to the section.
      return asSentence(block.text);
    case 'tableRow':
      return asSentence(block.cells.join(', '));
    case 'component':
      return componentText ? asSentence(componentText(block.name, block.attributes)) : '';
  }
}

/**
 * The page's sections in order. The intro (text before the first h2) comes first when it has text.
 * h1 and h4–h6 headings take a slug (to keep Astro's numbering) but do not start a section.
 * `anchors`, when given, are the ids of the page's `#` headings in order (a translated page uses
 * its English page's ids).
 */
export function splitMdxSections(
  body: string,
  componentText?: ComponentText,
  anchors?: readonly string[],
): MdxSection[] {
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

  for (const block of mdxTextBlocks(body)) {
    if (block.kind === 'heading' && block.topLevel) {
      const heading = block.text;
      // A translated page keeps its English anchors, given in order (src/lib/i18n/translated-mdx.ts).
      const anchor = anchors?.[headingNumber] ?? slugger.slug(heading);
      headingNumber += 1;
      const depth = block.depth;
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
    current.parts.push(blockText(block, componentText));
  }

  for (const section of all) {
    const { parts, ...rest } = section;
    const text = squashSpaces(parts.filter(Boolean).join(' '));
    if (rest.depth === 0 && !text) continue;
    sections.push({ ...rest, text });
  }
  return sections;
}
