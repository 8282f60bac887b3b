import { describe, expect, it } from 'vitest';
import { combinedState, translationNotice } from '@/lib/i18n/translation-notice';

const date = new Date('2026-12-04');

describe('translationNotice', () => {
  it('says nothing on English pages', () => {
    expect(translationNotice({ date, reviewed: false, stale: false }, 'en')).toBeNull();
  });

  it('gives the English version date in Spanish, and no reviewer until one is named', () => {
    expect(translationNotice({ date, reviewed: false, stale: false }, 'es')).toEqual({
      kind: 'current',
      date: '4 de diciembre de 2026',
      reviewedBy: null,
    });
    expect(translationNotice({ date, reviewed: true, reviewedBy: 'A. Pérez, CMI', stale: false }, 'es')).toMatchObject({
      reviewedBy: 'A. Pérez, CMI',
    });
  });

  it('marks a translation whose English changed, and a page not translated yet', () => {
    expect(translationNotice({ date, reviewed: false, stale: true }, 'es')).toMatchObject({ kind: 'stale' });
    expect(translationNotice(undefined, 'es')).toEqual({ kind: 'missing' });
  });

  it('writes dates in the page language without a time-zone shift', () => {
    expect(translationNotice({ date: new Date('2026-01-01'), reviewed: false, stale: false }, 'es')).toMatchObject({
      date: '1 de enero de 2026',
    });
  });

  it('combines several files: out of date if one is, oldest version, reviewed only if all are', () => {
    const a = { date: new Date('2026-12-04'), reviewed: true, reviewedBy: 'A. Pérez', stale: false };
    const b = { date: new Date('2026-11-30'), reviewed: false, stale: true };
    expect(combinedState([a, b])).toEqual({
      date: new Date('2026-11-30'),
      reviewed: false,
      reviewedBy: 'A. Pérez',
      stale: true,
    });
    expect(combinedState([a])).toEqual(a);
    expect(combinedState([])).toBeUndefined();
  });
});
