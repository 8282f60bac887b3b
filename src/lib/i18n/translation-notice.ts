/**
 * What the notice on a translated page says: current (with the English version's date and the
 * review status), out of date (its English source changed), or missing (shown in English).
 * English pages have no notice.
 */
import { SOURCE_LANG, type Lang } from './lang';
import { formatLongDate } from './intl';

export interface TranslationStateLike {
  date: Date;
  reviewed: boolean;
  reviewedBy?: string | undefined;
  stale: boolean;
}

export type TranslationNotice =
  { kind: 'current' | 'stale'; date: string; reviewedBy: string | null } | { kind: 'missing' };

/**
 * One state for a page built from several translated files (the get-help page shows every warning
 * sign): out of date if any is, translated from the oldest English version, reviewed only if all are.
 */
export function combinedState(states: readonly TranslationStateLike[]): TranslationStateLike | undefined {
  if (states.length === 0) return undefined;
  const reviewers = [...new Set(states.map((s) => s.reviewedBy).filter((name): name is string => Boolean(name)))];
  return {
    date: new Date(Math.min(...states.map((s) => s.date.getTime()))),
    stale: states.some((s) => s.stale),
    reviewed: states.every((s) => s.reviewed),
    reviewedBy: reviewers.length > 0 ? reviewers.join(', ') : undefined,
  };
}

export function translationNotice(state: TranslationStateLike | undefined, lang: Lang): TranslationNotice | null {
  if (lang === SOURCE_LANG) return null;
  if (!state) return { kind: 'missing' };
  return {
    kind: state.stale ? 'stale' : 'current',
    date: formatLongDate(state.date, lang),
    reviewedBy: state.reviewed && state.reviewedBy ? state.reviewedBy : null,
  };
}
