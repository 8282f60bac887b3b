import { describe, expect, it } from 'vitest';
import { checkContent, citedSourceIds, usedGlossaryIds, type ContentForChecks } from '@/lib/content/content-checks';
import { topicInEverySection } from './fixtures';

/** A small, consistent content set; each test breaks one thing. */
function validContent(): ContentForChecks {
  return {
    topics: topicInEverySection({
      sources: ['s1'],
      relatedQuestions: ['q-one'],
      body: 'Text.<Cite id="s1" /> A <Term id="catheter">catheter</Term>.',
    }),
    pages: [{ id: 'about', filePath: 'content/pages/about.mdx', sources: [], body: 'About us.' }],
    sources: [
      { id: 's1', filePath: 'content/sources/s1.yaml', declaredId: 's1', url: 'https://pubmed.ncbi.nlm.nih.gov/1/' },
      { id: 's2', filePath: 'content/sources/s2.yaml', declaredId: 's2' },
    ],
    questions: [{ id: 'q-one', filePath: 'content/questions/q-one.yaml', declaredId: 'q-one' }],
    glossary: [{ id: 'catheter', filePath: 'content/glossary/catheter.yaml', source: 's1' }],
    questionPresets: [
      { id: 'after-implant', filePath: 'content/question-presets/after-implant.yaml', questionIds: ['q-one'] },
    ],
  };
}

describe('checkContent', () => {
  it('accepts consistent content', () => {
    expect(checkContent(validContent())).toEqual([]);
  });

  it('reports an unknown source id with the file and the missing id', () => {
    const content = validContent();
    content.topics[2]!.sources = ['s1', 's999'];
    const problems = checkContent(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/topics/page-trial.mdx');
    expect(problems[0]!.message).toContain('"s999"');
    expect(problems[0]!.message).toContain('content/sources/');
  });

  it('reports an unknown related question', () => {
    const content = validContent();
    content.topics[0]!.relatedQuestions = ['no-such-question'];
    expect(
      checkContent(content)
        .map((p) => p.message)
        .join(),
    ).toContain('"no-such-question"');
  });

  it('reports a duplicate question id', () => {
    const content = validContent();
    content.questions.push({ id: 'q-one-copy', filePath: 'content/questions/q-one-copy.yaml', declaredId: 'q-one' });
    const messages = checkContent(content).map((p) => p.message);
    expect(messages.some((m) => m.includes('Duplicate questions id "q-one"'))).toBe(true);
  });

  it('reports an id inside a file that does not match its file name', () => {
    const content = validContent();
    content.sources[1]!.declaredId = 's3';
    expect(checkContent(content)[0]!.message).toContain('does not match the file name');
  });

  it('reports each required section that has no page', () => {
    const content = validContent();
    content.topics = content.topics.filter((t) => t.section !== 'risks' && t.section !== 'aftercare');
    const messages = checkContent(content).map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('"risks"');
    expect(messages[1]).toContain('"aftercare"');
  });

  it.each(['topics', 'sources', 'questions', 'glossary'] as const)('reports an empty %s collection', (name) => {
    const content = validContent();
    content[name] = [] as never;
    const messages = checkContent(content).map((p) => p.message);
    expect(messages.some((m) => m.includes(`The "${name}" collection is empty`))).toBe(true);
  });

  it('reports a clinician question list that names an unknown question, and an empty list folder', () => {
    const content = validContent();
    content.questionPresets[0]!.questionIds.push('q-missing');
    expect(checkContent(content)).toEqual([
      {
        file: 'content/question-presets/after-implant.yaml',
        message: expect.stringContaining(
          '"questionIds" lists "q-missing", but there is no entry with that id in content/questions/',
        ),
      },
    ]);
    content.questionPresets = [];
    expect(
      checkContent(content)
        .map((p) => p.message)
        .join('\n'),
    ).toContain('The "question-presets" collection is empty');
  });

  it('reports a citation of a source the page does not list', () => {
    const content = validContent();
    content.topics[0]!.body = 'Claim.<Cite id="s2" />';
    expect(checkContent(content)[0]!.message).toContain('does not list it under "sources"');
  });

  it('reports a citation of a source that does not exist', () => {
    const content = validContent();
    content.pages[0]!.body = 'Claim.<Cite id="nope" />';
    expect(checkContent(content)[0]!.message).toContain('no source with that id');
  });

  it('reports selling words in a topic or page, with the file and the phrase', () => {
    const content = validContent();
    content.topics[0]!.body = 'A Breakthrough for back pain.';
    content.pages[0]!.body = 'It is safe and effective.';
    expect(checkContent(content)).toEqual([
      expect.objectContaining({
        file: content.topics[0]!.filePath,
        message: expect.stringContaining('"breakthrough"'),
      }),
      expect.objectContaining({
        file: content.pages[0]!.filePath,
        message: expect.stringContaining('"safe and effective"'),
      }),
    ]);
  });

  it('reports a glossary term that does not exist', () => {
    const content = validContent();
    content.topics[0]!.body = 'A <Term id="granuloma">mass</Term>.';
    expect(checkContent(content)[0]!.message).toContain('content/glossary/granuloma.yaml');
  });

  it('rejects links to mirror sites but accepts the original publisher', () => {
    const content = validContent();
    content.sources[1]!.url = 'https://fr.scribd.com/document/272247787/x';
    const problems = checkContent(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('scribd.com');
  });

  it('reports a glossary source that does not exist', () => {
    const content = validContent();
    content.glossary[0]!.source = 's77';
    expect(checkContent(content)[0]!.message).toContain('"s77"');
  });
});

describe('citation and term scanning', () => {
  it('finds every cited id, including comma-separated lists', () => {
    expect(citedSourceIds('A.<Cite id="s1" /> B.<Cite id="s2, s3" /> C.<Cite id=\'s1\' />')).toEqual([
      's1',
      's2',
      's3',
    ]);
  });

  it('finds glossary ids once each', () => {
    expect(usedGlossaryIds('<Term id="a">x</Term> <Term id="b">y</Term> <Term id="a">z</Term>')).toEqual(['a', 'b']);
  });
});
