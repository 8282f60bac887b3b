/**
 * Question list on content pages, in plain TypeScript (no framework, no store) to stay inside the
 * 3 KB script budget shared by every script on a content page:
 *  - fills the "My questions" count in the header on every page;
 *  - adds an "Add to my list" / "Remove from my list" button to each related question on topic
 *    pages (a [data-question-toggle-slot] inside a [data-question-id]).
 *
 * It reads and writes the saved list (format: src/lib/storage/question-storage.ts) itself, because
 * loading the store here would cost more than the whole budget allows (a dynamic import() alone
 * adds Vite's 1 KB preload helper). It is careful in the same way as the store:
 *  - it only adds or removes bank questions and writes every other entry back untouched, so it
 *    never drops anything it does not understand (the builder checks and repairs the list);
 *  - a saved value it cannot read at all is copied to a backup key before a new list is written,
 *    and if no copy can be made it writes nothing and says so;
 *  - the older v0 format is migrated the same way the store does it.
 * The count follows other tabs (storage event) and islands on this page (LIST_EVENT), and the
 * store on this page is told when this script wrote (WRITE_EVENT).
 */
import {
  BACKUP_PREFIX,
  LEGACY_KEY,
  LIST_EVENT,
  MAX_ITEMS,
  STORAGE_KEY,
  STORAGE_VERSION,
  WRITE_EVENT,
} from '@/lib/storage/keys';

interface SeenItem {
  kind?: unknown;
  id?: unknown;
}

const counts = document.querySelectorAll<HTMLElement>('[data-question-count]');
const status = document.querySelector<HTMLElement>('[data-question-status]');
const buttons: HTMLButtonElement[] = [];

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Items of a stored value in the current format, or null when the value is not one. */
function parse(raw: string): SeenItem[] | null {
  try {
    const value = JSON.parse(raw) as { v?: unknown; items?: unknown } | null;
    return value?.v === STORAGE_VERSION && Array.isArray(value.items) ? value.items : null;
  } catch {
    return null;
  }
}

/** The v0 format: a JSON array of bank ids. Null when it is not one. */
function parseLegacy(raw: string): SeenItem[] | null {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.map((id) => ({ kind: 'bank', id, important: false })) : null;
  } catch {
    return null;
  }
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
  const raw = get(STORAGE_KEY);
  if (raw !== null) return parse(raw) ?? [];
  const legacy = get(LEGACY_KEY);
  return (legacy !== null && parseLegacy(legacy)) || [];
}

function toggle(id: string): void {
  let note = '';
  const raw = get(STORAGE_KEY);
  const legacy = raw === null ? get(LEGACY_KEY) : null;
  const source = raw ?? legacy;
  let items = source === null ? [] : raw !== null ? parse(raw) : parseLegacy(source);
  if (items === null) {
    // Never write over something we cannot read: keep a copy first, or stop.
    if (!set(BACKUP_PREFIX + Date.now(), source as string)) {
      say('We could not read the list saved in this browser, so we did not change it. Open My questions to see it.');
      return;
    }
    items = [];
    note = ' We could not read your old saved list, so we kept a copy and started a new one. Open My questions to see it.';
  }
  const adding = !has(items, id);
  if (adding && items.length >= MAX_ITEMS) {
    say(`Your list is full (${MAX_ITEMS} questions). Remove a question on the My questions page to add this one.`);
    return;
  }
  const next = adding
    ? [...items, { kind: 'bank', id, important: false }]
    : items.filter((item) => !(item?.kind === 'bank' && item.id === id));
  if (set(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, items: next }))) {
    if (legacy !== null) {
      try {
        localStorage.removeItem(LEGACY_KEY);
      } catch {
        // The old key stays; the new one wins from now on.
      }
    }
  } else {
    note += ' Your browser is not saving your list, so it will be gone when you leave this page.';
  }
  render(next);
  window.dispatchEvent(new Event(WRITE_EVENT));
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
  if (event.key === STORAGE_KEY || event.key === LEGACY_KEY || event.key === null) render(current());
});
window.addEventListener(LIST_EVENT, (event) => render((event as CustomEvent<{ items: SeenItem[] }>).detail.items));

render(current());
