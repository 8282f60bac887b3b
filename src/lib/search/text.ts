/**
 * Text helpers shared by the index builder (at build time) and the search engine (in the browser).
 * Pure functions: no DOM, no Astro.
 */

/**
 * Words that carry no meaning in a patient's question ("can I have an MRI with a pump" → "mri pump").
 * Kept short on purpose: "often", "long", "cost", "pain" and similar words DO carry meaning here.
 */
const ENGLISH_STOP_WORDS =
  'a about after all also am an and any are as at be been before being but by can could did do does ' +
  'doing done for from get gets getting got had has have having he her hers him his how i if in into is ' +
  'it its itself just me might more most much must my myself need needs no nor not of off on once only ' +
  'or other our out over own same she should so some such than that the their them then there these ' +
  'they this those through to too under until up very was we were what when where which while who whom ' +
  'why will with would you your yours yourself im ive id dont doesnt cant isnt whats thing things ' +
  'really please tell know want like one ok okay';

/**
 * The same for Spanish questions ("¿puedo hacerme una resonancia con la bomba?" → "resonancia
 * bomba"), written without accents because queries are folded before they are compared.
 */
const SPANISH_STOP_WORDS =
  'a al algo alguien algun alguna algunas alguno algunos ante antes aqui asi aun cada como con contra cual ' +
  'cuales cuando de del desde donde dos e el ella ellas ello ellos en entre era es esa esas ese eso esos esta ' +
  'estan estar estas este esto estos estoy fue ha hace hacer hay la las le les lo los mas me mi mis mucho muy ' +
  'nada ni no nos nosotros o otra otro para pero poco por porque puede pueden puedo que quien se sea ser si ' +
  'sin sobre son su sus tambien tan tener tengo tiene tienen todo todos tu tus un una unas uno unos usted ' +
  'ustedes y ya yo debo debe hago';

/**
 * Both languages' stop words in one set: each index holds one language, and a word that means
 * nothing in one language ("con", "del", "una") is not a search word in the other either.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH_STOP_WORDS} ${SPANISH_STOP_WORDS}`.split(' '));

/**
 * Lower case without accents, one character for one character (for text in the usual composed
 * form), so a position found in the folded text is the same position in the original: "magnética"
 * and "magnetica" match, and the match can still be highlighted in the accented text.
 */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00c0-\u024f]/g, (letter) => letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || letter);
}

/** Lower-cases, folds accents and curly quotes, and keeps letters, digits, spaces and hyphens. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, normalized (hyphenated words stay whole: "intra-thecal"). */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized ? normalized.split(' ') : [];
}

const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_WORD = /[a-z0-9]+(?:-+[a-z0-9]+)*/g;

/**
 * The same words as `tokenize`, faster for plain ASCII text (most of the index), which it reads with
 * one regular expression instead of Unicode normalization. Used when the index loads.
 */
export function tokenizeFast(text: string): string[] {
  if (NON_ASCII.test(text)) return tokenize(text);
  return text.toLowerCase().replace(/'/g, '').match(ASCII_WORD) ?? [];
}

/** The words of a text without stop words. */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((word) => !STOP_WORDS.has(word));
}

/** Collapses runs of white space to one space and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts a text to at most `max` characters at a word boundary and adds "…" when it was cut.
 * Used for snippets, so the cut never splits a word.
 */
export function trimToWords(text: string, max: number): string {
  const clean = squashSpaces(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > 0 ? cut.slice(0, lastSpace) : clean.slice(0, max)).replace(/[\s,;:.-]+$/, '');
  return `${head}…`;
}

/**
 * The anchor github-slugger (and so Astro) makes from a heading, without the "-1" suffix it adds to a
 * repeated heading. The index builder checks it against the real anchor and stores the anchor
 * itself whenever the two differ, so a mismatch costs bytes, never a broken link.
 */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}
