/**
 * Turns loaded collection entries into the plain input of the content checks. One mapping for the
 * build (src/data/guide-data.ts, entries from getCollection) and for the tests (entries read from
 * disk and parsed with the same schemas), so both check exactly the same thing.
 */
import type { ContentForChecks } from './content-checks';

/** What every loader gives: Astro's collection entries and the tests' disk reader alike. */
interface LoadedEntry<Data> {
  id: string;
  filePath?: string | undefined;
  data: Data;
  body?: string | undefined;
}

export interface LoadedGuide {
  topics: LoadedEntry<{ section: string; sources: string[]; relatedQuestions: string[] }>[];
  pages: LoadedEntry<{ sources: string[] }>[];
  sources: LoadedEntry<{ id: string; url?: string | undefined }>[];
  questions: LoadedEntry<{ id: string }>[];
  glossary: LoadedEntry<{ source?: string | undefined; term: string; aliases: string[] }>[];
  questionPresets: LoadedEntry<{ questionIds: string[] }>[];
  warningSigns: LoadedEntry<{ level: string; core: boolean; text: string; sources: string[] }>[];
  helpSteps: LoadedEntry<{ id: string; sources: string[] }>[];
}

export function contentForChecks(all: LoadedGuide): ContentForChecks {
  return {
    topics: all.topics.map((t) => ({
      id: t.id,
      filePath: t.filePath,
      section: t.data.section,
      sources: t.data.sources,
      relatedQuestions: t.data.relatedQuestions,
      body: t.body ?? '',
    })),
    pages: all.pages.map((p) => ({ id: p.id, filePath: p.filePath, sources: p.data.sources, body: p.body ?? '' })),
    sources: all.sources.map((s) => ({ id: s.id, filePath: s.filePath, declaredId: s.data.id, url: s.data.url })),
    questions: all.questions.map((q) => ({ id: q.id, filePath: q.filePath, declaredId: q.data.id })),
    glossary: all.glossary.map((g) => ({
      id: g.id,
      filePath: g.filePath,
      source: g.data.source,
      term: g.data.term,
      aliases: g.data.aliases,
    })),
    questionPresets: all.questionPresets.map((p) => ({
      id: p.id,
      filePath: p.filePath,
      questionIds: p.data.questionIds,
    })),
    warningSigns: all.warningSigns.map((w) => ({ ...w.data, id: w.id, filePath: w.filePath })),
    helpSteps: all.helpSteps.map((h) => h.data),
  };
}
