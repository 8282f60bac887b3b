/**
 * Keeping the person's "what matters to you" ratings and SURE answers in this browser only
 * (localStorage), in a versioned and validated format. Nothing is ever sent anywhere.
 *
 * Pure module: the storage object is passed in, so tests can hand it a fake that throws, is full
 * or holds garbage. A saved value that cannot be read in full is copied to a backup key before
 * anything is written over it, and the caller is told so it can tell the person.
 */
import { sanitizeSureAnswers, type SureAnswers } from './sure';
import { sanitizeValueAnswers, type ValueAnswers } from './values';
import { copyAside, type StorageLike } from '../storage/copy-aside';

export const DECISION_STORAGE_KEY = 'ppg:decision:v1';
export const DECISION_STORAGE_VERSION = 1;
/** Prefix of keys holding a copy of a saved value we could not read. A time stamp follows. */
export const DECISION_BACKUP_PREFIX = 'ppg:decision:backup:';

/** The part of the Web Storage API this module uses. */
export type { StorageLike };

/** Everything the decision aid keeps. */
export interface DecisionState {
  values: ValueAnswers;
  sure: SureAnswers;
}

export const EMPTY_DECISION: DecisionState = { values: {}, sure: {} };

/**
 * What happened when the saved answers were read.
 * - ok: read fine, or nothing saved yet
 * - repaired: some answers could not be read; the rest were kept and the raw value backed up
 * - corrupt: nothing could be read; the raw value was backed up when `backupKey` is set
 * - unavailable: this browser does not let the site keep anything right now
 */
export type DecisionLoadStatus = 'ok' | 'repaired' | 'corrupt' | 'unavailable';

export interface DecisionLoadResult {
  status: DecisionLoadStatus;
  state: DecisionState;
  /** Key holding the copy of an unreadable value, when one was made. */
  backupKey?: string;
}

/** Finds localStorage, or null when the browser blocks it (even touching it can throw). */
export function browserDecisionStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored string for a state. */
export function serializeDecision(state: DecisionState): string {
  return JSON.stringify({ v: DECISION_STORAGE_VERSION, values: state.values, sure: state.sure });
}

/**
 * Reads a stored string. Never throws. Null when it is not the current format at all; otherwise
 * the answers that could be read and how many entries were dropped.
 */
export function parseDecision(raw: string): { state: DecisionState; dropped: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as { v?: unknown; values?: unknown; sure?: unknown };
  if (record.v !== DECISION_STORAGE_VERSION) return null;
  const values = sanitizeValueAnswers(record.values);
  const sure = sanitizeSureAnswers(record.sure);
  return { state: { values: values.answers, sure: sure.answers }, dropped: values.dropped + sure.dropped };
}

/**
 * Reads the saved answers. Never throws. When the value cannot be read in full, its raw text is
 * copied to a backup key first. If that copy fails, the value is left as it is and the result
 * has no `backupKey`: the caller must not save over it until the person decides to.
 */
export function loadDecision(storage: StorageLike | null, now = Date.now()): DecisionLoadResult {
  if (!storage) return { status: 'unavailable', state: EMPTY_DECISION };
  let raw: string | null;
  try {
    raw = storage.getItem(DECISION_STORAGE_KEY);
  } catch {
    return { status: 'unavailable', state: EMPTY_DECISION };
  }
  if (raw === null) return { status: 'ok', state: EMPTY_DECISION };

  const parsed = parseDecision(raw);
  if (parsed && parsed.dropped === 0) return { status: 'ok', state: parsed.state };

  const backupKey = copyAside(storage, DECISION_BACKUP_PREFIX, raw, now);
  const status: DecisionLoadStatus = parsed ? 'repaired' : 'corrupt';
  const state = parsed ? parsed.state : EMPTY_DECISION;
  // Only write the cleaned value once the original is safe in the backup.
  if (backupKey) saveDecision(storage, state);
  return backupKey ? { status, state, backupKey } : { status, state };
}

/** Writes the answers. Returns false when the browser refused (blocked or full). Never throws. */
export function saveDecision(storage: StorageLike | null, state: DecisionState): boolean {
  if (!storage) return false;
  try {
    storage.setItem(DECISION_STORAGE_KEY, serializeDecision(state));
    return true;
  } catch {
    return false;
  }
}

/** Removes the saved answers (the "clear my answers" button). Returns false when it could not. */
export function clearDecision(storage: StorageLike | null): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(DECISION_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
