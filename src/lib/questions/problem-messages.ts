/** Plain words for the question list's limits and problems, shown and announced by the builder. */
import type { ToolStrings } from '@/i18n';
import { QUESTION_LIMITS, type ListProblem } from './question-list';

/** The words for one limit or problem, in the page's language (tools.questions.problems). */
export function problemMessage(problem: ListProblem, words: ToolStrings['questions']['problems']): string {
  switch (problem) {
    case 'list-full':
      return words['list-full'](QUESTION_LIMITS.maxItems);
    case 'text-too-long':
      return words['text-too-long'](QUESTION_LIMITS.maxTextLength);
    case 'important-limit':
      return words['important-limit'](QUESTION_LIMITS.maxImportant);
    default:
      return words[problem];
  }
}
