import { describe, expect, test } from 'vitest';
import { inlineText, mdxTextBlocks, parseMdx, stripFrontMatter } from '@/lib/content/mdx-text';

const page = `---
title: Front matter is not text
---

import Thing from './thing';

# Page title

Text with a <Term id="bolus">bolus dose</Term> and a [link](/guide/x/).<Cite id="s1" /> Line\\
break and ![a pump in its pocket](/pump.png).

Read more: [The trial](/guide/the-trial/)

## Section

- A list item
  - A nested item

<CareCard kind="emergency" level="2">
  ### Inside a card

  Card text.
</CareCard>

<div>
  Page text in an HTML element.
</div>

<Cite id="s2" />

| Column | Label |
| --- | --- |
| Cell one | Cell two |

\`\`\`
code is not text
\`\`\`

{/* an expression */}

---
`;

describe('mdxTextBlocks', () => {
  const blocks = mdxTextBlocks(page);

  test('gives headings, paragraphs, table rows and components in reading order', () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'component',
      'heading',
      'paragraph',
      'paragraph',
      'tableRow',
      'tableRow',
    ]);
  });

  test('drops citations, keeps link words, image alt text and glossary terms, and squashes white space', () => {
    expect(blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: 'Text with a bolus dose and a link. Line break and a pump in its pocket.',
      pointer: false,
    });
  });

  test('can drop the words of glossary terms', () => {
    const [, paragraph] = mdxTextBlocks(page, { glossaryTerms: 'drop' });
    expect(paragraph).toMatchObject({ text: 'Text with a and a link. Line break and a pump in its pocket.' });
  });

  test('marks "Read more" lines as pointers', () => {
    expect(blocks[2]).toMatchObject({ kind: 'paragraph', pointer: true });
  });

  test('tells page headings from headings nested in components', () => {
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => [h.text, h.depth, h.topLevel, h.insideComponent])).toEqual([
      ['Page title', 1, true, false],
      ['Section', 2, true, false],
      ['Inside a card', 3, false, true],
    ]);
  });

  test('reports a block component with its string attributes and marks what is inside it', () => {
    expect(blocks[6]).toEqual({
      kind: 'component',
      name: 'CareCard',
      attributes: { kind: 'emergency', level: '2' },
      insideComponent: false,
    });
    expect(blocks[8]).toMatchObject({ text: 'Card text.', insideComponent: true });
    // A lower-case HTML element holds page text.
    expect(blocks[9]).toMatchObject({ text: 'Page text in an HTML element.', insideComponent: false });
  });

  test('gives each table row its cells, the first row marked as the header', () => {
    expect(blocks.slice(10)).toEqual([
      { kind: 'tableRow', header: true, cells: ['Column', 'Label'], insideComponent: false },
      { kind: 'tableRow', header: false, cells: ['Cell one', 'Cell two'], insideComponent: false },
    ]);
  });

  test('takes a tree already parsed by parseMdx', () => {
    expect(mdxTextBlocks(parseMdx(page))).toEqual(blocks);
  });
});

test('inlineText keeps text, drops citations and expressions', () => {
  const node = {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'A ' },
      { type: 'mdxJsxTextElement', name: 'Term', children: [{ type: 'text', value: 'bolus' }] },
      { type: 'mdxJsxTextElement', name: 'Cite', children: [] },
      { type: 'mdxTextExpression', value: 'x' },
      { type: 'emphasis', children: [{ type: 'text', value: ' dose' }] },
    ],
  };
  expect(inlineText(node)).toBe('A bolus dose');
  expect(inlineText(node, { glossaryTerms: 'drop' })).toBe('A  dose');
});

test('stripFrontMatter strips only a leading front matter block', () => {
  expect(stripFrontMatter('---\na: 1\n---\nBody --- text')).toBe('Body --- text');
});
