import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { labelsToHeadings } from '../../../../src/lib/content/label-headings';

function convert(markdown: string): Root {
  const tree = unified().use(remarkParse).parse(markdown);
  labelsToHeadings(tree);
  return tree;
}

/** A compact outline: "h4:How common" for headings, "p:…" for paragraphs. */
function outline(tree: Root): string[] {
  return tree.children.map((node) => {
    if (node.type === 'heading')
      return `h${node.depth}:${node.children.map((c) => ('value' in c ? c.value : '')).join('')}`;
    if (node.type === 'paragraph')
      return `p:${node.children.map((c) => (c.type === 'text' ? c.value : c.type)).join('')}`;
    return node.type;
  });
}

describe('bold "Label:" paragraphs become headings', () => {
  it('turns the label into a heading one level below its section and keeps the text under it', () => {
    const tree = convert(
      '## Risks\n\n### Overdose\n\n**How serious:** It can stop your breathing.\n\n**How common:**\n\n- One figure\n',
    );
    expect(outline(tree)).toEqual([
      'h2:Risks',
      'h3:Overdose',
      'h4:How serious',
      'p:It can stop your breathing.',
      'h4:How common',
      'list',
    ]);
  });

  it('nests under an h2 section too', () => {
    expect(outline(convert('## Doses\n\n**What to do:** Book refills early.'))).toEqual([
      'h2:Doses',
      'h3:What to do',
      'p:Book refills early.',
    ]);
  });

  it('leaves labels before any heading, links-only pointers and ordinary bold text alone', () => {
    const tree = convert(
      '**Intro:** before any heading.\n\n## Next\n\n**Read next:** [Side effects](/guide/x/)\n\nSome **bold words:** in a sentence.\n\n**Not a label** here.',
    );
    expect(outline(tree)).toEqual([
      'p:strong before any heading.',
      'h2:Next',
      'p:strong link',
      'p:Some strong in a sentence.',
      'p:strong here.',
    ]);
  });
});
