/**
 * The question list as a stored record (see src/lib/storage/registry.ts and docs/storage.md).
 * Its key and version live in list-constants.ts, which the content-page script shares.
 */
import type { RecordKind } from '../storage/record-kind';
import { QUESTIONS_KEY, QUESTIONS_VERSION } from './list-constants';
import { EMPTY_LIST, sanitizeList, type QuestionListState } from './list-core';

export { QUESTIONS_KEY, QUESTIONS_VERSION } from './list-constants';

export const questionRecord: RecordKind<QuestionListState> = {
  id: 'questions',
  key: QUESTIONS_KEY,
  version: QUESTIONS_VERSION,
  label: 'Your question list',
  description: 'The questions you chose or wrote to ask your care team, from the My questions page.',
  empty: EMPTY_LIST,
  sanitize(data) {
    const result = sanitizeList(data);
    return result && { value: result.state, dropped: result.dropped };
  },
  describe: ({ items }) => (items.length === 1 ? '1 question' : `${items.length} questions`),
};
