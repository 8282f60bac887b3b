import { describe, expect, it } from 'vitest';
import {
  bodyProblems,
  headingLevels,
  isStale,
  overlayTranslation,
  structureProblems,
  versionHash,
} from '@/lib/i18n/translation';

const englishSign = {
  level: 'emergency',
  core: true,
  appliesTo: 'all',
  order: 50,
  short: 'Alarm and unwell',
  text: 'Your pump alarm is sounding and you feel unwell.',
  sources: ['s22'],
};
const spanishSign = {
  translation: { from: 'abc', date: '2026-12-04', reviewed: false },
  level: 'emergency',
  core: true,
  appliesTo: 'all',
  order: 50,
  short: 'Alarma y malestar',
  text: 'La alarma de su bomba suena y usted se siente mal.',
  sources: ['s22'],
};

describe('structureProblems', () => {
  it('accepts a translation that changes only words', () => {
    expect(structureProblems(englishSign, spanishSign)).toEqual([]);
  });

  it('stops a changed triage level, source, order or flag', () => {
    const problems = structureProblems(englishSign, {
      ...spanishSign,
      level: 'today',
      sources: ['s23'],
      order: 5,
      core: false,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^level: must stay "emergency"/),
        expect.stringMatching(/^sources\[0\]: must stay "s22"/),
        expect.stringMatching(/^order: must stay 50/),
        expect.stringMatching(/^core: must stay true/),
      ]),
    );
  });

  it('stops a missing, extra or empty text and a list of another length', () => {
    const english = { keyPoints: ['One.', 'Two.'], title: 'A' };
    expect(structureProblems(english, { keyPoints: ['Uno.'], title: ' ', extra: 'x' })).toEqual([
      'extra: not in the English file',
      'keyPoints: must have 2 items (found 1)',
      'title: needs translated text',
    ]);
    expect(structureProblems(english, { keyPoints: ['Uno.', 'Dos.'] })).toEqual(['title: missing']);
  });

  it('checks nested answers: which choice is correct cannot change', () => {
    const english = {
      questions: [{ id: 'q', question: 'Q?', choices: [{ text: 'Yes', correct: true }, { text: 'No' }] }],
    };
    const moved = {
      questions: [{ id: 'q', question: '¿P?', choices: [{ text: 'Sí' }, { text: 'No', correct: true }] }],
    };
    expect(structureProblems(english, moved)).toEqual([
      'questions[0].choices[0].correct: missing',
      'questions[0].choices[1].correct: not in the English file',
    ]);
  });

  it('lets other names and misspellings differ in length, and compares dates by day', () => {
    const english = { term: 'Catheter', aliases: ['tube'], misspellings: [], nextReview: new Date('2027-11-21') };
    expect(
      structureProblems(english, {
        term: 'Catéter',
        aliases: ['tubo', 'sonda'],
        misspellings: ['cateter'],
        nextReview: '2027-11-21',
      }),
    ).toEqual([]);
    expect(
      structureProblems(english, { term: 'Catéter', aliases: [], misspellings: [], nextReview: '2028-01-01' }),
    ).toEqual(['nextReview: must stay 2027-11-21']);
  });
});

describe('overlayTranslation', () => {
  it('takes words from the translation and everything else from the English', () => {
    const merged = overlayTranslation(englishSign, { ...spanishSign, level: 'today' });
    expect(merged).toEqual({
      ...englishSign,
      short: 'Alarma y malestar',
      text: 'La alarma de su bomba suena y usted se siente mal.',
    });
    expect(merged).not.toHaveProperty('translation');
  });

  it('takes word lists the English leaves out, and checks they are lists of words', () => {
    const english = { term: 'Withdrawal', definition: 'D.' };
    expect(
      structureProblems(english, { term: 'Abstinencia', definition: 'D.', aliases: ['síndrome de abstinencia'] }),
    ).toEqual([]);
    expect(structureProblems(english, { term: 'Abstinencia', definition: 'D.', misspellings: 'abstinensia' })).toEqual([
      'misspellings: must be a list of words',
    ]);
    expect(
      overlayTranslation(english, { term: 'Abstinencia', definition: 'E.', misspellings: ['abstinensia'] }),
    ).toEqual({ term: 'Abstinencia', definition: 'E.', misspellings: ['abstinensia'] });
  });

  it('keeps parsed dates and defaults of the English data', () => {
    const date = new Date('2026-11-21');
    expect(
      overlayTranslation(
        { title: 'A', lastReviewed: date, relatedQuestions: [] },
        { title: 'B', lastReviewed: '2026-11-21' },
      ),
    ).toEqual({ title: 'B', lastReviewed: date, relatedQuestions: [] });
  });
});

describe('bodyProblems', () => {
  const english =
    '## Risks\n\nAbout 1 in 10,000 refills.<Cite id="s12,s16" /> See [next](/guide/x/#y).\n\n<WarningSigns show="a, b" />\n\n### How common\n\nA <Term id="catheter">tube</Term>.';
  it('accepts the same numbers, citations, boxes, links and headings in other words', () => {
    const spanish =
      '## Riesgos\n\nCerca de 1 de cada 10,000 recargas.<Cite id="s12,s16" /> Vea [la siguiente](/guide/x/#y).\n\n<WarningSigns show="a, b" />\n\n### Qué tan común\n\nUn <Term id="catheter">tubo</Term>.';
    expect(bodyProblems(english, spanish)).toEqual([]);
  });

  it('names every difference', () => {
    const spanish =
      '## Riesgos\n\nCerca de 1 de cada 1,000 recargas.<Cite id="s12" /> Vea [la siguiente](/guide/x/).\n\n<WarningSigns show="a" />\n\nUn tubo.';
    expect(bodyProblems(english, spanish)).toEqual([
      'numbers differ from the English: missing 10,000; not in the English 1,000',
      'citations differ from the English: missing s16',
      'glossary terms differ from the English: missing catheter',
      'warning-sign boxes differ from the English: missing <WarningSigns show="a, b" />; not in the English <WarningSigns show="a" />',
      'links differ from the English: missing /guide/x/#y; not in the English /guide/x/',
      'headings differ from the English: levels 2 3 in English, 2 here',
    ]);
  });

  it('reads headings outside code blocks only', () => {
    expect(headingLevels('## A\n```\n## not a heading\n```\n#### B')).toEqual([2, 4]);
  });
});

describe('versions', () => {
  it('hashes the bytes of the English file, and a changed file makes the translation stale', () => {
    const hash = versionHash('title: A\n');
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(isStale({ from: hash }, versionHash('title: A\n'))).toBe(false);
    expect(isStale({ from: hash }, versionHash('title: B\n'))).toBe(true);
  });
});
