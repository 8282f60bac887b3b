/**
 * The decision aid's answers ("what matters to you" ratings and SURE answers), shared by the
 * islands on /decide/ and /decide/summary/ and kept in this browser only (localStorage through
 * src/lib/decision/decision-storage). Nothing is sent anywhere.
 */
import { atom } from 'nanostores';
import {
  browserDecisionStorage,
  clearDecision,
  DECISION_STORAGE_KEY,
  EMPTY_DECISION,
  loadDecision,
  parseDecision,
  saveDecision,
  type DecisionLoadStatus,
  type DecisionState,
} from '@/lib/decision/decision-storage';
import type { SureAnswer, SureId } from '@/lib/decision/sure';
import { withRating, type Rating } from '@/lib/decision/values';

/** The person's answers. */
export const $decision = atom<DecisionState>(EMPTY_DECISION);

/**
 * What the person should know about keeping their answers:
 * - load: what happened when saved answers were read
 * - saved: false when the last change could not be kept (storage blocked or full): the answers
 *   still work on this page but will be gone when it closes
 * - backupKey: where an unreadable saved value was copied
 * - locked: an unreadable value could not be copied aside, so we do not save over it
 */
export interface DecisionStorageState {
  load: DecisionLoadStatus;
  saved: boolean;
  backupKey?: string;
  locked: boolean;
}

export const $decisionStorage = atom<DecisionStorageState>({ load: 'ok', saved: true, locked: false });

const storage = typeof window === 'undefined' ? null : browserDecisionStorage();

function commit(state: DecisionState): void {
  $decision.set(state);
  if (typeof window === 'undefined') return;
  const status = $decisionStorage.get();
  if (status.locked) return;
  const saved = saveDecision(storage, state);
  if (saved !== status.saved) $decisionStorage.set({ ...status, saved });
}

/** Records how much one statement matters. */
export function setRating(id: string, rating: Rating): void {
  const state = $decision.get();
  commit({ ...state, values: withRating(state.values, id, rating) });
}

/** Records one SURE answer. */
export function setSureAnswer(id: SureId, answer: SureAnswer): void {
  const state = $decision.get();
  commit({ ...state, sure: { ...state.sure, [id]: answer } });
}

/** Clears the ratings only. */
export function clearValues(): void {
  commit({ ...$decision.get(), values: {} });
}

/** Clears the SURE answers only. */
export function clearSure(): void {
  commit({ ...$decision.get(), sure: {} });
}

/** Removes every saved answer from this browser. */
export function clearAllDecisionAnswers(): boolean {
  $decision.set(EMPTY_DECISION);
  return typeof window === 'undefined' ? true : clearDecision(storage);
}

/** Lets saving go ahead after the person has read that old unreadable answers could not be kept aside. */
export function unlockDecisionStorage(): void {
  $decisionStorage.set({ ...$decisionStorage.get(), locked: false });
  commit($decision.get());
}

if (typeof window !== 'undefined') {
  const loaded = loadDecision(storage);
  const unreadable = loaded.status === 'corrupt' || loaded.status === 'repaired';
  $decisionStorage.set({
    load: loaded.status,
    saved: loaded.status !== 'unavailable',
    locked: unreadable && !loaded.backupKey,
    ...(loaded.backupKey ? { backupKey: loaded.backupKey } : {}),
  });
  $decision.set(loaded.state);

  // Answers changed in another tab: show them here too, without writing them back.
  window.addEventListener('storage', (event) => {
    if (event.key !== DECISION_STORAGE_KEY && event.key !== null) return;
    if (event.newValue === null) {
      $decision.set(EMPTY_DECISION);
      return;
    }
    const parsed = parseDecision(event.newValue);
    if (parsed) $decision.set(parsed.state);
  });
}
