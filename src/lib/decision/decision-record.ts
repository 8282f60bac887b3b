/**
 * The decision aid's answers ("what matters to you" ratings and SURE answers) as a stored record
 * (see src/lib/storage/registry.ts and docs/storage.md), and the same format in a summary link.
 */
import type { RecordKind, Sanitized } from '../storage/record-kind';
import { parseRecord, serializeRecord } from '../storage/records';
import { sanitizeSureAnswers, type SureAnswers } from './sure';
import { sanitizeValueAnswers, type ValueAnswers } from './values';

/** Everything the decision aid keeps. */
export interface DecisionState {
  values: ValueAnswers;
  sure: SureAnswers;
}

const EMPTY_DECISION: DecisionState = { values: {}, sure: {} };

export const decisionRecord: RecordKind<DecisionState> = {
  id: 'decision',
  key: 'ppg:decision:v1',
  version: 1,
  empty: EMPTY_DECISION,
  sanitize(data): Sanitized<DecisionState> {
    const values = sanitizeValueAnswers(data.values);
    const sure = sanitizeSureAnswers(data.sure);
    return { value: { values: values.answers, sure: sure.answers }, dropped: values.dropped + sure.dropped };
  },
  describe: ({ values, sure }) => ({ values: Object.keys(values).length, sure: Object.keys(sure).length }),
};

/** The answers as text for a summary link (`#answers=`), in the stored format. */
export function serializeDecision(state: DecisionState): string {
  return serializeRecord(decisionRecord, state);
}

/** Answers from a summary link. Null when the text is not answers at all. Never throws. */
export function parseDecision(raw: string): Sanitized<DecisionState> | null {
  return parseRecord(decisionRecord, raw);
}
