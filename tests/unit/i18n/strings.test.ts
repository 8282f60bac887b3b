/**
 * Every language has every interface string: the same keys as English, no empty text, the same
 * message-function arguments, and (outside a short list of names that are the same in both
 * languages) text that is not just the English left in place.
 */
import { describe, expect, it } from 'vitest';
import { uiStrings } from '@/i18n';
import { LANGS, SOURCE_LANG } from '@/lib/i18n/lang';

/** Texts that are rightly identical in Spanish and English (names, abbreviations, numbers). */
const SAME_IN_BOTH = new Set(['Pain Pump Guide', 'normal', 'PDF', 'OK', 'MRI', 'PEG', 'QR']);

type Leaf = { path: string; value: unknown };
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string' || typeof value === 'function') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

const source = leaves(uiStrings(SOURCE_LANG));

describe.each(LANGS.filter((lang) => lang !== SOURCE_LANG))('interface strings in %s', (lang) => {
  const translated = leaves(uiStrings(lang));
  const byPath = new Map(translated.map((leaf) => [leaf.path, leaf.value]));

  it('has exactly the English keys', () => {
    expect(translated.map((l) => l.path).sort()).toEqual(source.map((l) => l.path).sort());
  });

  it('has no empty text and the same message arguments', () => {
    for (const { path, value } of source) {
      const other = byPath.get(path);
      if (typeof value === 'function') {
        expect(typeof other, path).toBe('function');
        expect((other as (...a: unknown[]) => string).length, path).toBe(value.length);
      } else {
        expect(typeof other, path).toBe('string');
        expect((other as string).trim(), path).not.toBe('');
      }
    }
  });

  it('does not leave English text in place', () => {
    const untranslated = source.filter(
      ({ path, value }) =>
        typeof value === 'string' && byPath.get(path) === value && !SAME_IN_BOTH.has(value) && /[a-z]{3}/i.test(value),
    );
    expect(untranslated.map((l) => l.path)).toEqual([]);
  });
});
