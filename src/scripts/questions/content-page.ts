/**
 * Question list on content pages, in plain TypeScript (no framework, no store) to stay inside the
 * 3 KB script budget shared by every script on a content page:
 *  - fills the "My questions" count in the header on every page;
 *  - adds an "Add to my list" / "Remove from my list" button to each related question on topic
 *    pages (a [data-question-toggle-slot] inside a [data-question-id]).
 *
 * It reads and writes the saved list itself, with the same envelope functions as every store
 * (src/lib/storage/stored-value.ts), because loading the store here would cost more than the whole
 * budget allows (a dynamic import() alone adds Vite's 1 KB preload helper). It is careful in the
 * same way as the store:
 *  - it only adds or removes bank questions and writes every other entry back untouched, so it
 *    never drops anything it does not understand (the builder checks and repairs the list);
 *  - a saved value it cannot read at all is kept aside (a kept copy) before a new list is written,
 *    and if no copy can be made it writes nothing and says so.
 * The count follows other tabs (storage event) and stores on this page (RECORD_CHANGED_EVENT), and
 * stores on this page are told when this script wrote (RECORD_WRITTEN_EVENT).
 */
import { QUESTION_LIMITS } from '@/lib/questions/list-core';
import { questionRecord, QUESTIONS_KEY, QUESTIONS_VERSION } from '@/lib/questions/question-record';
import {
  browserStorage,
  keepCopy,
  parseEnvelope,
  readKey,
  RECORD_CHANGED_EVENT,
  RECORD_WRITTEN_EVENT,
  serializeEnvelope,
  writeKey,
  type RecordEventDetail,
} from '@/lib/storage/stored-value';

interface SeenItem {
  kind?: unknown;
  id?: unknown;
}

const storage = browserStorage();
const counts = document.querySelectorAll<HTMLElement>('[data-question-count]');
const status = document.querySelector<HTMLElement>('[data-question-status]');
const buttons: HTMLButtonElement[] = [];

/** The stored fields and items of a list in the current format, or null when the value is not one. */
function parse(raw: string): { data: Record<string, unknown>; items: SeenItem[] } | null {
  const data = parseEnvelope(raw, QUESTIONS_VERSION);
  return data && Array.isArray(data.items) ? { data, items: data.items as SeenItem[] } : null;
}

const has = (items: SeenItem[], id: string) => items.some((item) => item?.kind === 'bank' && item.id === id);

function render(items: SeenItem[]): void {
  const count = items.length;
  for (const element of counts) {
    element.textContent = count ? String(count) : '';
    if (count) {
      const hidden = document.createElement('span');
      hidden.className = 'sr-only';
      hidden.textContent = count === 1 ? ' question in your list' : ' questions in your list';
      element.append(hidden);
    }
  }
  for (const button of buttons) {
    const added = has(items, button.dataset.questionToggle as string);
    button.textContent = added ? 'Remove from my list' : 'Add to my list';
    button.toggleAttribute('data-added', added);
  }
}

/** What is saved now, for display: an unreadable value shows as an empty list (the builder explains). */
function current(): SeenItem[] {
  const raw = readKey(storage, QUESTIONS_KEY);
  return (raw !== null && parse(raw)?.items) || [];
}

function toggle(id: string): void {
  let note = '';
  const raw = readKey(storage, QUESTIONS_KEY);
  let saved = raw === null ? { data: {}, items: [] } : parse(raw);
  if (saved === null) {
    // Never write over something we cannot read: keep a copy first, or stop.
    if (!keepCopy(storage, questionRecord.id, raw as string, Date.now())) {
      say('We could not read the list saved in this browser, so we did not change it. Open My questions to see it.');
      return;
    }
    saved = { data: {}, items: [] };
    note = ' We could not read your old saved list, so we kept a copy and started a new one. Open My questions to see it.';
  }
  const { data, items } = saved;
  const adding = !has(items, id);
  if (adding && items.length >= QUESTION_LIMITS.maxItems) {
    say(`Your list is full (${QUESTION_LIMITS.maxItems} questions). Remove a question on the My questions page to add this one.`);
    return;
  }
  const next = adding
    ? [...items, { kind: 'bank', id, important: false }]
    : items.filter((item) => !(item?.kind === 'bank' && item.id === id));
  if (!writeKey(storage, QUESTIONS_KEY, serializeEnvelope(QUESTIONS_VERSION, { ...data, items: next }, Date.now()))) {
    note += ' Your browser is not saving your list, so it will be gone when you leave this page.';
  }
  render(next);
  window.dispatchEvent(new CustomEvent<RecordEventDetail>(RECORD_WRITTEN_EVENT, { detail: { key: QUESTIONS_KEY } }));
  const count = next.length;
  say(`${adding ? 'Added to' : 'Removed from'} your list. You have ${count} question${count === 1 ? '' : 's'}.${note}`);
}

function say(message: string): void {
  if (status) status.textContent = message;
}

for (const slot of document.querySelectorAll<HTMLElement>('[data-question-toggle-slot]')) {
  const holder = slot.closest<HTMLElement>('[data-question-id]');
  const id = holder?.dataset.questionId;
  if (!holder || !id) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.questionToggle = id;
  // The question's own words describe the button, so each one is distinct for screen readers.
  const text = holder.querySelector('[data-question-text]');
  if (text?.id) button.setAttribute('aria-describedby', text.id);
  button.className =
    'min-h-11 rounded border-2 border-brand px-3 font-bold text-brand data-[added]:bg-brand data-[added]:text-on-brand';
  button.addEventListener('click', () => toggle(id));
  slot.append(button);
  buttons.push(button);
}

window.addEventListener('storage', (event) => {
  if (event.key === QUESTIONS_KEY || event.key === null) render(current());
});
window.addEventListener(RECORD_CHANGED_EVENT, (event) => {
  const detail = (event as CustomEvent<RecordEventDetail>).detail;
  if (detail.key === QUESTIONS_KEY) render((detail.value as { items: SeenItem[] }).items);
});

render(current());
