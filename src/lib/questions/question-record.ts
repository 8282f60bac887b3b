/**
 * The question list as a stored record (see src/lib/storage/registry.ts and docs/storage.md).
 * Its key and version live in list-constants.ts, which the content-page script shares.
 */
import type { RecordKind } from '../storage/record-kind';
import { QUESTIONS_KEY, QUESTIONS_VERSION } from './list-constants';
import { EMPTY_LIST, sanitizeList, type QuestionListState } from './list-core';

export { QUESTIONS_KEY } from './list-constants';

export const questionRecord: RecordKind<QuestionListState> = {
  id: 'questions',
  key: QUESTIONS_KEY,
  version: QUESTIONS_VERSION,
  empty: EMPTY_LIST,
  sanitize(data) {
    const result = sanitizeList(data);
    return result && { value: result.state, dropped: result.dropped };
  },
  describe: ({ items }) => ({ questions: items.length }),
};
