/**
 * The real content/ files pass the build's schemas and cross-entry checks, and each way an author
 * might break them is caught with a message that names the file and what to fix. Runs the same
 * schemas and checks the build runs, on an in-memory copy of the real files (no build; the wiring
 * into a real build is proven once in tests/build/broken-content.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../support/check-content-files';
import { readContentFiles, type ContentFiles } from '../../../support/content-files';

const real = readContentFiles();

/** A deep copy of the real content, changed by `change`. */
function contentWith(change: (files: ContentFiles) => void): ContentFiles {
  const copy = structuredClone(real);
  change(copy);
  return copy;
}

function risksPage(files: ContentFiles) {
  const page = files.topics.find((t) => t.id === 'risks');
  if (!page) throw new Error('content/topics/risks.mdx is gone; update this test');
  return page;
}

describe('the real content', () => {
  it('passes every schema and cross-entry check', () => {
    expect(real.topics.length).toBeGreaterThanOrEqual(10);
    expect(checkContentFiles(real)).toEqual([]);
  });
});

describe('broken content is caught with a message for authors', () => {
  it('an unknown warning sign, a hand-written triage line and a sign at a second level', () => {
    const problems = checkContentFiles(
      contentWith((files) => {
        const page = risksPage(files);
        page.body = `${page.body!.replace('<WarningSigns wait show="', '<WarningSigns wait show="wound-problme, ')}\n\nIf this happens, call 911.\n`;
        const wound = files['warning-signs'].find((w) => w.id === 'wound-problem')!;
        files['warning-signs'].push({
          ...wound,
          id: 'wound-problem-now',
          filePath: 'content/warning-signs/wound-problem-now.yaml',
          data: { ...wound.data, level: 'now' },
        });
      }),
    ).join('\n');
    expect(problems).toContain('content/topics/risks.mdx: <WarningSigns show="..."> names "wound-problme"');
    expect(problems).toContain('content/topics/risks.mdx: The text says "call 911"');
    expect(problems).toContain(
      'content/warning-signs/wound-problem-now.yaml: This sign has the same words as "wound-problem" (today)',
    );
  });

  it('an unknown source id names the file and the id', () => {
    const problems = checkContentFiles(
      contentWith((files) => {
        const page = risksPage(files);
        page.data.sources = ['s999', ...(page.data.sources as string[])];
      }),
    ).join('\n');
    expect(problems).toContain('Content check failed');
    expect(problems).toContain('content/topics/risks.mdx');
    expect(problems).toContain('"sources" lists "s999"');
  });

  it('a required section with no page', () => {
    const problems = checkContentFiles(
      contentWith((files) => {
        const before = files.topics.length;
        files.topics = files.topics.filter((t) => t.data.section !== 'aftercare');
        expect(files.topics.length).toBeLessThan(before);
      }),
    ).join('\n');
    expect(problems).toContain('No topic page covers the required section "aftercare"');
  });

  it('a nextReview that is not after lastReviewed', () => {
    const problems = checkContentFiles(
      contentWith((files) => {
        risksPage(files).data.nextReview = '2020-01-01';
      }),
    ).join('\n');
    expect(problems).toContain('content/topics/risks.mdx: nextReview:');
    expect(problems).toContain('must be after lastReviewed');
  });

  it('a duplicate question id', () => {
    const problems = checkContentFiles(
      contentWith((files) => {
        const original = files.questions.find((q) => q.id === 'refill-how-often');
        if (!original) throw new Error('content/questions/refill-how-often.yaml is gone; update this test');
        files.questions.push({
          ...original,
          id: 'refill-how-often-copy',
          filePath: 'content/questions/refill-how-often-copy.yaml',
        });
      }),
    ).join('\n');
    expect(problems).toContain('Duplicate questions id "refill-how-often"');
  });

  it('a missing or misspelled collection folder', () => {
    const problems = checkContentFiles(
      contentWith((files) => {
        files.glossary = [];
      }),
    ).join('\n');
    expect(problems).toContain('The "glossary" collection is empty');
  });

  it('a missing required field names the file and the field', () => {
    const problems = checkContentFiles(
      contentWith((files) => {
        delete risksPage(files).data.description;
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/^content\/topics\/risks\.mdx: description: /)]);
  });
});
