/**
 * Names and numbers shared by the question-list store and the small script on every content page.
 * Kept in their own tiny module so the content-page script can use them without loading the store
 * (see src/scripts/questions/content-page.ts).
 */

/** Where the current format lives. The version is in the key and in the value. */
export const STORAGE_KEY = 'ppg:questions:v1';
/** Format version written today (the "v" field of the stored value). */
export const STORAGE_VERSION = 1;
/** Early prototype format (v0): a plain JSON array of bank ids. Migrated on first read. */
export const LEGACY_KEY = 'ppg:questions';
/** Prefix of keys that hold a copy of a saved value we could not read. A time stamp follows. */
export const BACKUP_PREFIX = 'ppg:questions:backup:';
/** Most questions a list may hold. */
export const MAX_ITEMS = 30;
/**
 * Window event the store sends after every change of the list in this tab (detail: the list),
 * so scripts that do not load the store (the header count) stay in step.
 */
export const LIST_EVENT = 'ppg:question-list';
/**
 * Window event the content-page script sends after it wrote the list itself, so a store on the
 * same page (which gets no storage event for its own tab) reads it again.
 */
export const WRITE_EVENT = 'ppg:question-list-written';
