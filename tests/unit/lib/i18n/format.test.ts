import { describe, expect, it } from 'vitest';
import { fillTemplate, pluralTemplate } from '@/lib/i18n/format';
import { formatLongDate } from '@/lib/i18n/intl';

describe('fillTemplate', () => {
  it('fills every placeholder, as often as it appears', () => {
    expect(fillTemplate('{n} results for “{q}” ({n})', { n: 3, q: 'mri' })).toBe('3 results for “mri” (3)');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(fillTemplate('No results for {q}', {})).toBe('No results for {q}');
  });

  it('never reads the filled-in words as placeholders again', () => {
    expect(fillTemplate('{q} / {n}', { q: '{n}', n: 2 })).toBe('{n} / 2');
  });
});

describe('pluralTemplate', () => {
  it.each([
    [0, 'other'],
    [1, 'one'],
    [2, 'other'],
  ] as const)('%i takes the %s form', (count, form) => {
    expect(pluralTemplate(count, 'one', 'other')).toBe(form);
  });
});

describe('formatLongDate', () => {
  const date = new Date('2026-11-21T00:00:00Z');

  it('writes a US English date', () => {
    expect(formatLongDate(date, 'en')).toBe('November 21, 2026');
  });

  it('writes a Spanish date in words', () => {
    expect(formatLongDate(date, 'es')).toBe('21 de noviembre de 2026');
  });

  it('keeps the calendar day of a plain date in every time zone (UTC)', () => {
    expect(formatLongDate(new Date('2027-01-01T00:00:00Z'), 'es')).toBe('1 de enero de 2027');
  });
});
