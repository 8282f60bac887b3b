/**
 * The person's question list, shared by every island on a page and across tabs: the question-list
 * record store (src/stores/record-store.ts) plus the list operations and the last problem.
 * Content pages do not load it: their small script (src/scripts/questions/content-page.ts) uses
 * the same record format and follows RECORD_CHANGED_EVENT for the header count.
 */
import { atom } from 'nanostores';
import { addBank, remove, type ListProblem, type ListResult, type QuestionListState } from '@/lib/questions/list-core';
import { questionRecord } from '@/lib/questions/question-record';
import { createRecordStore, type RecordStatus } from './record-store';

export type { QuestionItem, QuestionListState, ListResult, ListProblem } from '@/lib/questions/list-core';

/** The list's record store (value, status and actions). */
export const questionStore = createRecordStore(questionRecord);

/** The list, in the person's order. */
export const $questionList = questionStore.$value;

/** What the person should know about keeping the list (see RecordStatus). */
export const $questionStorage = questionStore.$status;
export type QuestionStorageState = RecordStatus;

/** The last reason an action could not be done (for example the list is full), for messages. */
export const $questionProblem = atom<ListProblem | null>(null);

/** Applies a list operation result: updates the store, saves, and records any problem. */
export function commitQuestionList(result: ListResult): ListResult {
  $questionProblem.set(result.ok ? null : result.problem);
  if (result.state !== $questionList.get()) questionStore.set(result.state);
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

/** Lets saving go ahead after the person has seen that an old unreadable value could not be kept aside. */
export function unlockQuestionStorage(): void {
  questionStore.unlock();
}
