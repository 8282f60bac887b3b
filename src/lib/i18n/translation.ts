/**
 * Rules for translated content (content/es/… mirrors content/…). A translation is a full copy of
 * its English file with only the reader-facing words changed, plus a `translation` block that
 * records which English version it was made from. These pure functions check that promise
 * (same structure, same ids, sources, levels, numbers, citations and headings) and lay the
 * translated words over the English data, so nothing but words can ever differ between languages.
 */
import { createHash } from 'node:crypto';

/** Keys whose values are never translated: ids, links, enums, sources, dates, flags and the SURE letters. */
const FIXED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'sources',
  'source',
  'relatedQuestions',
  'questionIds',
  // The SURE letters (content/decision/sure.yaml) are the instrument's name in every language.
  'letter',
  'section',
  'order',
  'level',
  'core',
  'appliesTo',
  'kind',
  'gridRow',
  'shows',
  'pain',
  'strength',
  'group',
  'correct',
  'whileYouWait',
  'crisisLine',
  'lastReviewed',
  'nextReview',
  'reviewedBy',
  'href',
  'url',
  'year',
  'starter',
  'affected',
]);

/**
 * Sources are English documents: their title and publisher stay as published; only our note about
 * the source is translated.
 */
export const SOURCE_FIXED_KEYS: ReadonlySet<string> = new Set([...FIXED_KEYS, 'title', 'publisher', 'kind']);

/** Lists a translation writes freely (other names and misspellings differ by language). */
const FREE_LIST_KEYS: ReadonlySet<string> = new Set(['aliases', 'misspellings']);

/** The `translation` block of a translated file. */
export interface TranslationMeta {
  /** Version hash of the English file this was translated from (see versionHash). */
  from: string;
  /** When that English version was translated. */
  date: Date;
  /** Whether a medical translator has reviewed the translation. */
  reviewed: boolean;
  /** Who reviewed it, when reviewed. */
  reviewedBy?: string | undefined;
}

/** An English file's version: the first 12 hex characters of the SHA-256 of its bytes. */
export function versionHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** A translation is stale when its English file has changed since it was translated. */
export function isStale(meta: Pick<TranslationMeta, 'from'>, englishHash: string): boolean {
  return meta.from !== englishHash;
}

/**
 * Where a translated value differs from its English one in anything but words: a missing or extra
 * key, a list of another length, or a changed id, source, level, number, date or flag.
 * Returns one message per difference, naming the path (`questions[2].correct`).
 */
export function structureProblems(
  english: unknown,
  translated: unknown,
  path = '',
  key = '',
  fixed: ReadonlySet<string> = FIXED_KEYS,
): string[] {
  const at = path || '(top)';
  if (FREE_LIST_KEYS.has(key)) {
    return Array.isArray(translated) && translated.every((item) => typeof item === 'string')
      ? []
      : [`${at}: must be a list of words`];
  }
  if (typeof english === 'string') {
    if (fixed.has(key))
      return english === translated ? [] : [`${at}: must stay "${english}" (found ${JSON.stringify(translated)})`];
    return typeof translated === 'string' && translated.trim() !== '' ? [] : [`${at}: needs translated text`];
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) return [`${at}: must be a list`];
    if (translated.length !== english.length)
      return [`${at}: must have ${english.length} items (found ${translated.length})`];
    return english.flatMap((item, i) => structureProblems(item, translated[i], `${path}[${i}]`, key, fixed));
  }
  if (english instanceof Date) {
    const same = translated instanceof Date ? translated.getTime() === english.getTime() : sameDay(english, translated);
    return same ? [] : [`${at}: must stay ${english.toISOString().slice(0, 10)}`];
  }
  if (english && typeof english === 'object') {
    if (!translated || typeof translated !== 'object' || Array.isArray(translated)) return [`${at}: must be a map`];
    const englishKeys = Object.keys(english);
    const extra = Object.keys(translated).filter(
      (k) => k !== 'translation' && !FREE_LIST_KEYS.has(k) && !(k in english),
    );
    return [
      ...extra.map((k) => `${join(path, k)}: not in the English file`),
      ...Object.keys(translated)
        .filter((k) => FREE_LIST_KEYS.has(k) && !(k in english))
        .flatMap((k) => structureProblems([], (translated as Record<string, unknown>)[k], join(path, k), k, fixed)),
      ...englishKeys.flatMap((k) =>
        k in translated
          ? structureProblems(
              (english as Record<string, unknown>)[k],
              (translated as Record<string, unknown>)[k],
              join(path, k),
              k,
              fixed,
            )
          : [`${join(path, k)}: missing`],
      ),
    ];
  }
  return Object.is(english, translated)
    ? []
    : [`${at}: must stay ${JSON.stringify(english)} (found ${JSON.stringify(translated)})`];
}

/**
 * The English data with the translated words laid over it: every string under a translatable key
 * (and the free word lists) comes from the translation; everything else, including parsed dates
 * and defaults, stays English. Call only after structureProblems found nothing.
 */
export function overlayTranslation<T>(english: T, translated: unknown, key = ''): T {
  if (FREE_LIST_KEYS.has(key) && Array.isArray(translated)) return translated as T;
  if (typeof english === 'string') {
    return (!FIXED_KEYS.has(key) && typeof translated === 'string' ? translated : english) as T;
  }
  if (Array.isArray(english)) {
    return english.map((item, i) =>
      overlayTranslation(item, Array.isArray(translated) ? translated[i] : undefined, key),
    ) as T;
  }
  if (english && typeof english === 'object' && !(english instanceof Date)) {
    const source = (translated && typeof translated === 'object' ? translated : {}) as Record<string, unknown>;
    // Word lists the English leaves out (a glossary term with no misspellings) may still have
    // entries in another language.
    const addedLists = Object.keys(source).filter(
      (k) => FREE_LIST_KEYS.has(k) && !(k in english) && Array.isArray(source[k]),
    );
    return Object.fromEntries([
      ...Object.entries(english).map(([k, value]) => [k, overlayTranslation(value, source[k], k)]),
      ...addedLists.map((k) => [k, source[k]]),
    ]) as T;
  }
  return english;
}

/**
 * Where a translated MDX body differs from the English in more than words: its numbers, citations,
 * glossary terms, warning-sign boxes, links and heading outline must all be the same.
 */
export function bodyProblems(englishBody: string, translatedBody: string): string[] {
  const problems: string[] = [];
  // Each number, source, term and link must appear at least once in both (a sentence may be split
  // or joined in translation); the warning-sign boxes must be exactly the same.
  const compare = (what: string, english: string[], translated: string[], exact = false) => {
    const [a, b] = exact ? [english, translated] : [[...new Set(english)], [...new Set(translated)]];
    const missing = difference(a, b);
    const extra = difference(b, a);
    if (missing.length > 0 || extra.length > 0) {
      problems.push(
        `${what} differ from the English:` +
          (missing.length > 0 ? ` missing ${missing.join(', ')}` : '') +
          (extra.length > 0 ? `${missing.length > 0 ? ';' : ''} not in the English ${extra.join(', ')}` : ''),
      );
    }
  };
  compare('numbers', numbersIn(englishBody), numbersIn(translatedBody));
  compare(
    'citations',
    matches(englishBody, /<Cite\s+id="([^"]+)"/g).flatMap(splitIds),
    matches(translatedBody, /<Cite\s+id="([^"]+)"/g).flatMap(splitIds),
  );
  compare(
    'glossary terms',
    matches(englishBody, /<Term\s+id="([^"]+)"/g),
    matches(translatedBody, /<Term\s+id="([^"]+)"/g),
  );
  compare(
    'warning-sign boxes',
    matches(englishBody, /(<WarningSigns\b[^>]*\/>)/g),
    matches(translatedBody, /(<WarningSigns\b[^>]*\/>)/g),
    true,
  );
  compare('links', matches(englishBody, /\]\(([^)\s]+)\)/g), matches(translatedBody, /\]\(([^)\s]+)\)/g));
  const labels = (body: string) => proseLines(body).filter((line) => /^\*\*[^*:]{1,60}:\*\*/.test(line)).length;
  if (labels(englishBody) !== labels(translatedBody)) {
    problems.push(
      `bold "Label:" headings differ from the English: ${labels(englishBody)} in English, ${labels(translatedBody)} here`,
    );
  }
  const englishOutline = headingLevels(englishBody).join(' ');
  const translatedOutline = headingLevels(translatedBody).join(' ');
  if (englishOutline !== translatedOutline) {
    problems.push(
      `headings differ from the English: levels ${englishOutline || '(none)'} in English, ${translatedOutline || '(none)'} here`,
    );
  }
  return problems;
}

/** The heading levels of an MDX body in order (2 for `##`), outside code blocks. */
export function headingLevels(body: string): number[] {
  return proseLines(body).flatMap((line) => {
    const match = /^(#{1,6})\s+\S/.exec(line);
    return match ? [match[1]!.length] : [];
  });
}

function proseLines(body: string): string[] {
  let inCode = false;
  return body.split('\n').filter((line) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    return !inCode;
  });
}

/** Every number written with digits, outside component attributes and links (1, 10,000, 2.5, 2011). */
function numbersIn(body: string): string[] {
  const text = body
    .replace(/<[A-Z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[^}]*\}/g, ' ');
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]$/, ''));
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

function splitIds(ids: string): string[] {
  return ids
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Items of `a` not matched one-for-one in `b` (a multiset difference), sorted, duplicates kept. */
function difference(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  const out: string[] = [];
  for (const item of a) {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    else out.push(item);
  }
  return [...new Set(out)].sort();
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function sameDay(date: Date, other: unknown): boolean {
  return typeof other === 'string' && other.slice(0, 10) === date.toISOString().slice(0, 10);
}
