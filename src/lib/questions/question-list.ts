/**
 * The person's list of questions: item types, limits and pure list operations.
 *
 * Pure module (no DOM, no storage, no astro:*). Every operation returns a new list or a clear
 * reason it could not be done, so the UI can say why in plain words. The list is shared by the
 * builder island, the topic-page toggles, the header count and the decision aid.
 * The types, limits, validation, addBank and remove live in list-core.ts (content pages load only
 * that) and are re-exported here, so this is the one module to import.
 */
import {
  checkText,
  hasBankQuestion,
  QUESTION_LIMITS,
  type CustomItem,
  type ListResult,
  type QuestionItem,
  type QuestionListState,
} from './list-core';

export * from './list-core';

/** A new custom id not used in the list. `random` is injectable so tests are repeatable. */
export function newCustomId(state: QuestionListState, random: () => number = Math.random): string {
  const taken = new Set(state.items.map((item) => item.id));
  for (;;) {
    const id = `~${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!taken.has(id)) return id;
  }
}

/** How many items are marked most important. */
export function importantCount(state: QuestionListState): number {
  return state.items.filter((item) => item.important).length;
}

/** Adds a question the person wrote, at the end of the list. */
export function addCustom(state: QuestionListState, text: string, id = newCustomId(state)): ListResult {
  if (state.items.length >= QUESTION_LIMITS.maxItems) return { ok: false, state, problem: 'list-full' };
  const checked = checkText(text);
  if (!checked.ok) return { ok: false, state, problem: checked.problem };
  if (state.items.some((item) => item.kind === 'custom' && item.text === checked.text)) {
    return { ok: false, state, problem: 'duplicate' };
  }
  return {
    ok: true,
    state: { items: [...state.items, { kind: 'custom', id, text: checked.text, important: false }] },
    added: 1,
  };
}

/** Changes the text of a question the person wrote. */
export function editCustom(state: QuestionListState, id: string, text: string): ListResult {
  const index = state.items.findIndex((item) => item.id === id && item.kind === 'custom');
  if (index < 0) return { ok: false, state, problem: 'not-found' };
  const checked = checkText(text);
  if (!checked.ok) return { ok: false, state, problem: checked.problem };
  const items = [...state.items];
  items[index] = { ...(items[index] as CustomItem), text: checked.text };
  return { ok: true, state: { items } };
}

/** Moves an item one place up (-1) or down (+1). Moving past either end does nothing. */
export function move(state: QuestionListState, id: string, by: -1 | 1): ListResult {
  const from = state.items.findIndex((item) => item.id === id);
  if (from < 0) return { ok: false, state, problem: 'not-found' };
  const to = from + by;
  if (to < 0 || to >= state.items.length) return { ok: true, state };
  const items = [...state.items];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item as QuestionItem);
  return { ok: true, state: { items } };
}

/** Marks or unmarks an item as most important. At most QUESTION_LIMITS.maxImportant may be marked. */
export function setImportant(state: QuestionListState, id: string, important: boolean): ListResult {
  const index = state.items.findIndex((item) => item.id === id);
  if (index < 0) return { ok: false, state, problem: 'not-found' };
  const current = state.items[index] as QuestionItem;
  if (current.important === important) return { ok: true, state };
  if (important && importantCount(state) >= QUESTION_LIMITS.maxImportant) {
    return { ok: false, state, problem: 'important-limit' };
  }
  const items = [...state.items];
  items[index] = { ...current, important };
  return { ok: true, state: { items } };
}

/** The list in print order: most important first, each part keeping the person's order. Print, text and email use it (itemsForOutput). */
export function printOrder(state: QuestionListState): QuestionItem[] {
  return [...state.items.filter((item) => item.important), ...state.items.filter((item) => !item.important)];
}

/**
 * Merges an incoming list (for example from a shared link) into the saved one. Bank questions
 * already in the list and custom questions with the same text are skipped; importance is kept
 * only while under the limit; nothing is added past the length limit.
 */
export function merge(
  base: QuestionListState,
  incoming: QuestionListState,
  random: () => number = Math.random,
): ListResult {
  let state = base;
  let added = 0;
  let skipped = 0;
  for (const item of incoming.items) {
    if (state.items.length >= QUESTION_LIMITS.maxItems) {
      return { ok: false, state, problem: 'list-full', added };
    }
    const exists =
      item.kind === 'bank'
        ? hasBankQuestion(state, item.id)
        : state.items.some((other) => other.kind === 'custom' && other.text === item.text);
    if (exists) {
      skipped += 1;
      continue;
    }
    const important = item.important && importantCount(state) < QUESTION_LIMITS.maxImportant;
    const next: QuestionItem =
      item.kind === 'bank'
        ? { kind: 'bank', id: item.id, important }
        : {
            kind: 'custom',
            id: state.items.some((o) => o.id === item.id) ? newCustomId(state, random) : item.id,
            text: item.text,
            important,
          };
    state = { items: [...state.items, next] };
    added += 1;
  }
  return { ok: true, state, added, skipped };
}
