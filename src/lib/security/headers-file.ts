/**
 * Reads the `_headers` file format (Netlify, Cloudflare Pages): a path pattern on its own line,
 * then indented `Name: value` lines; `#` starts a comment. Used by the tests that check
 * public/_headers matches the policy in content-security-policy.ts, and that a browser given those
 * headers shows every page without a policy violation.
 */

/** One rule: a path pattern (`/*`, `/_astro/*`, `/sw.js`) and its headers in file order. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses `_headers` text. Throws on a header line before any path, so a typo cannot pass unnoticed. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const current = rules.at(-1);
    const colon = line.indexOf(':');
    if (!current || colon === -1) {
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    }
    current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** True when a `_headers` pattern matches a URL path. `*` matches any run of characters. */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
  return regex.test(path);
}

/** All headers for a path: every matching rule applies, in file order (as the hosts do). */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      result[name] = result[name] ? `${result[name]}, ${value}` : value;
    }
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
