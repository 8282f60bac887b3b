/**
 * The person's question list, shared by every island and script on a page (nanostores) and
 * across open tabs (the storage event). Kept in localStorage through src/lib/storage.
 *
 * Islands (the builder, the decision aid) use this store. Content pages do not load it: their
 * small script (src/scripts/questions/content-page.ts) reads and writes storage itself, so the
 * store sends LIST_EVENT on every change (for the header count) and listens for WRITE_EVENT.
 */
import { atom } from 'nanostores';
import {
  addBank,
  EMPTY_LIST,
  remove,
  type ListProblem,
  type ListResult,
  type QuestionListState,
} from '@/lib/questions/list-core';
import {
  browserStorage,
  loadList,
  parseStored,
  probeStorage,
  saveList,
  STORAGE_KEY,
  type LoadStatus,
} from '@/lib/storage/question-storage';
import { LIST_EVENT, WRITE_EVENT } from '@/lib/storage/keys';

export type { QuestionItem, QuestionListState, ListResult, ListProblem } from '@/lib/questions/list-core';

/** The list, in the person's order. */
export const $questionList = atom<QuestionListState>(EMPTY_LIST);

/**
 * What the person should know about keeping the list:
 * - load: what happened when the saved list was read (see LoadStatus)
 * - save: 'ok', 'full' (storage full) or 'unavailable' (blocked, private mode); when not 'ok'
 *   the list works for this visit but will not be remembered
 * - backupKey: where an unreadable saved value was copied
 * - locked: an unreadable value could not be copied aside, so we do not save over it
 */
export interface QuestionStorageState {
  load: LoadStatus;
  save: 'ok' | 'full' | 'unavailable';
  backupKey?: string;
  locked: boolean;
}

export const $questionStorage = atom<QuestionStorageState>({ load: 'ok', save: 'ok', locked: false });

/** The last reason an action could not be done (for example the list is full), for messages. */
export const $questionProblem = atom<ListProblem | null>(null);

const storage = typeof window === 'undefined' ? null : browserStorage();

function persist(state: QuestionListState): void {
  const status = $questionStorage.get();
  if (status.locked || typeof window === 'undefined') return;
  const saved = saveList(storage, state);
  const save = saved ? 'ok' : probeStorage(storage) === 'full' ? 'full' : 'unavailable';
  if (save !== status.save) $questionStorage.set({ ...status, save });
}

/** Applies a list operation result: updates the store, saves, and records any problem. */
export function commitQuestionList(result: ListResult): ListResult {
  $questionProblem.set(result.ok ? null : result.problem);
  if (result.state !== $questionList.get()) {
    $questionList.set(result.state);
    persist(result.state);
  }
  return result;
}

/** Runs a pure list operation on the current list and commits it. */
export function updateQuestionList(operation: (state: QuestionListState) => ListResult): ListResult {
  return commitQuestionList(operation($questionList.get()));
}

/** Adds bank questions not already in the list, in order, until the list is full. */
export function addBankQuestions(ids: string[]): ListResult {
  return updateQuestionList((state) => addBank(state, ids));
}

/** Removes a question (bank or custom) by id. */
export function removeQuestion(id: string): ListResult {
  return updateQuestionList((state) => remove(state, id));
}

/** Replaces the whole list (import, undo). */
export function setQuestionList(state: QuestionListState): void {
  commitQuestionList({ ok: true, state });
}

/**
 * Lets saving go ahead after the person has seen that an old unreadable value could not be
 * copied aside (see `locked`).
 */
export function unlockQuestionStorage(): void {
  $questionStorage.set({ ...$questionStorage.get(), locked: false });
  persist($questionList.get());
}

if (typeof window !== 'undefined') {
  // Tell scripts that do not load the store (the header count) about every change in this tab.
  $questionList.listen((state) => window.dispatchEvent(new CustomEvent(LIST_EVENT, { detail: state })));
  const loaded = loadList(storage);
  const probe = loaded.status === 'unavailable' ? 'unavailable' : probeStorage(storage);
  const unreadable = loaded.status === 'corrupt' || loaded.status === 'repaired';
  $questionStorage.set({
    load: loaded.status,
    save: probe,
    locked: unreadable && !loaded.backupKey,
    ...(loaded.backupKey ? { backupKey: loaded.backupKey } : {}),
  });
  $questionList.set(loaded.state);

  // Another tab (storage event) or the content-page script in this tab (WRITE_EVENT) changed the
  // saved list: show the same list here without writing it back.
  const reread = (raw: string | null) => {
    if (raw === null) {
      $questionList.set(EMPTY_LIST);
      return;
    }
    const parsed = parseStored(raw);
    if (parsed) $questionList.set(parsed.state);
  };
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) reread(event.newValue);
  });
  window.addEventListener(WRITE_EVENT, () => {
    try {
      reread(localStorage.getItem(STORAGE_KEY));
    } catch {
      // Storage went away: keep what we have.
    }
  });
}
