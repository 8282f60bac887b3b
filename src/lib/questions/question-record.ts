/**
 * The question list as a stored record (see src/lib/storage/registry.ts and docs/storage.md).
 * The content-page script imports only QUESTIONS_KEY and QUESTIONS_VERSION from here; the bundler
 * leaves the rest out, which keeps that script inside its budget.
 */
import type { RecordKind } from '../storage/record-kind';
import { EMPTY_LIST, sanitizeList, type QuestionListState } from './list-core';

/** Where the list lives. The version is in the key and in the value. */
export const QUESTIONS_KEY = 'ppg:questions:v1';
/** Format version written today (the `v` field of the stored value). */
export const QUESTIONS_VERSION = 1;

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
