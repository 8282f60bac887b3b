/**
 * The SURE test: four yes/no questions that screen for decisional conflict (Légaré et al. 2010;
 * sdm-standards.md section 3.1). Any "no" suggests the person may want more help before deciding,
 * so each item offers matching questions from the question bank (content/questions/).
 *
 * The site does not score the answers or say what to choose. It shows which areas the person
 * may want help with and offers questions to take to their care team.
 *
 * Pure module: no DOM, no storage, no astro:*. The question ids are checked against the bank when
 * the decision page is built.
 */

const SURE_IDS = ['sure', 'understand', 'risk-benefit', 'encouragement'] as const;
export type SureId = (typeof SURE_IDS)[number];
export type SureAnswer = 'yes' | 'no';
export type SureAnswers = Partial<Record<SureId, SureAnswer>>;

export interface SureItem {
  id: SureId;
  /** The SURE letter this item stands for. */
  letter: 'S' | 'U' | 'R' | 'E';
  /** Bank question ids offered after a "no", in the order shown. */
  questionIds: string[];
}

/**
 * The four SURE items with the bank questions offered after a "no". Their words (what the letter
 * stands for, the question as asked and in the first person, what may help after a "no") are
 * interface text: tools.sure in src/i18n/<lang>/tools.ts.
 */
export const SURE_ITEMS: readonly SureItem[] = [
  { id: 'sure', letter: 'S', questionIds: ['what-are-my-options', 'staying-with-current-care', 'other-treatments-first'] },
  { id: 'understand', letter: 'U', questionIds: ['benefits-and-risks-of-each', 'how-much-less-pain', 'common-problems-at-your-center'] },
  { id: 'risk-benefit', letter: 'R', questionIds: ['how-likely-for-me', 'your-patients-results', 'turn-off-or-remove'] },
  { id: 'encouragement', letter: 'E', questionIds: ['why-pump-for-my-pain', 'how-strong-is-the-evidence', 'what-counts-as-good-trial'] },
];

/** True when the value is a SURE item id. */
function isSureId(value: string): value is SureId {
  return (SURE_IDS as readonly string[]).includes(value);
}

/**
 * Keeps only well-formed answers from untrusted data (a value read back from storage).
 * Returns the answers and how many entries were dropped.
 */
export function sanitizeSureAnswers(raw: unknown): { answers: SureAnswers; dropped: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { answers: {}, dropped: raw == null ? 0 : 1 };
  const answers: SureAnswers = {};
  let dropped = 0;
  for (const [id, answer] of Object.entries(raw)) {
    if (isSureId(id) && (answer === 'yes' || answer === 'no')) answers[id] = answer;
    else dropped += 1;
  }
  return { answers, dropped };
}

/** Bank question ids offered for one "no" answer. */
export function questionsForNo(id: SureId): string[] {
  return SURE_ITEMS.find((item) => item.id === id)?.questionIds ?? [];
}

/** Every bank question id offered for the "no" answers given, in item order, without repeats. */
export function questionsForNoAnswers(answers: SureAnswers): string[] {
  const ids = SURE_ITEMS.filter((item) => answers[item.id] === 'no').flatMap((item) => item.questionIds);
  return [...new Set(ids)];
}

/** Every question id the SURE check can offer (checked against the bank at build time). */
export function allSureQuestionIds(): string[] {
  return [...new Set(SURE_ITEMS.flatMap((item) => item.questionIds))];
}

/** Where the person is, in words the page can show. Never a score and never advice on what to choose. */
export interface SureStatus {
  answered: number;
  /** Items answered "no", in item order. */
  noItems: SureItem[];
  /** True when all four are answered "yes". */
  allYes: boolean;
  /** True when all four have an answer. */
  complete: boolean;
}

export function sureStatus(answers: SureAnswers): SureStatus {
  const answered = SURE_ITEMS.filter((item) => answers[item.id] !== undefined).length;
  const noItems = SURE_ITEMS.filter((item) => answers[item.id] === 'no');
  return {
    answered,
    noItems,
    allYes: SURE_ITEMS.every((item) => answers[item.id] === 'yes'),
    complete: answered === SURE_ITEMS.length,
  };
}
