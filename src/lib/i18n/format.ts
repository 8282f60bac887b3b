/**
 * Small formatting helpers for interface text in any language. Pure and tiny: the client scripts
 * use `fillTemplate` on messages the page renders into data attributes, so they ship no language.
 */

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
