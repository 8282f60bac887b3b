/**
 * What the notice on a translated page says: current (with the English version's date and the
 * review status), out of date (its English source changed), or missing (shown in English).
 * English pages have no notice.
 */
import { SOURCE_LANG, type Lang } from './lang';

export interface TranslationStateLike {
  date: Date;
  reviewed: boolean;
  reviewedBy?: string | undefined;
  stale: boolean;
}

export type TranslationNotice =
  | { kind: 'current' | 'stale'; date: string; reviewedBy: string | null }
  | { kind: 'missing' };

/** A day written out in a language ("December 4, 2026", "4 de diciembre de 2026"), in UTC. */
export function longDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(`${lang}-US`, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function translationNotice(state: TranslationStateLike | undefined, lang: Lang): TranslationNotice | null {
  if (lang === SOURCE_LANG) return null;
  if (!state) return { kind: 'missing' };
  return {
    kind: state.stale ? 'stale' : 'current',
    date: longDate(state.date, lang),
    reviewedBy: state.reviewed && state.reviewedBy ? state.reviewedBy : null,
  };
}
