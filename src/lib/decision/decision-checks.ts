/**
 * Cross-entry checks for the decision aid's content (content/decision/): every source id exists,
 * values statements point at real grid rows and never name an option, pictures can be drawn, and
 * the SURE file has the four items in order, offering only questions the bank has. The decision
 * page stops the build with these messages, the same way src/lib/content/content-checks.ts does
 * for the guide.
 */
import { iconArrayProblem } from '../risk/icon-array';
import { checkReferences } from '../content/content-checks';
import type { OptionGridContent, RiskPicturesContent, SureContent, ValuesContent } from '../content/schema/decision';
import { checkOptionGrid, gridSourceOrder } from './option-grid';
import { bannedPhrasesIn } from '../content/banned-phrases';
import type { ContentProblem } from '../content/problems';
import { sureItemsProblem } from './sure';

export interface DecisionContentForChecks {
  grid?: OptionGridContent | undefined;
  values?: ValuesContent | undefined;
  pictures?: RiskPicturesContent | undefined;
  sure?: SureContent | undefined;
  /** File paths for messages. */
  files: {
    grid?: string | undefined;
    values?: string | undefined;
    pictures?: string | undefined;
    sure?: string | undefined;
  };
  sourceIds: ReadonlySet<string>;
  /** Ids of the question bank (content/questions/), for the questions the SURE items offer. */
  questionIds: ReadonlySet<string>;
}

/** Words that would turn a values statement into a vote for an option. */
const OPTION_WORDS = ['pump', 'stimulator', 'implant'];

/** Runs every check. An empty list means the decision content is complete and consistent. */
export function checkDecisionContent(content: DecisionContentForChecks): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { grid, values, pictures, files } = content;

  if (!grid)
    problems.push({ message: 'content/decision/ needs a file with kind: option-grid (the options side by side).' });
  if (!values)
    problems.push({
      message: 'content/decision/ needs a file with kind: values (the "what matters to you" statements).',
    });
  if (!pictures)
    problems.push({ message: 'content/decision/ needs a file with kind: risk-pictures (the "100 people" pictures).' });
  if (!content.sure)
    problems.push({ message: 'content/decision/ needs a file with kind: sure (the four SURE questions).' });

  if (grid) problems.push(...checkOptionGrid(grid, content.sourceIds, files.grid));

  if (values) {
    const rowIds = new Set(grid?.rows.map((r) => r.id) ?? []);
    const optionLabels = grid?.options.map((o) => o.label.toLowerCase()) ?? [];
    const seen = new Set<string>();
    for (const statement of values.statements) {
      const where = `Statement "${statement.id}"`;
      if (seen.has(statement.id))
        problems.push({ file: files.values, message: `${where} appears twice. Each statement needs its own id.` });
      seen.add(statement.id);
      if (statement.gridRow && grid && !rowIds.has(statement.gridRow)) {
        problems.push({
          file: files.values,
          message: `${where} points at grid row "${statement.gridRow}", which is not a row of the option grid.`,
        });
      }
      const lower = statement.text.toLowerCase();
      const named = [...optionLabels, ...OPTION_WORDS].filter((word) => lower.includes(word));
      if (named.length > 0) {
        problems.push({
          file: files.values,
          message: `${where} names an option ("${named[0]}"). Statements say what matters to the person, never which option to pick.`,
        });
      }
      for (const phrase of bannedPhrasesIn(statement.text)) {
        problems.push({ file: files.values, message: `${where} uses "${phrase}". Use plain, neutral words instead.` });
      }
    }
  }

  if (pictures) {
    const seen = new Set<string>();
    for (const picture of pictures.pictures) {
      const where = `Picture "${picture.id}"`;
      if (seen.has(picture.id))
        problems.push({ file: files.pictures, message: `${where} appears twice. Each picture needs its own id.` });
      seen.add(picture.id);
      for (const group of picture.groups) {
        const problem = iconArrayProblem(group.affected);
        if (problem) problems.push({ file: files.pictures, message: `${where}: ${problem}` });
      }
      for (const id of picture.sources) {
        if (!content.sourceIds.has(id)) {
          problems.push({
            file: files.pictures,
            message: `${where} cites "${id}", but there is no content/sources/${id}.yaml.`,
          });
        }
      }
      const text = [
        picture.title,
        picture.outcome,
        picture.notOutcome,
        picture.who,
        picture.why,
        picture.note ?? '',
      ].join(' ');
      for (const phrase of bannedPhrasesIn(text)) {
        problems.push({
          file: files.pictures,
          message: `${where} uses "${phrase}". Use plain, neutral words instead.`,
        });
      }
    }
  }
  if (content.sure) {
    const orderProblem = sureItemsProblem(content.sure.items);
    if (orderProblem) problems.push({ file: files.sure, message: `"items" ${orderProblem}` });
    for (const item of content.sure.items) {
      problems.push(
        ...checkReferences(
          { id: item.id, filePath: files.sure },
          `items.${item.id}.questionIds`,
          item.questionIds,
          content.questionIds,
        ),
      );
    }
  }
  return problems;
}

/**
 * The decision page's sources in the order a reader meets them: the grid (problem, rows, cancer
 * note), then the pictures. Inline citations are numbered from this list.
 */
export function decisionSourceOrder(grid: OptionGridContent, pictures: RiskPicturesContent): string[] {
  return [...new Set([...gridSourceOrder(grid), ...pictures.pictures.flatMap((p) => p.sources)])];
}
