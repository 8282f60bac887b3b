/**
 * The synonyms map (content/search-synonyms.yaml): checks what authors wrote and turns it into
 * lookups the query expander uses. Browser-safe: parsing YAML text lives in synonyms-file.ts.
 */
import { normalizeText } from './text';
import type { SynonymGroup } from './types';

/** fuse.js cannot search for a pattern longer than 32 characters, and "means" are searched as typed. */
export const MAX_SYNONYM_CHARS = 32;
/** Lay phrases are matched word by word, so they may be longer; this only catches pasted sentences. */
const MAX_LAY_PHRASE_CHARS = 60;

/** A problem in the synonyms file, with a message an author can act on. */
export class SynonymsError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `content/search-synonyms.yaml has ${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix ${
        problems.length === 1 ? 'it' : 'them'
      } and build again:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'SynonymsError';
  }
}

function describeGroup(index: number, value: unknown): string {
  const words = (value as { words?: unknown })?.words;
  const first = Array.isArray(words) && typeof words[0] === 'string' ? ` ("${words[0]}" …)` : '';
  return `entry ${index + 1}${first}`;
}

function checkList(value: unknown, field: 'words' | 'means', where: string, problems: string[]): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${where}: "${field}" must be a list with at least one item, like ${field}: [pain pump, drug pump].`);
    return [];
  }
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      problems.push(`${where}: every item of "${field}" must be a word or phrase; found ${JSON.stringify(item)}.`);
      continue;
    }
    const normalized = normalizeText(String(item));
    if (!normalized) {
      problems.push(`${where}: "${field}" has an empty item. Remove it or write a word.`);
      continue;
    }
    const max = field === 'means' ? MAX_SYNONYM_CHARS : MAX_LAY_PHRASE_CHARS;
    if (normalized.length > max) {
      problems.push(`${where}: "${item}" in "${field}" is longer than ${max} characters. Use a shorter phrase.`);
      continue;
    }
    if (!out.includes(normalized)) out.push(normalized);
  }
  return out;
}

/**
 * Checks the parsed synonyms file and returns clean groups (words normalized: lower case, no
 * punctuation). Throws a SynonymsError listing every problem, so the build stops with clear advice.
 */
export function validateSynonyms(data: unknown): SynonymGroup[] {
  const problems: string[] = [];
  if (!Array.isArray(data)) {
    throw new SynonymsError([
      'The file must be a list of entries, each starting with "- words: [...]" followed by "  means: [...]".',
    ]);
  }
  const groups: SynonymGroup[] = [];
  data.forEach((entry, index) => {
    const where = describeGroup(index, entry);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${where}: each entry needs "words" and "means" lists.`);
      return;
    }
    const unknownKeys = Object.keys(entry).filter((key) => key !== 'words' && key !== 'means');
    if (unknownKeys.length > 0) {
      problems.push(
        `${where}: unknown field ${unknownKeys.map((k) => `"${k}"`).join(', ')}. Use only "words" and "means".`,
      );
    }
    const record = entry as Record<string, unknown>;
    const words = checkList(record['words'], 'words', where, problems);
    const means = checkList(record['means'], 'means', where, problems);
    if (words.length > 0 && means.length > 0) groups.push({ words, means });
  });
  if (problems.length > 0) throw new SynonymsError(problems);
  return groups;
}

/** A lay phrase from the map, as words, with the group it belongs to. */
export interface SynonymPhrase {
  tokens: string[];
  group: number;
}

/**
 * Lookup from a phrase's first word to the phrases that start with it, longest first, so the
 * expander can match "morphine pump" before "morphine".
 */
export function phraseLookup(groups: readonly SynonymGroup[]): Map<string, SynonymPhrase[]> {
  const lookup = new Map<string, SynonymPhrase[]>();
  groups.forEach((group, index) => {
    for (const phrase of group.words) {
      const tokens = phrase.split(' ');
      const first = tokens[0]!;
      const list = lookup.get(first) ?? [];
      if (!list.some((p) => p.group === index && p.tokens.join(' ') === phrase)) list.push({ tokens, group: index });
      lookup.set(first, list);
    }
  });
  for (const list of lookup.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return lookup;
}
