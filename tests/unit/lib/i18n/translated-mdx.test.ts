import { describe, expect, it } from 'vitest';
import { headingIds, translatedFile } from '@/lib/i18n/translated-mdx';

describe('translatedFile', () => {
  it('finds the English twin of a translated page and ignores English pages', () => {
    expect(translatedFile('/repo/content/es/topics/risks.mdx')).toEqual({
      lang: 'es',
      englishPath: '/repo/content/topics/risks.mdx',
    });
    expect(translatedFile('/repo/content/topics/risks.mdx')).toBeNull();
    expect(translatedFile('/repo/content/en/topics/risks.mdx')).toBeNull();
  });
});

describe('headingIds', () => {
  it('gives # headings and bold labels under a section the ids the English page gets', () => {
    const mdx = [
      '---',
      'title: T',
      '---',
      '',
      '**Before:** not under a section.',
      '',
      '## What this page covers',
      '',
      'Text.',
      '',
      '## Slowed breathing <Cite id="s1" />',
      '',
      '**How serious:** Very.<Cite id="s2" />',
      '',
      '**Read next:** [page](/guide/x/)',
      '',
      '### The <Term id="catheter">tube</Term> and [pump](/p/)',
      '',
      '```',
      '## not a heading',
      '```',
      '',
      '## What this page covers',
      '',
    ].join('\n');
    expect(headingIds(mdx)).toEqual([
      'what-this-page-covers',
      'slowed-breathing',
      'how-serious',
      'the-tube-and-pump',
      'what-this-page-covers-1',
    ]);
  });
});
