/**
 * Small formatting helpers for interface text in any language. Pure and tiny: the client scripts
 * use `fillTemplate` on messages the page renders into data attributes, so they ship no language.
 */
import { LANG_TAGS, type Lang } from './lang';

/**
 * A message template with its placeholders filled: "{n} results for “{q}”" with { n: 3, q: "mri" }.
 * Unknown placeholders are left as they are, so a missing value shows up instead of vanishing.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The template for a count: `one` for exactly 1, `other` for every other number (English and Spanish). */
export function pluralTemplate(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

/**
 * A date as readers of the language expect it: "November 21, 2026" / "21 de noviembre de 2026".
 * Content dates are plain dates (UTC midnight), so they are formatted in UTC.
 */
export function formatLongDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LANG_TAGS[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
