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

export const EMPTY_DECISION: DecisionState = { values: {}, sure: {} };

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const decisionRecord: RecordKind<DecisionState> = {
  id: 'decision',
  key: 'ppg:decision:v1',
  version: 1,
  label: 'Your decision aid answers',
  description: 'How much each point matters to you, and your answers to the four SURE questions, from the Decide page.',
  empty: EMPTY_DECISION,
  sanitize(data): Sanitized<DecisionState> {
    const values = sanitizeValueAnswers(data.values);
    const sure = sanitizeSureAnswers(data.sure);
    return { value: { values: values.answers, sure: sure.answers }, dropped: values.dropped + sure.dropped };
  },
  describe: ({ values, sure }) =>
    `${count(Object.keys(values).length, 'rating', 'ratings')} of what matters to you and ${count(Object.keys(sure).length, 'SURE answer', 'SURE answers')}`,
};

/** The answers as text for a summary link (`#answers=`), in the stored format. */
export function serializeDecision(state: DecisionState): string {
  return serializeRecord(decisionRecord, state);
}

/** Answers from a summary link. Null when the text is not answers at all. Never throws. */
export function parseDecision(raw: string): Sanitized<DecisionState> | null {
  return parseRecord(decisionRecord, raw);
}
