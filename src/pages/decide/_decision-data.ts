/**
 * Loads the decision aid's content (content/decision/) once per build, runs its cross-entry checks
 * against the guide's sources and question bank, and hands the pages plain data. A problem stops
 * the build with a message for authors. (Files starting with "_" are not routes.)
 */
import { getCollection } from 'astro:content';
import { loadGuide, type Question, type Source } from '@/data/guide-data';
import type { OptionGridContent, RiskPicturesContent, ValuesContent } from '@/lib/decision/decision-schema';
import { checkDecisionContent, decisionSourceOrder, formatDecisionProblems } from '@/lib/decision/decision-checks';
import { buildOptionGrid, type OptionGridModel } from '@/lib/decision/option-grid';
import { allSureQuestionIds } from '@/lib/decision/sure';

export interface DecisionData {
  grid: OptionGridContent;
  model: OptionGridModel;
  values: ValuesContent;
  pictures: RiskPicturesContent;
  /** The page's sources in the order a reader meets them (citations are numbered from this). */
  sources: Source[];
  sourcesById: Map<string, Source>;
  /** Every bank question, in bank order. */
  questions: Question[];
  /** Bank id → text for the questions the SURE check offers. */
  sureQuestionTexts: Record<string, string>;
  /** Grid row id → the row's question. */
  rowQuestions: Record<string, string>;
}

let cached: Promise<DecisionData> | undefined;

export function loadDecision(): Promise<DecisionData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<DecisionData> {
  const [entries, guide] = await Promise.all([getCollection('decision'), loadGuide()]);
  const find = <K extends 'option-grid' | 'values' | 'risk-pictures'>(kind: K) =>
    entries.find((entry) => entry.data.kind === kind);
  const gridEntry = find('option-grid');
  const valuesEntry = find('values');
  const picturesEntry = find('risk-pictures');
  const grid = gridEntry?.data as OptionGridContent | undefined;
  const values = valuesEntry?.data as ValuesContent | undefined;
  const pictures = picturesEntry?.data as RiskPicturesContent | undefined;

  const problems = checkDecisionContent({
    grid,
    values,
    pictures,
    files: { grid: gridEntry?.filePath, values: valuesEntry?.filePath, pictures: picturesEntry?.filePath },
    sourceIds: new Set(guide.sourcesById.keys()),
  });
  if (problems.length > 0 || !grid || !values || !pictures) {
    throw new Error(formatDecisionProblems(problems));
  }

  // Offer the SURE questions the bank has (a unit test checks the real bank has them all).
  const sureQuestionTexts = Object.fromEntries(
    allSureQuestionIds().flatMap((id) => {
      const question = guide.questionsById.get(id);
      return question ? [[id, question.data.text]] : [];
    }),
  );
  return {
    grid,
    model: buildOptionGrid(grid),
    values,
    pictures,
    sources: decisionSourceOrder(grid, pictures).map((id) => guide.sourcesById.get(id)!),
    sourcesById: guide.sourcesById,
    questions: guide.questions,
    sureQuestionTexts,
    rowQuestions: Object.fromEntries(grid.rows.map((row) => [row.id, row.question])),
  };
}
