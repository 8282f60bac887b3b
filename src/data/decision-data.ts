/**
 * Loads the decision aid's content (content/decision/) once per build, runs its cross-entry checks
 * against the guide's sources and question bank, and hands the pages plain data. A problem stops
 * the build with a message for authors.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadGuide, type Question, type Source } from '@/data/guide-data';
import {
  decisionEntrySchema,
  type OptionGridContent,
  type RiskPicturesContent,
  type SureContent,
  type ValuesContent,
} from '@/lib/content/schema/decision';
import { checkDecisionContent, decisionSourceOrder } from '@/lib/decision/decision-checks';
import { formatProblems } from '@/lib/content/problems';
import { buildOptionGrid, type OptionGridModel } from '@/lib/decision/option-grid';
import { allSureQuestionIds } from '@/lib/decision/sure';
import { SOURCE_LANG, type Lang } from '@/lib/i18n/lang';
import { overlayTranslation } from '@/lib/i18n/translation';
import { TranslationReport } from '@/data/translations';

export interface DecisionData {
  grid: OptionGridContent;
  model: OptionGridModel;
  values: ValuesContent;
  pictures: RiskPicturesContent;
  /** The SURE items with their words in this language (content/decision/sure.yaml). */
  sure: SureContent;
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

const cached = new Map<Lang, Promise<DecisionData>>();

/** The checked content of the decision aid in one language. Throws (and so fails the build) on a content problem. */
export function loadDecisionAid(lang: Lang = SOURCE_LANG): Promise<DecisionData> {
  let data = cached.get(lang);
  if (!data) {
    data = load(lang);
    cached.set(lang, data);
  }
  return data;
}

type DecisionEntry = CollectionEntry<'decision'>;
type EntryOfKind<K extends DecisionEntry['data']['kind']> = DecisionEntry & {
  data: Extract<DecisionEntry['data'], { kind: K }>;
};

/** The first entry of one kind, narrowed by its `kind` field. */
function entryOfKind<K extends DecisionEntry['data']['kind']>(
  entries: DecisionEntry[],
  kind: K,
): EntryOfKind<K> | undefined {
  return entries.find((entry): entry is EntryOfKind<K> => entry.data.kind === kind);
}

async function load(lang: Lang): Promise<DecisionData> {
  const [entries, guide] = await Promise.all([getCollection('decision'), loadGuide(lang)]);
  const gridEntry = entryOfKind(entries, 'option-grid');
  const valuesEntry = entryOfKind(entries, 'values');
  const picturesEntry = entryOfKind(entries, 'risk-pictures');
  const sureEntry = entryOfKind(entries, 'sure');
  // In another language, the translated words over the checked English structure.
  const report = new TranslationReport(lang);
  const translate = <T>(data: T | undefined, file: string | undefined): T | undefined => {
    if (lang === SOURCE_LANG || !data || !file) return data;
    const translated = report.read(file);
    if (!translated) return data;
    const merged = overlayTranslation(data, translated.data);
    report.checkSchema(decisionEntrySchema, merged, file);
    return merged;
  };
  const grid = translate(gridEntry?.data, gridEntry?.filePath);
  const values = translate(valuesEntry?.data, valuesEntry?.filePath);
  const pictures = translate(picturesEntry?.data, picturesEntry?.filePath);
  const sure = translate(sureEntry?.data, sureEntry?.filePath);
  if (lang !== SOURCE_LANG) report.finish();
  // Problems name the file that has them: the translation in another language.
  const inLang = (file: string | undefined) =>
    file && lang !== SOURCE_LANG ? file.replace(/^content\//, `content/${lang}/`) : file;

  const problems = checkDecisionContent({
    grid,
    values,
    pictures,
    sure,
    files: {
      grid: inLang(gridEntry?.filePath),
      values: inLang(valuesEntry?.filePath),
      pictures: inLang(picturesEntry?.filePath),
      sure: inLang(sureEntry?.filePath),
    },
    sourceIds: new Set(guide.sourcesById.keys()),
    questionIds: new Set(guide.questionsById.keys()),
  });
  if (problems.length > 0 || !grid || !values || !pictures || !sure) {
    throw new Error(formatProblems('Decision content', problems));
  }

  // The checks above made sure the bank has every question the SURE items offer.
  const sureQuestionTexts = Object.fromEntries(
    allSureQuestionIds(sure.items).map((id) => [id, guide.questionsById.get(id)!.data.text]),
  );
  return {
    grid,
    model: buildOptionGrid(grid),
    values,
    pictures,
    sure,
    sources: decisionSourceOrder(grid, pictures).map((id) => guide.sourcesById.get(id)!),
    sourcesById: guide.sourcesById,
    questions: guide.questions,
    sureQuestionTexts,
    rowQuestions: Object.fromEntries(grid.rows.map((row) => [row.id, row.question])),
  };
}
