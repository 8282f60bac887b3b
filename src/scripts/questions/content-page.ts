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
 *  - it never writes over a saved value it cannot read: it says so and points to My questions,
 *    where the store keeps the value aside (a kept copy) and starts a new list.
 * Its words come from the page (QuestionCount's data-one/-other, RelatedQuestions' data-add …), in
 * the page's language; {n} is a number.
 * The count follows other tabs (storage event) and stores on this page (RECORD_CHANGED_EVENT), and
 * stores on this page are told when this script wrote (RECORD_WRITTEN_EVENT).
 */
import { QUESTION_LIMITS, QUESTIONS_KEY, QUESTIONS_VERSION } from '@/lib/questions/list-constants';
import {
  browserStorage,
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
const msg: DOMStringMap = document.querySelector<HTMLElement>('[data-related-questions]')?.dataset ?? {};
const fill = (text = '', n: number) => text.split('{n}').join(String(n));
const buttons: HTMLButtonElement[] = [];

/** Items of a stored list in the current format, or null when the value is not one. */
function parse(raw: string): SeenItem[] | null {
  const items = parseEnvelope(raw, QUESTIONS_VERSION)?.items;
  return Array.isArray(items) ? items : null;
}

const has = (items: SeenItem[], id: string) => items.some((item) => item?.kind === 'bank' && item.id === id);

function render(items: SeenItem[]): void {
  const count = items.length;
  for (const element of counts) {
    element.textContent = count ? String(count) : '';
    if (count) {
      const hidden = document.createElement('span');
      hidden.className = 'sr-only';
      hidden.textContent = element.dataset[count === 1 ? 'one' : 'other'] ?? '';
      element.append(hidden);
    }
  }
  for (const button of buttons) {
    const added = has(items, button.dataset.questionToggle as string);
    button.textContent = (added ? msg.remove : msg.add) ?? '';
    button.toggleAttribute('data-added', added);
  }
}

/** What is saved now, for display: an unreadable value shows as an empty list (the builder explains). */
function current(): SeenItem[] {
  const raw = readKey(storage, QUESTIONS_KEY);
  return (raw !== null && parse(raw)) || [];
}

function toggle(id: string): void {
  let note = '';
  const raw = readKey(storage, QUESTIONS_KEY);
  const items = raw === null ? [] : parse(raw);
  if (!items) {
    // Never write over something we cannot read: the builder keeps it aside first.
    say(msg.unreadable);
    return;
  }
  const adding = !has(items, id);
  if (adding && items.length >= QUESTION_LIMITS.maxItems) {
    say(fill(msg.full, QUESTION_LIMITS.maxItems));
    return;
  }
  const next = adding
    ? [...items, { kind: 'bank', id, important: false }]
    : items.filter((item) => !(item?.kind === 'bank' && item.id === id));
  if (!writeKey(storage, QUESTIONS_KEY, serializeEnvelope(QUESTIONS_VERSION, { items: next }, Date.now()))) {
    note = msg.notSaving ?? '';
  }
  render(next);
  // No detail: every store on the page reads storage again (only the list store finds a change).
  window.dispatchEvent(new Event(RECORD_WRITTEN_EVENT));
  const count = next.length;
  say(fill(msg[`${adding ? 'added' : 'removed'}${count === 1 ? 'One' : 'Other'}`], count) + note);
}

function say(message = ''): void {
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
