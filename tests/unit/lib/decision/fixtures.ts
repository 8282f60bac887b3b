/** Small, valid decision content; each test breaks one thing. */
import type { OptionGridContent, RiskPicturesContent, SureContent, ValuesContent } from '@/lib/content/schema/decision';

const cell = (text: string, sources = ['s1']) => ({ text, sources });

export function validGrid(): OptionGridContent {
  return {
    kind: 'option-grid',
    title: 'Compare your options',
    description: 'A test grid with two options and three rows, for unit tests only.',
    decision: 'Should I try a pump or keep my current care?',
    problem: [{ text: 'Long-term pain that other care has not eased.', sources: ['s1'] }],
    forWhom: ['Adults with long-term pain.'],
    notFor: [{ text: 'Emergencies.' }],
    cancerNote: [],
    lastReviewed: new Date('2026-11-21'),
    nextReview: new Date('2027-11-21'),
    options: [
      { id: 'keep-current-care', label: 'Keep my current care', includes: ['The care you have now'] },
      { id: 'pump', label: 'A pump trial, then a pump', includes: ['A trial', 'An operation'] },
    ],
    rows: [
      {
        id: 'involves',
        question: 'What does it involve?',
        cells: {
          'keep-current-care': cell('You carry on with the care you have now, and can review it.'),
          pump: cell('A trial first, then an operation to put the pump under the skin.'),
        },
      },
      {
        id: 'pain-relief',
        question: 'How much pain relief can I expect?',
        cells: {
          'keep-current-care': { notKnown: 'How pain changes over time. We did not find numbers.', sources: [] },
          pump: {
            text: 'In one small study, 50 out of 100 people had less pain.',
            notKnown: 'Long-term numbers.',
            sources: ['s2'],
          },
        },
      },
      {
        id: 'risks',
        question: 'What are the main risks?',
        cells: {
          'keep-current-care': { notKnown: 'Figures for the risks of staying with current care.', sources: [] },
          pump: cell('About 23 out of 100 operations led to a spinal headache.', ['s2']),
        },
      },
    ],
  };
}

export function validValues(): ValuesContent {
  return {
    kind: 'values',
    statements: [
      { id: 'avoid-surgery', text: 'Avoiding surgery', gridRow: 'involves' },
      { id: 'fewer-pills', text: 'Needing fewer pain pills' },
      { id: 'most-relief', text: 'Getting the most pain relief I can', gridRow: 'pain-relief' },
      { id: 'avoid-risks', text: 'Avoiding serious risks', gridRow: 'risks' },
      { id: 'keep-open', text: 'Keeping my options open' },
      { id: 'no-visits', text: 'Not having regular refill visits' },
    ],
  };
}

export function validPictures(): RiskPicturesContent {
  return {
    kind: 'risk-pictures',
    pictures: [
      {
        id: 'headache',
        shows: 'harm',
        pain: 'any',
        title: 'Spinal headache',
        groups: [{ affected: 23 }],
        unit: 'pump operations',
        outcome: 'led to a spinal headache',
        notOutcome: 'did not',
        who: '319 operations at one center.',
        timeFrame: 'After the operation',
        strength: 'weak',
        why: 'One center.',
        sources: ['s3'],
      },
    ],
  };
}

export const SOURCE_IDS = new Set(['s1', 's2', 's3']);

/** The bank question ids the SURE fixture offers. */
export const QUESTION_IDS = new Set(['q-one', 'q-two', 'q-three']);

export function validSure(): SureContent {
  const item = (id: SureContent['items'][number]['id'], letter: SureContent['items'][number]['letter']) => ({
    id,
    letter,
    stands: `${letter} stands for this`,
    question: 'Do you feel this?',
    firstPerson: 'Do I feel this?',
    ifNo: 'Your care team can help.',
    questionIds: ['q-one', 'q-two'],
  });
  return {
    kind: 'sure',
    items: [item('sure', 'S'), item('understand', 'U'), item('risk-benefit', 'R'), item('encouragement', 'E')],
  };
}
