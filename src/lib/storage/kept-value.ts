/**
 * Looking at and deleting the copy of a saved list that could not be read (see loadList in
 * question-storage.ts). Only the builder page needs this, so it is kept out of the small module
 * that every content page loads.
 */
import { BACKUP_PREFIX, LEGACY_KEY, STORAGE_KEY, type StorageLike } from './question-storage';

/**
 * The raw text kept aside after a failed read (or, when no copy could be made, the value still in
 * place), so the person can see it. Null when there is nothing. Never throws.
 */
export function readKeptValue(storage: StorageLike | null, backupKey: string | undefined): string | null {
  if (!storage) return null;
  try {
    if (backupKey) return storage.getItem(backupKey);
    return storage.getItem(STORAGE_KEY) ?? storage.getItem(LEGACY_KEY);
  } catch {
    return null;
  }
}

/** Deletes a backup copy once the person has chosen to. Returns false when that failed. */
export function deleteBackup(storage: StorageLike | null, backupKey: string): boolean {
  if (!storage || !backupKey.startsWith(BACKUP_PREFIX)) return false;
  try {
    storage.removeItem(backupKey);
    return true;
  } catch {
    return false;
  }
}

/** The part of the Web Storage API needed to list keys. */
export type KeyedStorage = Pick<Storage, 'length' | 'key'>;

/**
 * Keys of every kept copy in this browser, oldest first (the store and the content-page script
 * can both make one). Never throws.
 */
export function listBackupKeys(storage: KeyedStorage | null): string[] {
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
    }
    return keys.sort((a, b) => Number(a.slice(BACKUP_PREFIX.length)) - Number(b.slice(BACKUP_PREFIX.length)));
  } catch {
    return [];
  }
}
