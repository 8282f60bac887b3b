/** Plain words for the question list's limits and problems, shown and announced by the builder. */
import { QUESTION_LIMITS, type ListProblem } from './question-list';

/** Plain words for each limit or problem. */
export const PROBLEM_MESSAGES: Record<ListProblem, string> = {
  'list-full': `Your list is full. It can hold ${QUESTION_LIMITS.maxItems} questions. Remove one to add another.`,
  'text-empty': 'Type your question first.',
  'text-too-long': `Your question is too long. Please keep it to ${QUESTION_LIMITS.maxTextLength} characters or fewer.`,
  'important-limit': `You can mark up to ${QUESTION_LIMITS.maxImportant} questions as most important. To mark this one, first unmark another.`,
  'not-found': 'That question is no longer in your list.',
  duplicate: 'That question is already in your list.',
};
