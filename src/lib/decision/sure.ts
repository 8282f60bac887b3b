/**
 * The SURE test: four yes/no questions that screen for decisional conflict (Légaré et al. 2010;
 * docs/ipdas.md). Any "no" suggests the person may want more help before deciding,
 * so each item offers matching questions from the question bank (content/questions/).
 *
 * The site does not score the answers or say what to choose. It shows which areas the person
 * may want help with and offers questions to take to their care team.
 *
 * The items, their words and the bank questions each "no" offers are content
 * (content/decision/sure.yaml, checked at build time by src/lib/decision/decision-checks.ts); the
 * pages pass them in. Pure module: no DOM, no storage, no astro:*.
 */

/** The SURE item ids, in S-U-R-E order. They are kept in the person's browser with their answers. */
export const SURE_IDS = ['sure', 'understand', 'risk-benefit', 'encouragement'] as const;
/** The letter of each item, in the same order. */
export const SURE_LETTERS = ['S', 'U', 'R', 'E'] as const;
export type SureId = (typeof SURE_IDS)[number];
type SureLetter = (typeof SURE_LETTERS)[number];
export type SureAnswer = 'yes' | 'no';
export type SureAnswers = Partial<Record<SureId, SureAnswer>>;

/** One SURE item in one language, as content/decision/sure.yaml gives it (schema: src/lib/content/schema/decision.ts). */
export interface SureItem {
  id: SureId;
  /** The SURE letter this item stands for. */
  letter: SureLetter;
  /** What the letter stands for ("Sure of myself"). */
  stands: string;
  /** The question as the page asks it. */
  question: string;
  /** The same question as the person asks themself (printed with the question list). */
  firstPerson: string;
  /** What may help after a "no". */
  ifNo: string;
  /** Bank question ids offered after a "no", in the order shown. */
  questionIds: readonly string[];
}

/** The SURE check's words in one language: the items (content) and the answer labels (interface text). */
export interface SureWords {
  items: readonly SureItem[];
  yes: string;
  no: string;
}

/** True when the value is a SURE item id. */
function isSureId(value: string): value is SureId {
  return (SURE_IDS as readonly string[]).includes(value);
}

/**
 * What is wrong with a list of SURE items, or null when it is the four items in S-U-R-E order
 * with their own letters (a missing, extra, repeated or moved item).
 */
export function sureItemsProblem(items: readonly Pick<SureItem, 'id' | 'letter'>[]): string | null {
  const found = items.map((item) => `${item.id} (${item.letter})`);
  const wanted = SURE_IDS.map((id, i) => `${id} (${SURE_LETTERS[i]})`);
  if (found.join(', ') === wanted.join(', ')) return null;
  return `needs the four SURE items in this order: ${wanted.join(', ')}. Found: ${found.join(', ') || 'none'}.`;
}

/**
 * Keeps only well-formed answers from untrusted data (a value read back from storage).
 * Returns the answers and how many entries were dropped.
 */
export function sanitizeSureAnswers(raw: unknown): { answers: SureAnswers; dropped: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { answers: {}, dropped: raw == null ? 0 : 1 };
  const answers: SureAnswers = {};
  let dropped = 0;
  for (const [id, answer] of Object.entries(raw)) {
    if (isSureId(id) && (answer === 'yes' || answer === 'no')) answers[id] = answer;
    else dropped += 1;
  }
  return { answers, dropped };
}

/** Every question id the items can offer, without repeats (the page looks up their texts). */
export function allSureQuestionIds(items: readonly SureItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.questionIds))];
}

/** Where the person is, in words the page can show. Never a score and never advice on what to choose. */
export interface SureStatus {
  answered: number;
  /** Items answered "no", in item order. */
  noItems: SureItem[];
  /** True when all items are answered "yes". */
  allYes: boolean;
  /** True when all items have an answer. */
  complete: boolean;
}

export function sureStatus(items: readonly SureItem[], answers: SureAnswers): SureStatus {
  const answered = items.filter((item) => answers[item.id] !== undefined).length;
  const noItems = items.filter((item) => answers[item.id] === 'no');
  return {
    answered,
    noItems,
    allYes: items.every((item) => answers[item.id] === 'yes'),
    complete: answered === items.length,
  };
}
