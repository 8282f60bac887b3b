/**
 * What the trial diary page reads from content/ at build time: the sources its text relies on (their
 * short names, shown in the summary so a printed page still names them, are interface text:
 * tools.trialDiary.sourceNames) and the question-bank questions suggested for the visit.
 */
export const TRIAL_DIARY_SOURCES = {
  /** The PEG scale: the three questions and the PEG score (their average). */
  peg: { id: 'peg-scale' },
  /** "More than half less pain": one insurer's rule for a good trial. */
  insurer: { id: 's87' },
  /** What US Medicare looks at after a trial. */
  medicare: { id: 's86' },
} as const;

/** Bank questions about judging the trial, offered for the visit (ids in content/questions/). */
export const TRIAL_QUESTION_IDS = ['what-counts-as-good-trial', 'what-else-trial-checks', 'insurance-coverage'] as const;
