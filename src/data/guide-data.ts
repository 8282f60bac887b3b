/**
 * Loads every collection once per build, runs the cross-entry content checks, and hands pages
 * plain, sorted data. A content problem stops the build here with a message for authors.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  checkContent,
  formatContentProblems,
  type ContentForChecks,
} from '@/lib/content/content-checks';
import { GUIDE_SECTIONS } from '@/lib/content/sections';
import { findOverduePages, formatFreshnessReport } from '@/lib/content/freshness';
import { checkUnderstanding } from '@/lib/content/schema/understanding';

export type Topic = CollectionEntry<'topics'>;
export type InfoPage = CollectionEntry<'pages'>;
export type Source = CollectionEntry<'sources'>;
export type Question = CollectionEntry<'questions'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type UnderstandingCheck = CollectionEntry<'understanding'>;

export interface GuideData {
  /** Topics in reading order (section order, then `order`). */
  topics: Topic[];
  pages: InfoPage[];
  sourcesById: Map<string, Source>;
  questions: Question[];
  questionsById: Map<string, Question>;
  glossary: GlossaryTerm[];
  glossaryById: Map<string, GlossaryTerm>;
  /** "Check your understanding" questions by guide page id. */
  understandingByTopic: Map<string, UnderstandingCheck>;
}

let cached: Promise<GuideData> | undefined;

/** The checked content of the whole guide. Throws (and so fails the build) on a content problem. */
export function loadGuide(): Promise<GuideData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<GuideData> {
  const [topics, pages, sources, questions, glossary, understanding] = await Promise.all([
    getCollection('topics'),
    getCollection('pages'),
    getCollection('sources'),
    getCollection('questions'),
    getCollection('glossary'),
    getCollection('understanding'),
  ]);

  const problems = [
    ...checkContent(toCheckInput({ topics, pages, sources, questions, glossary })),
    ...checkUnderstanding(
      topics.map((t) => t.id),
      understanding.map((u) => ({ id: u.id, filePath: u.filePath, questionCount: u.data.questions.length })),
    ),
  ];
  if (problems.length > 0) {
    throw new Error(formatContentProblems(problems));
  }
  listReviewDates([...topics, ...pages]);

  const sectionIndex = (t: Topic) => GUIDE_SECTIONS.indexOf(t.data.section);
  const sortedTopics = [...topics].sort(
    (a, b) => sectionIndex(a) - sectionIndex(b) || a.data.order - b.data.order,
  );
  const sortedQuestions = [...questions].sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  const sortedGlossary = [...glossary].sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
  );

  return {
    topics: sortedTopics,
    pages,
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    questions: sortedQuestions,
    questionsById: new Map(sortedQuestions.map((q) => [q.id, q])),
    glossary: sortedGlossary,
    glossaryById: new Map(sortedGlossary.map((g) => [g.id, g])),
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

function toCheckInput(all: {
  topics: Topic[];
  pages: InfoPage[];
  sources: Source[];
  questions: Question[];
  glossary: GlossaryTerm[];
}): ContentForChecks {
  return {
    topics: all.topics.map((t) => ({
      id: t.id,
      filePath: t.filePath,
      section: t.data.section,
      sources: t.data.sources.map((ref) => ref.id),
      relatedQuestions: t.data.relatedQuestions.map((ref) => ref.id),
      body: t.body ?? '',
    })),
    pages: all.pages.map((p) => ({
      id: p.id,
      filePath: p.filePath,
      sources: p.data.sources.map((ref) => ref.id),
      body: p.body ?? '',
    })),
    sources: all.sources.map((s) => ({
      id: s.id,
      filePath: s.filePath,
      declaredId: s.data.id,
      url: s.data.url,
    })),
    questions: all.questions.map((q) => ({ id: q.id, filePath: q.filePath, declaredId: q.data.id })),
    glossary: all.glossary.map((g) => ({ id: g.id, filePath: g.filePath, source: g.data.source })),
  };
}
