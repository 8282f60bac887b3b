/**
 * One nanostores store per registered record, shared by every island on a page and kept in step
 * with other tabs (the `storage` event) and with scripts on the same page (RECORD_WRITTEN_EVENT).
 * All the reading, checking and kept-copy rules live in src/lib/storage/records.ts; this file only
 * wires them to the browser.
 *
 * Why not @nanostores/persistent: its decode step cannot keep an unreadable value aside or report
 * it, and it writes back what it read; here a value from another tab is shown, never written back.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { RecordKind } from '@/lib/storage/record-kind';
import {
  clearRecord,
  loadRecord,
  parseRecord,
  probeStorage,
  saveRecord,
  type LoadStatus,
  type SaveStatus,
} from '@/lib/storage/records';
import {
  browserStorage,
  RECORD_CHANGED_EVENT,
  RECORD_WRITTEN_EVENT,
  readKey,
  type RecordEventDetail,
  type StorageLike,
} from '@/lib/storage/stored-value';

/**
 * What the person should know about keeping a record:
 * - load: what happened when the saved value was read
 * - save: 'ok', 'full' or 'unavailable'; when not 'ok' the page works but will forget on close
 * - keptKey: where an unreadable saved value was kept aside (see the "What this site keeps" page)
 * - locked: an unreadable value could not be kept aside, so nothing is saved over it until the
 *   person chooses (`unlock`)
 */
export interface RecordStatus {
  load: LoadStatus;
  save: SaveStatus;
  keptKey?: string;
  locked: boolean;
}

/** The status before anything is read: what the server renders, and a fresh browser shows. */
export const FRESH_STATUS: RecordStatus = Object.freeze({ load: 'ok', save: 'ok', locked: false });

function sameStatus(a: RecordStatus, b: RecordStatus): boolean {
  return a.load === b.load && a.save === b.save && a.locked === b.locked && a.keptKey === b.keptKey;
}

export interface RecordStore<T extends object> {
  readonly kind: RecordKind<T>;
  /** The current value (the record's `empty` value on the server and when nothing is saved). */
  readonly $value: ReadableAtom<T>;
  /** See {@link RecordStatus}. */
  readonly $status: ReadableAtom<RecordStatus>;
  /** Replaces the value and saves it (unless locked). Returns whether it was saved. */
  set(value: T): boolean;
  /** Applies a change to the current value and saves it. Returns whether it was saved. */
  update(change: (value: T) => T): boolean;
  /** Removes the saved value and starts from `empty`. Returns whether storage let us. */
  clear(): boolean;
  /** Lets saving go ahead after the person has seen that an unreadable value could not be kept aside. */
  unlock(): void;
  /** Forgets the "could not be read" state once the person has dealt with the kept copy. */
  dismissUnreadable(): void;
}

interface Options {
  /** Storage to use; defaults to localStorage (null when blocked). */
  storage?: StorageLike | null;
  /** Where to listen and send events; defaults to window. */
  events?: Pick<Window, 'addEventListener' | 'dispatchEvent'>;
}

/**
 * Creates the store for one record. In the browser it reads the saved value at once; on the
 * server (no window) it holds the empty value and never touches storage.
 */
export function createRecordStore<T extends object>(kind: RecordKind<T>, options: Options = {}): RecordStore<T> {
  const inBrowser = typeof window !== 'undefined';
  const storage = options.storage !== undefined ? options.storage : inBrowser ? browserStorage() : null;
  const events = options.events ?? (inBrowser ? window : undefined);
  const $value = atom<T>(kind.empty);
  const $status = atom<RecordStatus>(FRESH_STATUS);

  const show = (value: T) => {
    if (value === $value.get()) return;
    $value.set(value);
    events?.dispatchEvent(
      new CustomEvent<RecordEventDetail>(RECORD_CHANGED_EVENT, { detail: { key: kind.key, value } }),
    );
  };

  const persist = (value: T): boolean => {
    const status = $status.get();
    if (!events || status.locked) return false;
    const saved = saveRecord(kind, storage, value);
    const save: SaveStatus = saved ? 'ok' : probeStorage(storage) === 'full' ? 'full' : 'unavailable';
    if (save !== status.save) $status.set({ ...status, save });
    return saved;
  };

  const store: RecordStore<T> = {
    kind,
    $value,
    $status,
    set(value) {
      show(value);
      return persist(value);
    },
    update(change) {
      return store.set(change($value.get()));
    },
    clear() {
      show(kind.empty);
      return clearRecord(kind, storage);
    },
    unlock() {
      $status.set({ ...$status.get(), locked: false });
      persist($value.get());
    },
    dismissUnreadable() {
      const { save } = $status.get();
      $status.set({ load: 'ok', save, locked: false });
    },
  };

  if (!events) return store;

  const loaded = loadRecord(kind, storage);
  const unreadable = loaded.status === 'corrupt' || loaded.status === 'repaired';
  const loadedStatus: RecordStatus = {
    load: loaded.status,
    save: loaded.status === 'unavailable' ? 'unavailable' : probeStorage(storage),
    locked: unreadable && !loaded.keptKey,
    ...(loaded.keptKey ? { keptKey: loaded.keptKey } : {}),
  };
  // A fresh status stays the same object, so an island hydrated with it need not render again.
  if (!sameStatus(loadedStatus, FRESH_STATUS)) $status.set(loadedStatus);
  show(loaded.value);

  // Another tab or a script on this page wrote the record: show it here without writing it back.
  // A value that cannot be read is left for the next load to keep aside; this page keeps its value.
  const reread = (raw: string | null) => {
    if (raw === null) return show(kind.empty);
    const parsed = parseRecord(kind, raw);
    if (parsed) show(parsed.value);
  };
  events.addEventListener('storage', (event) => {
    if (event.key === kind.key || event.key === null) reread(event.newValue);
  });
  events.addEventListener(RECORD_WRITTEN_EVENT, (event) => {
    const key = (event as CustomEvent<RecordEventDetail | null>).detail?.key;
    if (key === undefined || key === kind.key) reread(readKey(storage, kind.key));
  });
  return store;
}
