import { describe, expect, test } from 'vitest';
import { splitMdxSections } from '@/lib/search/mdx-sections';

const body = `---
title: Ignored front matter
---

Intro text before any heading.<Cite id="s1" />

## What is a pump?

A pump sends medicine into the fluid (<Term id="cerebrospinal-fluid">spinal fluid</Term>).<Cite id="s2,s3" />

Read more: [The trial](/guide/the-trial/)

## Notes

### Details

- First item
- Second item.

#### Notes

Text under an h4 stays in the h3 section.

## Notes

| Option | Time |
| --- | --- |
| Pump | 3 hours |

<WarningSigns show="wound-problem" />

{/* an expression */}
`;

describe('splitMdxSections', () => {
  const sections = splitMdxSections(body);

  test('keeps the intro, then one section per h2 and h3, in order', () => {
    expect(sections.map((s) => [s.depth, s.heading])).toEqual([
      [0, ''],
      [2, 'What is a pump?'],
      [2, 'Notes'],
      [3, 'Details'],
      [2, 'Notes'],
    ]);
  });

  test('anchors follow github-slugger, counting every heading (h4 too) like Astro', () => {
    expect(sections.map((s) => s.anchor)).toEqual(['', 'what-is-a-pump', 'notes', 'details', 'notes-2']);
  });

  test('drops <Cite> markers and "Read more" lines, keeps <Term> words', () => {
    expect(sections[0]!.text).toBe('Intro text before any heading.');
    expect(sections[1]!.text).toBe('A pump sends medicine into the fluid (spinal fluid).');
  });

  test('records the parent h2 of an h3 and the h3s of an h2', () => {
    expect(sections[3]!.parentHeading).toBe('Notes');
    expect(sections[2]!.subheadings).toEqual(['Details']);
    expect(sections[2]!.text).toBe('');
  });

  test('reads lists, deeper headings and tables as sentences; skips expressions and unknown components', () => {
    expect(sections[3]!.text).toBe('First item. Second item. Notes. Text under an h4 stays in the h3 section.');
    expect(sections[4]!.text).toBe('Option, Time. Pump, 3 hours.');
  });

  test('adds the words a block component draws from data, such as warning signs', () => {
    const drawn = splitMdxSections(body, (name, attributes) =>
      name === 'WarningSigns' ? `Signs for ${attributes['show']}` : '',
    );
    expect(drawn[4]!.text).toBe('Option, Time. Pump, 3 hours. Signs for wound-problem.');
  });

  test('a page with no intro text has no intro section', () => {
    expect(splitMdxSections('## Only\n\nText.').map((s) => s.heading)).toEqual(['Only']);
  });
});
