/**
 * Keeps the word list honest: "Also called" (a glossary entry's `aliases`) must hold only real other
 * names with the same meaning. Misspellings help search, but they belong in `misspellings`, which
 * search uses and the word list never shows. Pure, so it is unit-tested without Astro; checkContent
 * runs it on every build.
 */
import type { ContentProblem } from './problems';

export interface CheckedGlossaryNames {
  /** Id of the entry (its file name), for messages. */
  id: string;
  /** Path of the file, relative to the project, for messages. */
  filePath?: string | undefined;
  /** The word as the glossary shows it. */
  term?: string | undefined;
  /** Names shown as "Also called". */
  aliases?: readonly string[] | undefined;
}

/**
 * Misspellings people type that look like no other name in their entry, so the closeness test below
 * would miss them. Lower case. Add to this list when search logs or readers show a new one.
 */
export const KNOWN_MISSPELLINGS: ReadonlySet<string> = new Set([
  'anticoagulent',
  'baclophen',
  'baclofin',
  'backlofen',
  'bolis',
  'bupivicaine',
  'bupivacain',
  'bupivacane',
  'cathater',
  'cathetar',
  'catheder',
  'cathiter',
  'cerebral spinal fluid',
  'clonodine',
  'clonadine',
  'clonidin',
  'edemia',
  'epideral',
  'epidoral',
  'fentanil',
  'fentynal',
  'fentanol',
  'phentanyl',
  'higroma',
  'hydromorphine',
  'hydromorfone',
  'hydromorphon',
  'hypogonadisim',
  'intrathecle',
  'intrathecial',
  'inthrathecal',
  'licenced',
  'meningitus',
  'menengitis',
  'morphene',
  'morphin',
  'morfine',
  'opiod',
  'opoid',
  'over dose',
  'pallative care',
  'refil port',
  'spacticity',
  'spasticty',
  'spasicity',
  'spinal chord',
  'spinal stenossis',
  'unlicenced',
  'withdrawl',
  'withdrawel',
  'ziconitide',
  'zyconotide',
  'ziconotid',
  'ziconatide',
]);

/**
 * British and American spellings of the same word (both are real), folded to one form only to
 * compare names. Order matters: longer patterns first.
 */
const SPELLING_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/aesth/g, 'esth'],
  [/oe(?=d|s|ph)/g, 'e'], // oedema, oesophagus
  [/our(?=s|al|$)/g, 'or'], // behaviour, behavioural
  [/is(e|ed|es|ing|ation)(?=$| )/g, 'iz$1'], // randomised
  [/sulph/g, 'sulf'],
  [/coel/g, 'cel'],
  [/ll(?=ing|ed)/g, 'l'], // trialling
  [/amme(?=$| )/g, 'am'], // programme
];

/** Endings that make another form of the same word: plural, adjective, anesthetic/anesthesia, titrate/titrating/titration, stimulator/stimulation. */
const WORD_FORM_ENDINGS = ['es', 's', 'al', 'tic', 'sia', 'ic', 'ia', 'ion', 'or', 'ing', 'e'];

/** Lower case, one spelling for British/American pairs, no spaces, hyphens or punctuation. */
function foldName(name: string): string {
  let folded = name.toLowerCase();
  for (const [pattern, replacement] of SPELLING_FOLDS) folded = folded.replace(pattern, replacement);
  return folded.replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when two names are the same word written another real way (spacing, hyphen, plural, UK/US). */
export function isSameWordForm(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  const stems = (s: string) => [s, ...WORD_FORM_ENDINGS.filter((e) => s.endsWith(e)).map((e) => s.slice(0, -e.length))];
  const stemsA = stems(fa);
  return stems(fb).some((s) => s.length >= 4 && stemsA.includes(s));
}

/** Levenshtein distance (insertions, deletions and substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Shortest folded name compared for closeness; shorter names differ by 1-2 letters on purpose. */
const MIN_COMPARED_LENGTH = 6;
/** An abbreviation (two or more capitals, e.g. "MRI", "myPTM") is its own name, not a misspelling. */
const ABBREVIATION = /\p{Lu}\p{Lu}/u;

/**
 * Why an alias looks like a misspelling of another name in the same entry, or undefined when it
 * looks like a real other name.
 */
export function misspellingReason(alias: string, otherNames: readonly string[]): string | undefined {
  if (KNOWN_MISSPELLINGS.has(alias.trim().toLowerCase())) return 'it is on the list of known misspellings';
  if (ABBREVIATION.test(alias)) return undefined;
  const folded = foldName(alias);
  if (folded.length < MIN_COMPARED_LENGTH) return undefined;
  for (const other of otherNames) {
    if (isSameWordForm(alias, other)) continue;
    const foldedOther = foldName(other);
    // A misspelling nearly always keeps the first letter; names that start differently
    // (Gablofen and Baclofen) are different words. The explicit list catches the rest.
    if (foldedOther[0] !== folded[0]) continue;
    const distance = editDistance(folded, foldedOther);
    if (distance >= 1 && distance <= 2) {
      return `it differs from "${other}" by only ${distance} letter${distance === 1 ? '' : 's'}`;
    }
  }
  return undefined;
}

/** Problems with the names shown as "Also called" in the word list. */
export function checkGlossaryAliases(entries: readonly CheckedGlossaryNames[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const aliases = entry.aliases ?? [];
    const names = [entry.term ?? entry.id, ...aliases];
    aliases.forEach((alias, index) => {
      const others = names.filter((_, i) => i !== index + 1);
      const reason = misspellingReason(alias, others);
      if (reason) {
        problems.push({
          file: entry.filePath,
          message:
            `Glossary term "${entry.id}": the alias "${alias}" looks like a misspelling (${reason}). ` +
            'The word list shows aliases as "Also called", so list only real other names there. ' +
            `Move "${alias}" to "misspellings:" (search uses it, the word list does not show it), ` +
            'or, if it is a real other name, write it differently or ask a developer to update src/lib/content/glossary-checks.ts.',
        });
      }
    });
  }
  return problems;
}
