/**
 * Calendar dates as the person types them (YYYY-MM-DD, no time, no time zone). Pure. Dates are
 * compared as days, so a refill "due today" is due all day wherever the person is.
 */
import { formatDay } from '../i18n/intl';
import type { Lang } from '../i18n/lang';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The [year, month, day] of a real calendar date in YYYY-MM-DD form, or null. */
export function dateParts(text: string): [number, number, number] | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return [year, month, day];
}

/** True for a real calendar date in YYYY-MM-DD form (no 31 April, no 29 February 2027). */
export function isRealDate(text: string): boolean {
  return dateParts(text) !== null;
}

/** Today's date where the person is (the device's local date). */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be real dates. */
export function daysBetween(from: string, to: string): number {
  const a = dateParts(from);
  const b = dateParts(to);
  if (!a || !b) throw new Error(`Not a date: ${a ? to : from}`);
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
}

/** The date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  const parts = dateParts(date);
  if (!parts) throw new Error(`Not a date: ${date}`);
  const d = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] + days));
  return d.toISOString().slice(0, 10);
}

/** A date in words in the reader's language ("March 4, 2027" / "4 de marzo de 2027"), the same on every device. */
export function longDate(date: string, lang: Lang): string {
  return formatDay(date, lang, 'long');
}
