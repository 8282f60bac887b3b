/**
 * The decision aid's answers ("what matters to you" ratings and SURE answers), shared by the
 * islands on /decide/ and /decide/summary/: the decision record store (src/stores/record-store.ts).
 * Kept in this browser only; nothing is sent anywhere.
 */
import { decisionRecord } from '@/lib/decision/decision-record';
import type { SureAnswer, SureId } from '@/lib/decision/sure';
import { withRating, type Rating } from '@/lib/decision/values';
import { createRecordStore, type RecordStatus } from './record-store';

/** The answers' record store (value, status and actions). */
export const decisionStore = createRecordStore(decisionRecord);

/** The person's answers. */
export const $decision = decisionStore.$value;

/** What the person should know about keeping their answers (see RecordStatus). */
export const $decisionStorage = decisionStore.$status;
export type DecisionStorageState = RecordStatus;

/** Records how much one statement matters. */
export function setRating(id: string, rating: Rating): void {
  decisionStore.update((state) => ({ ...state, values: withRating(state.values, id, rating) }));
}

/** Records one SURE answer. */
export function setSureAnswer(id: SureId, answer: SureAnswer): void {
  decisionStore.update((state) => ({ ...state, sure: { ...state.sure, [id]: answer } }));
}

/** Clears the ratings only. */
export function clearValues(): void {
  decisionStore.update((state) => ({ ...state, values: {} }));
}

/** Clears the SURE answers only. */
export function clearSure(): void {
  decisionStore.update((state) => ({ ...state, sure: {} }));
}

/** Lets saving go ahead after the person has read that old unreadable answers could not be kept aside. */
export function unlockDecisionStorage(): void {
  decisionStore.unlock();
}
