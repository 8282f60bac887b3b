import { describe, expect, it } from 'vitest';
import { buildDecisionSummary, localDay, type SummaryInput } from '@/lib/decision/summary';
import { validGrid, validValues } from './fixtures';
import { uiStrings } from '@/i18n';
import { realSureItems } from '../../../support/sure-content';

const words = (lang: 'en' | 'es') => ({
  sure: { ...uiStrings(lang).tools.sure, items: realSureItems(lang) },
  notAnswered: uiStrings(lang).tools.decide.summary.notAnswered,
});

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    statements: validValues().statements,
    values: { 'avoid-surgery': 3, 'fewer-pills': 2, 'keep-open': 0 },
    sure: { sure: 'no', understand: 'yes' },
    questions: [
      { kind: 'bank', id: 'what-are-my-options', important: true },
      { kind: 'custom', id: '~a1', text: 'Can my sister come with me?', important: false },
      { kind: 'bank', id: 'removed-question', important: false },
    ],
    bankTexts: { 'what-are-my-options': 'What are my options for treating my pain?' },
    gridRows: Object.fromEntries(validGrid().rows.map((r) => [r.id, r.question])),
    now: new Date(2027, 2, 3, 23, 30),
    lastReviewed: new Date('2026-11-21T00:00:00Z'),
    nextReview: new Date('2027-11-21T00:00:00Z'),
    lang: 'en',
    words: words('en'),
    ...overrides,
  };
}

describe('buildDecisionSummary', () => {
  it('combines all three parts with the date and the review dates', () => {
    const doc = buildDecisionSummary(input());
    expect(doc.date).toBe('March 3, 2027');
    expect(doc.dateIso).toBe('2027-03-03');
    expect(doc.lastReviewed).toBe('November 21, 2026');
    expect(doc.nextReview).toBe('November 21, 2027');
    expect(doc.priorities.top.map((s) => s.text)).toEqual(['Avoiding surgery']);
    expect(doc.rowsToLookAt).toEqual(['What does it involve?']);
    expect(doc.sure.map((l) => l.answer)).toEqual(['No', 'Yes', 'Not answered', 'Not answered']);
    expect(doc.sureNoCount).toBe(1);
    expect(doc.questions).toEqual([
      { text: 'What are my options for treating my pain?', important: true },
      { text: 'Can my sister come with me?', important: false },
    ]);
    expect(doc.isEmpty).toBe(false);
  });

  it('writes dates, questions and answers in Spanish on a Spanish page', () => {
    const doc = buildDecisionSummary(input({ lang: 'es', words: words('es') }));
    expect(doc.date).toBe('3 de marzo de 2027');
    expect(doc.lastReviewed).toBe('21 de noviembre de 2026');
    expect(doc.sure.map((l) => l.answer)).toEqual(['No', 'Sí', 'Sin responder', 'Sin responder']);
    expect(doc.sure[0]!.question).toBe('¿Se siente seguro de cuál es la mejor opción para usted?');
  });

  it('counts bank questions whose text is gone instead of showing an id', () => {
    const doc = buildDecisionSummary(input());
    expect(doc.unknownQuestions).toBe(1);
    expect(JSON.stringify(doc.questions)).not.toContain('removed-question');
  });

  it('knows when there is nothing to show yet', () => {
    expect(buildDecisionSummary(input({ values: {}, sure: {}, questions: [] })).isEmpty).toBe(true);
  });

  it('uses the person\u2019s own calendar day for the date', () => {
    expect(
      localDay(new Date(2027, 0, 31, 23, 59))
        .toISOString()
        .slice(0, 10),
    ).toBe('2027-01-31');
  });
});
