/** Dates, counts and lists in each language, the same in every time zone (src/lib/i18n/intl.ts). */
import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatDay, formatLocalDate, listInWords } from '@/lib/i18n/intl';

describe('formatDay', () => {
  it('writes a calendar day in each language and style', () => {
    expect(formatDay('2027-03-04', 'en')).toBe('March 4, 2027');
    expect(formatDay('2027-03-04', 'es')).toBe('4 de marzo de 2027');
    expect(formatDay('2026-12-01', 'en', 'weekday')).toBe('Tuesday, December 1');
    expect(formatDay('2026-12-01', 'es', 'weekday')).toBe('martes, 1 de diciembre');
    expect(formatDay('2026-12-01', 'en', 'short')).toBe('Dec 1');
    expect(formatDay('2026-12-01', 'es', 'short')).toBe('1 dic');
  });

  it('keeps the day in any time zone, and returns text that is not a real day as it is', () => {
    expect(formatDay('2027-01-01', 'en')).toBe('January 1, 2027');
    expect(formatDay('2027-02-30', 'en')).toBe('2027-02-30');
    expect(formatDay('soon', 'es')).toBe('soon');
  });
});

describe('moments, counts and lists', () => {
  it('writes the local date and a date with its time', () => {
    expect(formatLocalDate(new Date(2027, 2, 5, 23, 30), 'es')).toBe('5 de marzo de 2027');
    expect(formatDateTime(new Date(2027, 2, 5, 15, 4).getTime(), 'en')).toMatch(/^March 5, 2027 at 3:04\sPM$/);
    expect(formatDateTime(new Date(2027, 2, 5, 15, 4).getTime(), 'es')).toMatch(
      /^5 de marzo de 2027, 3:04\sp\.\sm\.$|^5 de marzo de 2027 a las 3:04\sp\.\s?m\.$/,
    );
  });

  it('groups digits and joins lists the language’s way', () => {
    expect(formatCount(10_000, 'en')).toBe('10,000');
    expect(listInWords(['baclofen', 'clonidine', 'Sufentanil'], 'en')).toBe('baclofen, clonidine, and Sufentanil');
    expect(listInWords(['baclofeno', 'clonidina'], 'es')).toBe('baclofeno y clonidina');
    expect(listInWords(['morfina'], 'es')).toBe('morfina');
  });
});
