import { describe, expect, it } from 'vitest';
import { longDate, translationNotice } from '@/lib/i18n/translation-notice';

const date = new Date('2026-12-04');

describe('translationNotice', () => {
  it('says nothing on English pages', () => {
    expect(translationNotice({ date, reviewed: false, stale: false }, 'en')).toBeNull();
  });

  it('gives the English version date in Spanish, and no reviewer until one is named', () => {
    expect(translationNotice({ date, reviewed: false, stale: false }, 'es')).toEqual({ kind: 'current', date: '4 de diciembre de 2026', reviewedBy: null });
    expect(translationNotice({ date, reviewed: true, reviewedBy: 'A. Pérez, CMI', stale: false }, 'es')).toMatchObject({ reviewedBy: 'A. Pérez, CMI' });
  });

  it('marks a translation whose English changed, and a page not translated yet', () => {
    expect(translationNotice({ date, reviewed: false, stale: true }, 'es')).toMatchObject({ kind: 'stale' });
    expect(translationNotice(undefined, 'es')).toEqual({ kind: 'missing' });
  });

  it('writes dates in the page language without a time-zone shift', () => {
    expect(longDate(new Date('2026-01-01'), 'en')).toBe('January 1, 2026');
    expect(longDate(new Date('2026-01-01'), 'es')).toBe('1 de enero de 2026');
  });
});
