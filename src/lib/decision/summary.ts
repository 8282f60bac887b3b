/**
 * "My decision summary": one document that brings together what matters to the person, their
 * SURE answers and their question list, with today's date and the date the content was reviewed.
 *
 * Pure module: the island passes in what it read from the stores, and renders what this returns.
 * Like the rest of the decision aid, it never names, ranks or suggests an option.
 */
import { toIsoDate } from '../content/review-dates';
import { formatDay } from '../i18n/intl';
import type { Lang } from '../i18n/lang';
import type { QuestionItem } from '../questions/question-list';
import { sureStatus, type SureAnswers, type SureId, type SureWords } from './sure';
import { summarizePriorities, type PrioritySummary, type StatementLike, type ValueAnswers } from './values';

export interface SummaryInput {
  statements: StatementLike[];
  values: ValueAnswers;
  sure: SureAnswers;
  /** The person's question list, in their order. */
  questions: QuestionItem[];
  /** Bank question id → text, from content/questions/ at build time. */
  bankTexts: Record<string, string>;
  /** Grid row id → the row's question, so the summary can name the rows to look at. */
  gridRows: Record<string, string>;
  /** Now, in the person's own time zone. */
  now: Date;
  /** When the decision content was last reviewed and is next due (plain UTC dates). */
  lastReviewed: Date;
  nextReview: Date;
  /** The page's language, and the SURE items and words and "not answered" in it. */
  lang: Lang;
  words: { sure: SureWords; notAnswered: string };
}

interface SummarySureLine {
  id: SureId;
  letter: string;
  question: string;
  /** "Yes", "No" or "Not answered", in the page's language. */
  answer: string;
}

interface SummaryQuestionLine {
  text: string;
  important: boolean;
}

export interface DecisionSummaryDoc {
  /** Today, e.g. "March 3, 2027", and as YYYY-MM-DD for a <time> element. */
  date: string;
  dateIso: string;
  lastReviewed: string;
  lastReviewedIso: string;
  nextReview: string;
  nextReviewIso: string;
  priorities: PrioritySummary;
  /** Questions of the grid rows linked to the top priorities. */
  rowsToLookAt: string[];
  sure: SummarySureLine[];
  /** How many SURE items were answered "no" (shown in words, never as a score). */
  sureNoCount: number;
  sureAnswered: number;
  questions: SummaryQuestionLine[];
  /** Bank questions in the list whose text is no longer in the bank (left out, but counted). */
  unknownQuestions: number;
  /** True when the person has not entered anything yet in any of the three parts. */
  isEmpty: boolean;
}

/** A local calendar day as a UTC date, so it formats the same way as the content's dates. */
export function localDay(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

export function buildDecisionSummary(input: SummaryInput): DecisionSummaryDoc {
  const priorities = summarizePriorities(input.statements, input.values);
  const rowsToLookAt = priorities.rowsToLookAt.flatMap((id) => (input.gridRows[id] ? [input.gridRows[id]!] : []));

  const { sure: sureWords, notAnswered } = input.words;
  const sure = sureWords.items.map((item) => {
    const answer = input.sure[item.id];
    return {
      id: item.id,
      letter: item.letter,
      question: item.question,
      answer: answer === 'yes' ? sureWords.yes : answer === 'no' ? sureWords.no : notAnswered,
    } satisfies SummarySureLine;
  });
  const status = sureStatus(sureWords.items, input.sure);

  const questions: SummaryQuestionLine[] = [];
  let unknownQuestions = 0;
  for (const item of input.questions) {
    if (item.kind === 'custom') {
      questions.push({ text: item.text, important: item.important });
      continue;
    }
    const text = input.bankTexts[item.id];
    if (text) questions.push({ text, important: item.important });
    else unknownQuestions += 1;
  }

  const today = localDay(input.now);
  const inWords = (date: Date) => formatDay(toIsoDate(date), input.lang);
  return {
    date: inWords(today),
    dateIso: toIsoDate(today),
    lastReviewed: inWords(input.lastReviewed),
    lastReviewedIso: toIsoDate(input.lastReviewed),
    nextReview: inWords(input.nextReview),
    nextReviewIso: toIsoDate(input.nextReview),
    priorities,
    rowsToLookAt,
    sure,
    sureNoCount: status.noItems.length,
    sureAnswered: status.answered,
    questions,
    unknownQuestions,
    isEmpty: priorities.answered === 0 && status.answered === 0 && questions.length === 0,
  };
}
