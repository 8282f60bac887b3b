/**
 * Shared by every store that saves to localStorage (the question list, the decision aid): the
 * storage type they need, and keeping an unreadable value aside instead of losing it.
 */

/** The part of the Web Storage API the stores use (a test can pass a fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Copies an unreadable saved value to `<prefix><now>` so it is never silently lost.
 * Returns the backup key, or undefined when even that write failed (storage full or blocked).
 */
export function copyAside(storage: StorageLike, prefix: string, raw: string, now: number): string | undefined {
  const key = prefix + now;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}
