/**
 * The core of the question list: item types, limits, validation and the two operations content
 * pages need (add bank questions, remove). Kept apart from the rest of the list operations
 * (question-list.ts) because every content page loads it, inside a 3 KB script budget.
 * Pure module (no DOM, no storage, no astro:*).
 */
import { QUESTION_LIMITS } from './list-constants';
import { KEBAB_ID_PATTERN } from '../content/ids';
/** A question from the bank (content/questions/), referred to by its stable id. */
interface BankItem {
  kind: 'bank';
  id: string;
  important: boolean;
}

/** A question the person wrote. Its id is local to this browser (never a bank id). */
export interface CustomItem {
  kind: 'custom';
  id: string;
  text: string;
  important: boolean;
}

/** One entry in the person's list, in the person's order. */
export type QuestionItem = BankItem | CustomItem;

/** The whole list as kept in the store and in storage. */
export interface QuestionListState {
  items: QuestionItem[];
}

export { QUESTION_LIMITS } from './list-constants';

/** Why an operation did not change the list. */
export type ListProblem = 'list-full' | 'text-empty' | 'text-too-long' | 'important-limit' | 'not-found' | 'duplicate';

/** Result of a list operation: the new list, or the unchanged list with the reason. */
export type ListResult =
  | { ok: true; state: QuestionListState; added?: number; skipped?: number }
  | { ok: false; state: QuestionListState; problem: ListProblem; added?: number };

/** A list with nothing in it. */
export const EMPTY_LIST: QuestionListState = { items: [] };

/** Bank ids are kebab-case; custom ids start with "~" so the two can never clash. */
const CUSTOM_ID = /^~[a-z0-9]{1,24}$/;

/** True when the string looks like a bank question id (kebab-case, at most 80 characters). */
export function isBankId(id: string): boolean {
  return id.length <= 80 && KEBAB_ID_PATTERN.test(id);
}

/** True when the string looks like an id this module gives to custom questions. */
export function isCustomId(id: string): boolean {
  return CUSTOM_ID.test(id);
}

/**
 * Tidies a question the person typed: trims, folds runs of spaces and line breaks to one space,
 * drops control characters. Keeps every script, emoji and right-to-left text as written.
 */
export function cleanText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Length as a person counts it (emoji and other astral characters count once). */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/** Checks typed text against the limits. Returns the cleaned text or the problem. */
export function checkText(
  text: string,
): { ok: true; text: string } | { ok: false; problem: 'text-empty' | 'text-too-long' } {
  const cleaned = cleanText(text);
  if (cleaned.length === 0) return { ok: false, problem: 'text-empty' };
  if (textLength(cleaned) > QUESTION_LIMITS.maxTextLength) return { ok: false, problem: 'text-too-long' };
  return { ok: true, text: cleaned };
}

/** True when the list already holds this bank question. */
export function hasBankQuestion(state: QuestionListState, id: string): boolean {
  return state.items.some((item) => item.kind === 'bank' && item.id === id);
}

/**
 * Adds bank questions that are not already in the list, in the order given, until the list is full.
 * Reports how many were added and whether any were left out because the list was full.
 */
export function addBank(state: QuestionListState, ids: readonly string[]): ListResult {
  const items = [...state.items];
  let added = 0;
  for (const id of ids) {
    if (!isBankId(id) || items.some((item) => item.kind === 'bank' && item.id === id)) continue;
    if (items.length >= QUESTION_LIMITS.maxItems) {
      return { ok: false, state: added ? { items } : state, problem: 'list-full', added };
    }
    items.push({ kind: 'bank', id, important: false });
    added += 1;
  }
  return { ok: true, state: added ? { items } : state, added };
}

/** Removes one item by id (bank or custom). */
export function remove(state: QuestionListState, id: string): ListResult {
  const items = state.items.filter((item) => item.id !== id);
  if (items.length === state.items.length) return { ok: false, state, problem: 'not-found' };
  return { ok: true, state: { items } };
}

/**
 * Checks that an unknown value is a valid list and returns a clean copy, or null.
 * Used on everything that comes from storage or a link: never trust its shape.
 * Items that break a rule are dropped and counted, so the caller can tell the person.
 */
export function sanitizeList(value: unknown): { state: QuestionListState; dropped: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = (value as { items?: unknown }).items;
  if (!Array.isArray(raw)) return null;
  const items: QuestionItem[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  let dropped = 0;
  let important = 0;
  for (const entry of raw) {
    const item = sanitizeItem(entry);
    if (
      !item ||
      items.length >= QUESTION_LIMITS.maxItems ||
      ids.has(item.id) ||
      (item.kind === 'custom' && texts.has(item.text))
    ) {
      dropped += 1;
      continue;
    }
    if (item.important) {
      if (important >= QUESTION_LIMITS.maxImportant) item.important = false;
      else important += 1;
    }
    ids.add(item.id);
    if (item.kind === 'custom') texts.add(item.text);
    items.push(item);
  }
  return { state: { items }, dropped };
}

function sanitizeItem(entry: unknown): QuestionItem | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { kind, id, text, important } = entry as Record<string, unknown>;
  if (typeof id !== 'string') return null;
  const flag = important === true;
  if (kind === 'bank') return isBankId(id) ? { kind, id, important: flag } : null;
  if (kind === 'custom' && isCustomId(id) && typeof text === 'string') {
    const checked = checkText(text);
    return checked.ok ? { kind, id, text: checked.text, important: flag } : null;
  }
  return null;
}
