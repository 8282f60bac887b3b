/**
 * Dates, numbers and lists in the reader's language, with Intl, the same on every device. Pure:
 * pages, islands and the tools' pure logic format through these, never with a hard-coded locale.
 */
import type { Lang } from './lang';

/** The Intl locale of each language: US readers in both (see BaseLayout's `<html lang>`). */
const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Noon UTC of a calendar day (YYYY-MM-DD), or null when it is not one; formatted in UTC it never shifts. */
function utcNoon(iso: string): Date | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return date.toISOString().slice(0, 10) === iso ? date : null;
}

/** How a calendar day is written: long ("March 4, 2027"), weekday ("Tuesday, December 1"), short ("Dec 1"). */
export type DayStyle = 'long' | 'weekday' | 'short';

const DAY_OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  weekday: { weekday: 'long', month: 'long', day: 'numeric' },
  short: { month: 'short', day: 'numeric' },
};

/**
 * A calendar day (YYYY-MM-DD) in words: "March 4, 2027" / "4 de marzo de 2027". The same in every
 * time zone. Text that is not a real day is returned as it is.
 */
export function formatDay(iso: string, lang: Lang, style: DayStyle = 'long'): string {
  const date = utcNoon(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { ...DAY_OPTIONS[style], timeZone: 'UTC' }).format(date);
}

/** A moment's local calendar day in words ("March 5, 2027" / "5 de marzo de 2027"). */
export function formatLocalDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], DAY_OPTIONS.long).format(date);
}

/** A moment (ms since 1970) with its local time: "March 5, 2027 at 3:04 PM". */
export function formatDateTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));
}

/** A whole number with the language's digit grouping ("10,000" / "10 000"). */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

/** "a, b, and c" / "a, b y c". */
export function listInWords(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}
