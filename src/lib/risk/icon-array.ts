/**
 * Icon arrays ("100 people" pictures): geometry and the words that go with them.
 *
 * Pure module (no DOM, no astro:*): the IconArray component draws what these functions return,
 * so the picture and its text alternative always come from the same numbers.
 *
 * Design rules (IPDAS QC5-QC8, CDC Clear Communication Index, WCAG 1.1.1 and 1.4.1):
 * - always 100 figures in a 10 x 10 grid, so every picture on the site has the same denominator;
 * - the figures with the outcome are drawn first, in reading order (left to right, top to bottom),
 *   because grouped figures are easier to count than scattered ones;
 * - figures with the outcome are solid, the others are outlines: the difference never rests on
 *   colour alone;
 * - the text alternative states the numbers in words, the same way the caption does.
 */
import { site as englishSite } from '../../i18n/en/site';
import type { SiteStrings } from '../../i18n';
import type { RiskPicture } from '../content/schema/decision';

/** The sentences around the numbers, in the page's language (src/i18n/<lang>/site.ts `iconArray`). */
type IconArrayPhrases = SiteStrings['iconArray'];

/** Every picture shows this many figures: one denominator across the whole site. */
export const ICON_ARRAY_TOTAL = 100;
/** Figures per row. */
export const ICON_ARRAY_COLUMNS = 10;
/** Size of one figure's square in SVG user units (the picture scales to its box). */
export const ICON_CELL_SIZE = 20;

/**
 * Why a number cannot be drawn as a 100-figure picture, in words an author can act on,
 * or null when it can. Only whole numbers from 0 to 100 can be drawn: a picture cannot show
 * 2.4 people. Round in the content first (and say "about"), or show the number in words only.
 */
export function iconArrayProblem(affected: number): string | null {
  if (!Number.isFinite(affected)) return `"${affected}" is not a number.`;
  if (!Number.isInteger(affected)) {
    return `${affected} is not a whole number. A picture of 100 people can only show whole people: round it (and write "about"), or give the number in words only.`;
  }
  if (affected < 0 || affected > ICON_ARRAY_TOTAL) {
    return `${affected} is outside 0 to ${ICON_ARRAY_TOTAL}. Icon arrays show "N out of 100".`;
  }
  return null;
}

/** Throws with the author-facing message when the number cannot be drawn. */
function assertDrawable(affected: number, where = 'IconArray'): void {
  const problem = iconArrayProblem(affected);
  if (problem) throw new Error(`${where}: ${problem}`);
}

/** One rectangle of the grid, tiled with identical figures (solid or outline). */
interface IconRegion {
  x: number;
  y: number;
  width: number;
  height: number;
  affected: boolean;
  /** How many figures the rectangle holds. */
  figures: number;
}

/** A 100-figure picture: its size and the rectangles that draw it. */
export interface IconArrayPicture {
  /** SVG viewBox width and height in user units. */
  width: number;
  height: number;
  affected: number;
  unaffected: number;
  regions: IconRegion[];
}

/**
 * Lays out 100 figures, the `affected` ones first in reading order, as at most four rectangles
 * filled with a repeating figure: full rows of solid figures, the row where solid turns to outline
 * (in two parts), then full rows of outline figures. A few rectangles instead of 100 shapes keeps
 * each picture small.
 */
export function iconArrayPicture(affected: number): IconArrayPicture {
  assertDrawable(affected);
  const cell = ICON_CELL_SIZE;
  const rowWidth = ICON_ARRAY_COLUMNS * cell;
  const totalRows = Math.ceil(ICON_ARRAY_TOTAL / ICON_ARRAY_COLUMNS);
  const fullRows = Math.floor(affected / ICON_ARRAY_COLUMNS);
  const rest = affected % ICON_ARRAY_COLUMNS;
  const region = (x: number, y: number, width: number, height: number, isAffected: boolean): IconRegion => ({
    x,
    y,
    width,
    height,
    affected: isAffected,
    figures: (width / cell) * (height / cell),
  });
  const regions: IconRegion[] = [];
  if (fullRows > 0) regions.push(region(0, 0, rowWidth, fullRows * cell, true));
  if (rest > 0) {
    regions.push(region(0, fullRows * cell, rest * cell, cell, true));
    regions.push(region(rest * cell, fullRows * cell, rowWidth - rest * cell, cell, false));
  }
  const firstOutlineRow = fullRows + (rest > 0 ? 1 : 0);
  if (firstOutlineRow < totalRows) {
    regions.push(region(0, firstOutlineRow * cell, rowWidth, (totalRows - firstOutlineRow) * cell, false));
  }
  return { width: rowWidth, height: totalRows * cell, affected, unaffected: ICON_ARRAY_TOTAL - affected, regions };
}

/**
 * Outline of one person in a 20 x 20 cell: a round head and rounded shoulders.
 * One path (head and body as two sub-paths) so a figure is one shape to draw and to count.
 */
export const PERSON_PATH =
  'M10 1.6a3.6 3.6 0 1 1 0 7.2a3.6 3.6 0 1 1 0-7.2Z' +
  'M4.2 18.6v-4.4a4.4 4.4 0 0 1 4.4-4.4h2.8a4.4 4.4 0 0 1 4.4 4.4v4.4Z';

/** One group in a picture: who they are and how many of 100 had the outcome. */
export interface IconGroup {
  /** For a comparison: "With a pump and medical care". Leave out for a single picture. */
  label?: string | undefined;
  /** How many out of 100 had the outcome (a whole number). */
  affected: number;
}

/** What the picture is about, in the words the caption and text alternative use. */
export interface IconArrayWords {
  /** What each figure stands for, plural: "people", "men", "pump operations". */
  unit: string;
  /** What happened to the solid figures: "had a spinal headache". */
  outcome: string;
  /** What the outline figures stand for: "did not". */
  notOutcome: string;
  /** True (default) when the number is rounded, so the words say "about". */
  approximate?: boolean | undefined;
  /** The sentences in the page's language; English when not given. */
  phrases?: IconArrayPhrases | undefined;
}

function phrasesOf(words: IconArrayWords): IconArrayPhrases {
  return words.phrases ?? englishSite.iconArray;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The main statement for one group, e.g.
 * "About 23 out of 100 pump operations led to a spinal headache."
 * With a label: "With a pump and medical care: about 85 out of 100 people had a small benefit."
 */
export function statementFor(group: IconGroup, words: IconArrayWords): string {
  assertDrawable(group.affected);
  const core = phrasesOf(words).statement(words.approximate !== false, group.affected, words.unit, words.outcome);
  return group.label ? `${group.label}: ${lowerFirst(core)}` : core;
}

/**
 * Text alternative for one group's picture. It states both numbers and which figures are which,
 * so a person who cannot see the picture gets everything it shows.
 */
export function textAlternativeFor(group: IconGroup, words: IconArrayWords): string {
  assertDrawable(group.affected);
  const rest = ICON_ARRAY_TOTAL - group.affected;
  const intro = group.label ? `${group.label}. ` : '';
  const phrases = phrasesOf(words);
  return (
    intro +
    phrases.picture(words.unit) +
    phrases.solid(words.approximate !== false, group.affected, words.outcome) +
    phrases.outline(rest, words.notOutcome)
  );
}

/**
 * Adds the time frame to a statement without saying the same words twice: "… died within 1 year"
 * and "within 1 year of getting the pump" become "… died within 1 year of getting the pump", not
 * "… died within 1 year, within 1 year of getting the pump". Otherwise "statement, time frame".
 */
export function joinTimeFrame(statement: string, when: string): string {
  const said = statement.split(' ');
  const next = when.split(' ');
  // The longest run of words (at least two) that ends the statement and starts the time frame.
  for (let length = Math.min(said.length, next.length); length >= 2; length -= 1) {
    const tail = said.slice(-length).join(' ').toLowerCase();
    if (tail === next.slice(0, length).join(' ').toLowerCase()) {
      const rest = next.slice(length).join(' ');
      return rest ? `${statement} ${rest}` : statement;
    }
  }
  return `${statement}, ${when}`;
}

/**
 * The whole picture in one sentence or two, for the caption. A comparison names both groups with
 * the same denominator and the same time frame, so no one has to do a sum.
 */
export function captionStatement(groups: IconGroup[], words: IconArrayWords, timeFrame: string): string {
  if (groups.length === 0 || groups.length > 2) {
    throw new Error(`IconArray: give one group, or two to compare (got ${groups.length}).`);
  }
  const when = lowerFirst(timeFrame.replace(/\.$/, ''));
  if (groups.length === 1) {
    const [only] = groups as [IconGroup];
    return joinTimeFrame(statementFor(only, words).replace(/\.$/, ''), when) + '.';
  }
  const [first, second] = groups as [IconGroup, IconGroup];
  return `${statementFor(first, words)} ${statementFor(second, words)} ${phrasesOf(words).both(words.unit, when)}`;
}

/**
 * The IconArray component's attributes for a picture of the decision aid
 * (content/decision/risk-pictures.yaml): the same attributes an author writes in a topic page.
 */
export function iconArrayAttributes(picture: RiskPicture) {
  const [first, second] = picture.groups;
  // The schema asks for one or two groups; this only guards the type.
  if (!first) throw new Error(`Risk picture "${picture.id}" has no group.`);
  return {
    id: `picture-${picture.id}`,
    title: picture.title,
    affected: first.affected,
    label: first.label,
    compareAffected: second?.affected,
    compareLabel: second?.label,
    unit: picture.unit,
    outcome: picture.outcome,
    notOutcome: picture.notOutcome,
    who: picture.who,
    timeFrame: picture.timeFrame,
    strength: picture.strength,
    why: picture.why,
    note: picture.note,
    sources: picture.sources.join(','),
  };
}
