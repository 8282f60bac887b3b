import { describe, expect, it } from 'vitest';
import { extractProse } from '@/lib/readability/prose';
import {
  MAX_FLESCH_KINCAID_GRADE,
  MAX_SMOG_GRADE,
  countSyllables,
  scoreText,
  splitSentences,
  splitWords,
} from '@/lib/readability/score';

describe('scoreText', () => {
  it('counts a simple sentence and applies the Flesch-Kincaid formula', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39*6 + 11.8*1 - 15.59 = -1.45, rounded half up to -1.4
    const score = scoreText(['The cat sat on the mat.']);
    expect(score).toMatchObject({ sentences: 1, words: 6, syllables: 6, polysyllables: 0 });
    expect(score.fleschKincaidGrade).toBe(-1.4);
    expect(score.smogGrade).toBe(3.1);
  });

  it('gives a high grade to long sentences of long words', () => {
    const text =
      'Intrathecal administration of pharmacological agents necessitates comprehensive multidisciplinary evaluation, meticulous implantation technique and continuous postoperative surveillance for potentially catastrophic complications.';
    const score = scoreText([text]);
    expect(score.fleschKincaidGrade).toBeGreaterThan(16);
    expect(score.smogGrade).toBeGreaterThan(14);
    expect(score.fleschKincaidGrade).toBeGreaterThan(MAX_FLESCH_KINCAID_GRADE);
  });

  it('passes plain short sentences', () => {
    const score = scoreText([
      'A pump is a small round device. It sits under the skin of your belly. A thin tube takes medicine to your spine.',
    ]);
    expect(score.sentences).toBe(3);
    expect(score.fleschKincaidGrade).toBeLessThanOrEqual(MAX_FLESCH_KINCAID_GRADE);
    expect(score.smogGrade).toBeLessThanOrEqual(MAX_SMOG_GRADE);
  });

  it('returns NaN grades for empty text rather than a false pass', () => {
    const score = scoreText([]);
    expect(Number.isNaN(score.fleschKincaidGrade)).toBe(true);
    expect(Number.isNaN(score.smogGrade)).toBe(true);
  });
});

describe('splitting', () => {
  it('splits sentences at end punctuation followed by space or end', () => {
    expect(splitSentences('One. Two! Three? 3.5 is a number.')).toEqual(['One', 'Two', 'Three', '3.5 is a number']);
  });

  it('keeps hyphenated words and numbers as single words', () => {
    expect(splitWords('A long-term pump, 85 out of 100.')).toEqual([
      'A',
      'long-term',
      'pump',
      '85',
      'out',
      'of',
      '100',
    ]);
  });

  it('counts syllables per hyphen part and numerals as one', () => {
    expect(countSyllables('long-term')).toBe(2);
    expect(countSyllables('100')).toBe(1);
    expect(countSyllables('medicine')).toBe(3);
  });
});

describe('extractProse', () => {
  const mdx = `---
title: Example
keyPoints:
  - Not prose.
---

## A heading is not prose

This is prose.<Cite id="s1" /> It has a <Term id="intrathecal">very-long-medical-term</Term> inside.

- A list item is prose
- So is this one.<Cite id="s2" />
  - And a nested item

| Column label | Another label |
| --- | --- |
| A cell is prose | 85 out of 100 |

<WarningSigns show="wound-problem" />

\`\`\`
code is not prose
\`\`\`

Second paragraph here.
`;

  it('keeps paragraphs, list items and table body cells; drops front matter, headings, header rows, components, code, citations and terms', () => {
    expect(extractProse(mdx)).toEqual([
      'This is prose. It has a inside.',
      'A list item is prose',
      'So is this one.',
      'And a nested item',
      'A cell is prose',
      '85 out of 100',
      'Second paragraph here.',
    ]);
  });

  it('scores each list item as its own sentence even without a full stop', () => {
    const score = scoreText(extractProse('- One short item\n- Another short item\n'));
    expect(score.sentences).toBe(2);
    expect(score.words).toBe(6);
  });

  it('counts the words of a list-heavy page, not just its paragraphs', () => {
    const listPage = `Intro line.\n\n${Array.from({ length: 20 }, () => '- Intrathecal administration necessitates comprehensive multidisciplinary evaluation').join('\n')}\n`;
    const score = scoreText(extractProse(listPage));
    expect(score.words).toBe(2 + 20 * 6);
    expect(score.fleschKincaidGrade).toBeGreaterThan(MAX_FLESCH_KINCAID_GRADE);
  });
});
