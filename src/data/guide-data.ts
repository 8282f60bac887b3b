/**
 * Loads every collection once per build, runs the cross-entry content checks, and hands pages
 * plain, sorted data. A content problem stops the build here with a message for authors.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '@/lib/content/content-checks';
import { formatProblems } from '@/lib/content/problems';
import { contentForChecks } from '@/lib/content/check-input';
import { GUIDE_SECTIONS } from '@/lib/content/sections';
import { findOverduePages, formatFreshnessReport } from '@/lib/content/freshness';
import type { SignEntry, StepEntry } from '@/lib/warning-signs/warning-signs';
import { unknownReviewedPages } from '@/lib/edition/clinical-review';
import { editionFilePath } from '@/lib/edition/load-edition';
import { loadEdition } from '@/data/edition';
import { SOURCE_LANG, type Lang } from '@/lib/i18n/lang';
import { translateGuide } from '@/data/guide-translation';
import type { TranslationState } from '@/data/translations';

/** Pages with a review status that are not content entries (an edition reviewer may name them). */
const REVIEWABLE_ROUTE_PAGES = ['decide'] as const;
import { checkUnderstanding } from '@/lib/content/schema/understanding';

export type Topic = CollectionEntry<'topics'>;
export type InfoPage = CollectionEntry<'pages'>;
export type Source = CollectionEntry<'sources'>;
export type Question = CollectionEntry<'questions'>;
type GlossaryTerm = CollectionEntry<'glossary'>;
type QuestionPreset = CollectionEntry<'questionPresets'>;
type UnderstandingCheck = CollectionEntry<'understanding'>;

export interface GuideData {
  /** The language of every text below. */
  lang: Lang;
  /**
   * Translation state of each translated entry, by `<folder>/<id>` (`topics/risks`,
   * `warning-signs/missed-refill`, `while-you-wait`). Empty for English; an entry missing here
   * has not been translated yet and is shown in English.
   */
  translations: Map<string, TranslationState>;
  /** Topics in reading order (section order, then `order`). */
  topics: Topic[];
  pages: InfoPage[];
  sourcesById: Map<string, Source>;
  questions: Question[];
  questionsById: Map<string, Question>;
  glossary: GlossaryTerm[];
  glossaryById: Map<string, GlossaryTerm>;
  /** Every warning sign (content/warning-signs/), with its id. */
  warningSigns: SignEntry[];
  /** "While you wait for help" steps, in file order. */
  helpSteps: StepEntry[];
  /** Ready-made question lists for clinicians, in `order`. */
  questionPresets: QuestionPreset[];
  /** "Check your understanding" questions by guide page id. */
  understandingByTopic: Map<string, UnderstandingCheck>;
}

const cached = new Map<Lang, Promise<GuideData>>();

/**
 * The checked content of the whole guide in one language. Throws (and so fails the build) on a
 * content problem.
 */
export function loadGuide(lang: Lang = SOURCE_LANG): Promise<GuideData> {
  let data = cached.get(lang);
  if (!data) {
    data = lang === SOURCE_LANG ? load() : loadGuide(SOURCE_LANG).then((english) => translateGuide(english, lang));
    cached.set(lang, data);
  }
  return data;
}

async function load(): Promise<GuideData> {
  const [topics, pages, sources, questions, glossary, questionPresets, signEntries, stepEntries, understanding] =
    await Promise.all([
      getCollection('topics'),
      getCollection('pages'),
      getCollection('sources'),
      getCollection('questions'),
      getCollection('glossary'),
      getCollection('questionPresets'),
      getCollection('warningSigns'),
      getCollection('helpSteps'),
      getCollection('understanding'),
    ]);
  const warningSigns: SignEntry[] = signEntries.map((e) => ({ ...e.data, id: e.id }));
  const helpSteps: StepEntry[] = stepEntries.map((e) => e.data);

  const problems = [
    ...checkContent({
      ...contentForChecks({
        topics,
        pages,
        sources,
        questions,
        glossary,
        questionPresets,
        warningSigns: signEntries,
        helpSteps: stepEntries,
      }),
      otherTexts: understanding.map((u) => ({
        id: u.id,
        filePath: u.filePath,
        body: u.data.questions.flatMap((q) => [q.question, q.explanation, ...q.choices.map((c) => c.text)]).join('\n'),
      })),
    }),
    ...checkUnderstanding(
      topics.map((t) => t.id),
      understanding.map((u) => ({ id: u.id, filePath: u.filePath, questionCount: u.data.questions.length })),
    ),
  ];
  if (problems.length > 0) {
    throw new Error(formatProblems('Content', problems));
  }
  const unknownPages = unknownReviewedPages(loadEdition(), [
    ...topics.map((t) => t.id),
    ...pages.map((p) => p.id),
    ...REVIEWABLE_ROUTE_PAGES,
  ]);
  if (unknownPages.length > 0) {
    throw new Error(
      `The edition file ${editionFilePath(process.env)} lists reviewed pages that do not exist: ${unknownPages.join(', ')}. ` +
        'Use topic ids (content/topics/<id>.mdx), site page ids (content/pages/<id>.mdx) or "decide".',
    );
  }
  listReviewDates([...topics, ...pages]);

  const sectionIndex = (t: Topic) => GUIDE_SECTIONS.indexOf(t.data.section);
  const sortedTopics = [...topics].sort((a, b) => sectionIndex(a) - sectionIndex(b) || a.data.order - b.data.order);
  const sortedQuestions = [...questions].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const sortedGlossary = [...glossary].sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
  );

  return {
    lang: SOURCE_LANG,
    translations: new Map(),
    topics: sortedTopics,
    pages,
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    questions: sortedQuestions,
    questionsById: new Map(sortedQuestions.map((q) => [q.id, q])),
    glossary: sortedGlossary,
    glossaryById: new Map(sortedGlossary.map((g) => [g.id, g])),
    questionPresets: [...questionPresets].sort((a, b) => a.data.order - b.data.order),
    warningSigns,
    helpSteps,
    understandingByTopic: new Map(understanding.map((u) => [u.id, u])),
  };
}

/**
 * Prints which pages are past (or near) their next review date. The build carries on, so a fix can
 * still be deployed; the test command fails on an overdue page (tests/content/freshness.test.ts).
 */
function listReviewDates(entries: (Topic | InfoPage)[]): void {
  const reviewed = entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, nextReview: e.data.nextReview }));
  const today = new Date();
  const report = formatFreshnessReport(reviewed, today);
  if (findOverduePages(reviewed, today).length > 0) console.warn(report);
  else console.info(report);
}
