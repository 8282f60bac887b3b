/**
 * Ready-made question lists for common situations, for clinicians to send to patients.
 * Ids refer to content/questions/; the build fails if one is missing.
 */
export interface QuestionPreset {
  id: string;
  title: string;
  /** Who the list is for, in one sentence. */
  forWhom: string;
  questionIds: string[];
}

export const QUESTION_PRESETS: QuestionPreset[] = [
  {
    id: 'considering-a-trial',
    title: 'Considering a pump trial',
    forWhom: 'For a person who has been offered a trial and has not yet decided.',
    questionIds: [
      'what-are-my-options',
      'benefits-and-risks-of-each',
      'how-likely-for-me',
      'why-pump-for-my-pain',
      'how-strong-is-the-evidence',
      'staying-with-current-care',
      'which-kind-of-trial',
      'what-counts-as-good-trial',
      'trial-risks',
    ],
  },
  {
    id: 'after-an-implant',
    title: 'After a pump implant',
    forWhom: 'For a person going home after the operation, and their family.',
    questionIds: [
      'limits-first-weeks',
      'who-to-call-wound',
      'signs-too-much-too-little',
      'my-other-medicines',
      'pump-alarms',
      'refill-how-often',
      'mri-scans',
      'id-card-and-family',
    ],
  },
  {
    id: 'refill-visits',
    title: 'Refill visits',
    forWhom: 'For a person who has had a pump for a while and comes in for refills.',
    questionIds: [
      'refill-how-often',
      'missed-refill',
      'dose-going-up',
      'signs-too-much-too-little',
      'catheter-tip-mass',
      'hormones-and-sex-life',
      'battery-and-replacement',
      'care-when-moving-or-travelling',
    ],
  },
];
