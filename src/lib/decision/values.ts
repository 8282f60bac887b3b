/**
 * "What matters to you": the rating scale, cleaning saved answers, and the summary of the
 * person's top priorities.
 *
 * The summary only ever talks about the person's own statements. It never scores, ranks or
 * names an option, and never suggests one (IPDAS QC9, docs/ipdas.md): the person
 * and their care team weigh the options together.
 *
 * Pure module: no DOM, no storage, no astro:*.
 */
import { KEBAB_ID_PATTERN } from '../content/ids';

/** The rating scale, from "not important" (0) to "very important" (3); its words: tools.decide.ratings. */
export const RATINGS = [0, 1, 2, 3] as const;
export type Rating = (typeof RATINGS)[number];

/** A person's answers: statement id → rating. Statements not yet answered are absent. */
export type ValueAnswers = Record<string, Rating>;

/** The parts of a statement this module needs. */
export interface StatementLike {
  id: string;
  text: string;
  gridRow?: string | undefined;
}

/** True when the value is one of the ratings. */
function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && (RATINGS as readonly number[]).includes(value);
}

/**
 * Keeps only well-formed answers (kebab-case id, a rating from the scale) from untrusted data,
 * such as a value read back from storage. Returns the answers and how many entries were dropped.
 */
export function sanitizeValueAnswers(raw: unknown): { answers: ValueAnswers; dropped: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { answers: {}, dropped: raw == null ? 0 : 1 };
  const answers: ValueAnswers = {};
  let dropped = 0;
  for (const [id, rating] of Object.entries(raw)) {
    if (KEBAB_ID_PATTERN.test(id) && id.length <= 80 && isRating(rating)) answers[id] = rating;
    else dropped += 1;
  }
  return { answers, dropped };
}

/** Sets one answer, returning a new object (the old one is not changed). */
export function withRating(answers: ValueAnswers, id: string, rating: Rating): ValueAnswers {
  return { ...answers, [id]: rating };
}

/** A statement with the person's rating, for the summary. */
interface RatedStatement {
  id: string;
  text: string;
  rating: Rating;
  gridRow?: string | undefined;
}

/** The person's priorities, grouped by their own ratings. */
export interface PrioritySummary {
  /** How many of the statements have an answer. */
  answered: number;
  total: number;
  /**
   * What matters most: the statements with the highest rating given, when that rating is at least
   * "quite important". Empty when nothing was rated that high.
   */
  top: RatedStatement[];
  /** The other statements rated "quite important" or "very important". */
  alsoImportant: RatedStatement[];
  /** Statements rated "not important" or "a little important". */
  lessImportant: RatedStatement[];
  /** Grid row ids linked to the top statements, without repeats, in statement order. */
  rowsToLookAt: string[];
}

/** Lowest rating that can count as a priority. */
const PRIORITY_FLOOR: Rating = 2;

/**
 * Summarises the answers as the person's priorities, in the order the statements are listed
 * (never re-ordered by anything but the person's own ratings). Answers for statements that no
 * longer exist are ignored.
 */
export function summarizePriorities(statements: StatementLike[], answers: ValueAnswers): PrioritySummary {
  const rated: RatedStatement[] = [];
  for (const statement of statements) {
    const rating = answers[statement.id];
    if (rating === undefined) continue;
    rated.push({
      id: statement.id,
      text: statement.text,
      rating,
      gridRow: statement.gridRow,
    });
  }
  const highest = rated.reduce<number>((max, s) => Math.max(max, s.rating), -1);
  const top = highest >= PRIORITY_FLOOR ? rated.filter((s) => s.rating === highest) : [];
  const topIds = new Set(top.map((s) => s.id));
  const alsoImportant = rated.filter((s) => s.rating >= PRIORITY_FLOOR && !topIds.has(s.id));
  const lessImportant = rated.filter((s) => s.rating < PRIORITY_FLOOR);
  const rowsToLookAt = [...new Set(top.flatMap((s) => (s.gridRow ? [s.gridRow] : [])))];
  return { answered: rated.length, total: statements.length, top, alsoImportant, lessImportant, rowsToLookAt };
}
