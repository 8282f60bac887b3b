/**
 * The shape every language's strings must have: the English strings with each text widened to
 * `string` (and each message function kept with its arguments), so a missing or extra key in
 * another language is a type error, and tests/unit/i18n/strings.test.ts checks the same at run time.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };
