/**
 * Pulls out of an MDX page the text a reader reads as sentences, so readability is measured on it:
 * paragraphs, list items and table body cells. Left out: front matter, headings, table header rows
 * (column labels, like headings), code, components' own output (warning signs, pictures), citation
 * markers and glossary terms (medical words the page explains on the spot). The page is read with
 * the same MDX-to-text step as search (src/lib/content/mdx-text.ts).
 */
import { mdxTextBlocks } from '@/lib/content/mdx-text';

/**
 * The prose of an MDX document as plain text, one entry per paragraph, list-item paragraph or
 * table body cell. Each entry is scored as at least one sentence, so a list item or cell without a
 * full stop does not run into the next one.
 */
export function extractProse(mdx: string): string[] {
  const prose: string[] = [];
  for (const block of mdxTextBlocks(mdx, { glossaryTerms: 'drop' })) {
    if (block.insideComponent) continue;
    if (block.kind === 'paragraph') prose.push(block.text);
    else if (block.kind === 'tableRow' && !block.header) prose.push(...block.cells);
  }
  return prose.filter((text) => text.length > 0);
}
