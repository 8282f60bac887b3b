/**
 * The question bank as the builder and print use it: plain data (no astro:content types), grouped
 * in the order readers see it, and helpers that turn list items into the words to show.
 * Pure module.
 */
import { QUESTION_GROUPS, type QuestionGroup } from '../content/sections';
import { printOrder, type QuestionItem, type QuestionListState } from './question-list';

/** One question from content/questions/, reduced to what the page needs. */
export interface BankQuestion {
  id: string;
  text: string;
  /** One plain sentence: why a person might ask this. */
  why: string;
  group: QuestionGroup;
  /** Part of the "Ask 3 Questions" starter set. */
  starter: boolean;
}

export interface BankGroup {
  id: QuestionGroup;
  label: string;
  questions: BankQuestion[];
}

/**
 * Splits the bank into the starter set (shown first) and the groups in QUESTION_GROUPS order.
 * Starter questions are left out of their group so each question shows once. Keeps input order
 * within each part (the caller sorts by `order`). Empty groups are left out.
 */
export function groupBank(
  bank: readonly BankQuestion[],
  labels: Readonly<Record<QuestionGroup, string>>,
): { starter: BankQuestion[]; groups: BankGroup[] } {
  const starter = bank.filter((q) => q.starter);
  const groups = QUESTION_GROUPS.map((id) => ({
    id,
    label: labels[id],
    questions: bank.filter((q) => q.group === id && !q.starter),
  })).filter((group) => group.questions.length > 0);
  return { starter, groups };
}

/** A list item with the words to show. `known` is false for a bank id this version does not have. */
export interface ResolvedItem {
  item: QuestionItem;
  text: string;
  known: boolean;
}

/** Looks up the words for each item. Unknown bank ids get an empty text and `known: false`. */
export function resolveItems(
  items: readonly QuestionItem[],
  bankById: ReadonlyMap<string, BankQuestion>,
): ResolvedItem[] {
  return items.map((item) => {
    if (item.kind === 'custom') return { item, text: item.text, known: true };
    const question = bankById.get(item.id);
    return { item, text: question?.text ?? '', known: Boolean(question) };
  });
}

/** The items to print or send: known ones only, in print order (printOrder: most important first). */
export function itemsForOutput(state: QuestionListState, bankById: ReadonlyMap<string, BankQuestion>): ResolvedItem[] {
  return resolveItems(printOrder(state), bankById).filter((r) => r.known);
}
