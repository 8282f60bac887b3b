/**
 * What the site needs to know about one kind of record it keeps in localStorage. Registering a new
 * record is one entry of this shape in src/lib/storage/registry.ts (see docs/storage.md).
 */

/** Counts that describe a kept value ("questions": 5); a yes/no is 1 or 0. */
export type RecordFacts = Readonly<Record<string, number>>;

/** Result of checking a stored value: the clean value, and how many parts had to be left out. */
export interface Sanitized<T> {
  value: T;
  /** Entries that broke a rule and were left out (0 when everything was read). */
  dropped: number;
}

export interface RecordKind<T extends object> {
  /** Short stable id, kebab-case (`questions`, `my-pump`). Used in kept-copy keys and backup files. */
  id: string;
  /** The localStorage key. Starts with `ppg:`; the version is part of it (`ppg:questions:v1`). */
  key: string;
  /** Format version, written as `v` in the stored value. A value with another `v` is unreadable. */
  version: number;
  /** The value when nothing is saved. */
  empty: T;
  /**
   * Checks an untrusted stored object (the parsed JSON, including `v` and `at`) and returns a clean
   * copy, or null when it is not this record at all. Never throws, never trusts the shape.
   * Must drop what breaks a rule and count it in `dropped`, so the raw value is kept aside.
   */
  sanitize(data: Record<string, unknown>): Sanitized<T> | null;
  /**
   * How much it holds, as counts ({ questions: 5 }), for the "What this site keeps" page and a
   * restore. Its name, description and these counts in words are interface text, looked up by `id`
   * in src/i18n/<lang>/tools.ts (`records`).
   */
  describe(value: T): RecordFacts;
}

/** Any record kind (for lists of kinds such as the registry). */
export type AnyRecordKind = RecordKind<object>;
