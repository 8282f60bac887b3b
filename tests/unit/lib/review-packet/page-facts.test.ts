import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasNumber, pageFacts, splitIntoSentences } from '@/lib/review-packet/page-facts';

const page = `---
title: Test
---
## Heading with 3 words

Most people get some relief.<Cite id="s1" /> About 12 out of 100 people get an infection.<Cite id="s2,s3" /> Ask your team.

- A list item with a claim.<Cite id="s4" />

<IconArray count="12" of="100" label="infection" />

<WarningSigns show="wound-problem, spinal-fluid-leak" />
`;

describe('pageFacts', () => {
  const facts = pageFacts(page);

  it('keeps each cited sentence with its source ids', () => {
    expect(facts.cited).toEqual([
      { text: 'Most people get some relief.', sourceIds: ['s1'] },
      { text: 'About 12 out of 100 people get an infection.', sourceIds: ['s2', 's3'] },
      { text: 'A list item with a claim.', sourceIds: ['s4'] },
    ]);
    expect(facts.uncited).toEqual(['Ask your team.']);
  });

  it('lists every number, including pictures, but not headings', () => {
    expect(facts.numbers).toEqual([
      'About 12 out of 100 people get an infection.',
      '"100 people" picture: count="12" of="100" label="infection"',
    ]);
  });

  it('finds cited sentences on a real page', () => {
    const risks = pageFacts(readFileSync('content/topics/risks.mdx', 'utf8'));
    expect(risks.cited.length).toBeGreaterThan(10);
    for (const sentence of risks.cited) {
      expect(sentence.text).not.toMatch(/[\u27e6\u27e7]|<Cite/);
      for (const id of sentence.sourceIds) expect(id).toMatch(/^s\d+$/);
    }
  });
});

describe('splitIntoSentences and hasNumber', () => {
  it('splits at sentence ends, keeping a citation marker with its sentence', () => {
    expect(splitIntoSentences('One.\u27e6s1\u27e7 Two? Three')).toEqual(['One.\u27e6s1\u27e7', 'Two?', 'Three']);
  });
  it('spots digits', () => {
    expect(hasNumber('about 3 in 100')).toBe(true);
    expect(hasNumber('most people')).toBe(false);
  });
});
