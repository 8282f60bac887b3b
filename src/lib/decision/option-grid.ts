/**
 * The option grid (Option Grid shape: rows are the questions patients ask, columns are the
 * options) as the page renders it, plus the checks that keep it fair.
 *
 * Pure module: it takes the parsed content of content/decision/option-grid.yaml and returns
 * plain data or plain-language problems. The decision page stops the build on any problem.
 */
import type { CitedParagraph, GridCell, OptionGridContent } from '../content/schema/decision';
import type { ContentProblem } from '../content/problems';
import { bannedPhrasesIn } from '../content/banned-phrases';

/** Id of the "keep my current care" column. IPDAS Q3 and NICE: it must always be an option. */
export const KEEP_CURRENT_CARE_ID = 'keep-current-care';

/**
 * Equal detail (IPDAS C1): every cell says something real, and no option gets far more words
 * than another. The limits are generous on purpose; they catch an empty-looking column or one
 * option written up at length, not ordinary differences in what is known.
 */
const EQUAL_DETAIL = {
  /** Fewest words a cell may have ("Not known: ..." counts). */
  minCellWords: 8,
  /** Most words a cell may have: a grid cell is read at a glance. */
  maxCellWords: 60,
  /** A column's total words must be at least this share of the longest column's total. */
  minColumnShare: 0.5,
} as const;

/** One cell as rendered: in the same column order as the options. */
interface GridCellView {
  optionId: string;
  optionLabel: string;
  text?: string | undefined;
  notKnown?: string | undefined;
  sources: string[];
}

interface GridRowView {
  id: string;
  question: string;
  cells: GridCellView[];
}

export interface OptionGridModel {
  options: OptionGridContent['options'];
  rows: GridRowView[];
}

/** Counts words the way a reader would (letters or digits with inner hyphens or apostrophes). */
export function wordCount(text: string | undefined): number {
  if (!text) return 0;
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

function cellWords(cell: GridCell): number {
  return wordCount(cell.text) + wordCount(cell.notKnown);
}

/**
 * The grid in render order. Call after checkOptionGrid found no problems: a missing cell here
 * throws, because the page must never show an empty cell.
 */
export function buildOptionGrid(grid: OptionGridContent): OptionGridModel {
  return {
    options: grid.options,
    rows: grid.rows.map((row) => ({
      id: row.id,
      question: row.question,
      cells: grid.options.map((option) => {
        const cell = row.cells[option.id];
        if (!cell) throw new Error(`Option grid row "${row.id}" has no cell for "${option.id}".`);
        return {
          optionId: option.id,
          optionLabel: option.label,
          text: cell.text,
          notKnown: cell.notKnown,
          sources: cell.sources,
        };
      }),
    })),
  };
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

function unknownSources(ids: string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id) => !known.has(id));
}

function paragraphProblems(
  paragraphs: CitedParagraph[],
  field: string,
  sourceIds: ReadonlySet<string>,
  file: string | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const id of unknownSources(paragraph.sources, sourceIds)) {
      problems.push({ file, message: `${field}[${index}] cites "${id}", but there is no content/sources/${id}.yaml.` });
    }
    for (const phrase of bannedPhrasesIn(paragraph.text)) {
      problems.push({ file, message: `${field}[${index}] uses "${phrase}". Use plain, neutral words instead.` });
    }
  });
  return problems;
}

/**
 * Every check the grid must pass before the page is built. Returns problems in words an author
 * can act on; an empty list means the grid is complete and fair by these rules.
 */
export function checkOptionGrid(
  grid: OptionGridContent,
  sourceIds: ReadonlySet<string>,
  file?: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (message: string) => problems.push({ file, message });

  const optionIds = grid.options.map((o) => o.id);
  for (const id of duplicates(optionIds)) add(`Two options have the id "${id}". Each column needs its own id.`);
  for (const id of duplicates(grid.rows.map((r) => r.id)))
    add(`Two rows have the id "${id}". Each row needs its own id.`);
  if (optionIds[0] !== KEEP_CURRENT_CARE_ID) {
    add(
      `The first option must be "${KEEP_CURRENT_CARE_ID}" (keep my current care). Staying with current care is always a real option.`,
    );
  }

  const columnWords = new Map<string, number>(optionIds.map((id) => [id, 0]));
  for (const row of grid.rows) {
    for (const optionId of optionIds) {
      const cell = row.cells[optionId];
      if (!cell) {
        add(
          `Row "${row.id}" has no cell for option "${optionId}". Every option needs an answer; write "notKnown" if we do not know.`,
        );
        continue;
      }
      const words = cellWords(cell);
      columnWords.set(optionId, (columnWords.get(optionId) ?? 0) + words);
      if (words < EQUAL_DETAIL.minCellWords) {
        add(
          `Row "${row.id}", option "${optionId}" has only ${words} words. Give at least ${EQUAL_DETAIL.minCellWords}, so every option gets the same care.`,
        );
      }
      if (words > EQUAL_DETAIL.maxCellWords) {
        add(
          `Row "${row.id}", option "${optionId}" has ${words} words. Keep cells to ${EQUAL_DETAIL.maxCellWords} or fewer; put detail in the guide and link to it.`,
        );
      }
      for (const id of unknownSources(cell.sources, sourceIds)) {
        add(`Row "${row.id}", option "${optionId}" cites "${id}", but there is no content/sources/${id}.yaml.`);
      }
      for (const phrase of bannedPhrasesIn(`${cell.text ?? ''} ${cell.notKnown ?? ''}`)) {
        add(`Row "${row.id}", option "${optionId}" uses "${phrase}". Use plain, neutral words instead.`);
      }
    }
    for (const optionId of Object.keys(row.cells)) {
      if (!optionIds.includes(optionId)) {
        add(`Row "${row.id}" has a cell for "${optionId}", which is not one of the options (${optionIds.join(', ')}).`);
      }
    }
  }

  const longest = Math.max(...columnWords.values());
  for (const [optionId, words] of columnWords) {
    if (longest > 0 && words < longest * EQUAL_DETAIL.minColumnShare) {
      add(
        `Option "${optionId}" has ${words} words in all, less than half of the longest option (${longest}). Give every option the same level of detail.`,
      );
    }
  }

  problems.push(...paragraphProblems(grid.problem, 'problem', sourceIds, file));
  problems.push(...paragraphProblems(grid.cancerNote, 'cancerNote', sourceIds, file));
  return problems;
}

/** Total words per option, in option order (reported in docs and tests). */
export function columnWordCounts(grid: OptionGridContent): Array<{ optionId: string; words: number }> {
  return grid.options.map((option) => ({
    optionId: option.id,
    words: grid.rows.reduce((sum, row) => sum + (row.cells[option.id] ? cellWords(row.cells[option.id]!) : 0), 0),
  }));
}

/** Source ids of the grid in reading order (problem, then row by row, then the cancer note), without repeats. */
export function gridSourceOrder(grid: OptionGridContent): string[] {
  const ids = [
    ...grid.problem.flatMap((p) => p.sources),
    ...grid.rows.flatMap((row) => grid.options.flatMap((option) => row.cells[option.id]?.sources ?? [])),
    ...grid.cancerNote.flatMap((p) => p.sources),
  ];
  return [...new Set(ids)];
}
