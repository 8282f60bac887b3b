/**
 * Cross-entry content checks that a zod schema cannot express on its own: references between
 * collections, duplicate ids, required sections, empty collections, and citations or glossary
 * terms used in a page's text. Pure: it takes plain data, so it is unit-tested without Astro.
 * The build calls it (src/data/guide-data.ts) and stops with the messages it returns.
 */
import { GUIDE_SECTIONS } from './sections';
import { splitIdList } from './ids';
import { bannedPhrasesIn } from './banned-phrases';
import type { ContentProblem } from './problems';
import { checkGlossaryAliases, type CheckedGlossaryNames } from './glossary-checks';
import { checkWarningSigns, type CheckedSign, type CheckedStep } from './warning-sign-checks';

interface CheckedEntry {
  /** Id Astro gave the entry (from the file name). */
  id: string;
  /** Path of the file, relative to the project, for messages. */
  filePath?: string | undefined;
}

interface CheckedDataEntry extends CheckedEntry {
  /** The `id` field written inside the file, when the collection has one. */
  declaredId?: string | undefined;
}

interface CheckedSource extends CheckedDataEntry {
  url?: string | undefined;
}

interface CheckedTopic extends CheckedEntry {
  section: string;
  sources: string[];
  relatedQuestions: string[];
  /** Raw MDX body, scanned for <Cite> and <Term> use. */
  body: string;
}

interface CheckedPage extends CheckedEntry {
  sources: string[];
  body: string;
}

interface CheckedGlossaryTerm extends CheckedEntry, CheckedGlossaryNames {
  source?: string | undefined;
}

interface CheckedPreset extends CheckedEntry {
  questionIds: string[];
}

export interface ContentForChecks {
  /**
   * Warning signs (content/warning-signs/) and "while you wait" steps (content/while-you-wait.yaml).
   * The build always passes both; small unit-test inputs about other rules may leave them out.
   */
  warningSigns?: CheckedSign[] | undefined;
  helpSteps?: CheckedStep[] | undefined;
  /** Other reader-facing text (the understanding quizzes): checked for hand-typed triage advice too. */
  otherTexts?: { id: string; filePath?: string | undefined; body: string }[] | undefined;
  /** Ready-made question lists for clinicians (content/question-presets/). */
  questionPresets: CheckedPreset[];
  topics: CheckedTopic[];
  pages: CheckedPage[];
  sources: CheckedSource[];
  questions: CheckedDataEntry[];
  glossary: CheckedGlossaryTerm[];
}

/** Web hosts that only mirror other people's documents. The site links the original instead. */
const MIRROR_HOSTS = [
  'scribd.com',
  'studylib.net',
  'studyres.com',
  'manualshive.com',
  'aneskey.com',
  'seekhealthz.com',
  'zendy.io',
  'scilit.com',
  'scite.ai',
  'booksci.cn',
  'paperexplained.cn',
  'blogspot.com',
  '78stepshealth.us',
  'backworkai.com',
  'docslib.org',
  'fdocuments.us',
  'readbag.com',
  'drugstodaypdf.com',
  'pickyourpain.org',
  'documentcloud.org',
  'clustermed.info',
  'discovery.researcher.life',
  'ouci.dntb.gov.ua',
];

const CITE_PATTERN = /<Cite\s+id=["']([^"']+)["']/g;
const TERM_PATTERN = /<Term\s+id=["']([^"']+)["']/g;

/** Source ids a page cites in its text with <Cite id="a,b" />. */
export function citedSourceIds(body: string): string[] {
  return uniqueMatches(body, CITE_PATTERN).flatMap(splitIdList);
}

/** Glossary ids a page uses in its text with <Term id="..." />. */
export function usedGlossaryIds(body: string): string[] {
  return uniqueMatches(body, TERM_PATTERN);
}

/** Runs every cross-entry check. An empty list means the content is consistent. */
export function checkContent(content: ContentForChecks): ContentProblem[] {
  const problems: ContentProblem[] = [];
  problems.push(...checkNotEmpty(content));
  problems.push(...checkRequiredSections(content.topics));
  problems.push(...checkDeclaredIds('sources', content.sources));
  problems.push(...checkDeclaredIds('questions', content.questions));
  problems.push(...checkSourceUrls(content.sources));
  problems.push(...checkGlossaryAliases(content.glossary));

  const sourceIds = new Set(content.sources.map((s) => s.id));
  const questionIds = new Set(content.questions.map((q) => q.id));
  const glossaryIds = new Set(content.glossary.map((g) => g.id));

  for (const topic of content.topics) {
    problems.push(...checkReferences(topic, 'sources', topic.sources, sourceIds));
    problems.push(...checkReferences(topic, 'relatedQuestions', topic.relatedQuestions, questionIds));
    problems.push(...checkCitations(topic, sourceIds));
    problems.push(...checkTerms(topic, glossaryIds));
    problems.push(...checkSellingWords(topic));
  }
  for (const page of content.pages) {
    problems.push(...checkReferences(page, 'sources', page.sources, sourceIds));
    problems.push(...checkCitations(page, sourceIds));
    problems.push(...checkTerms(page, glossaryIds));
    problems.push(...checkSellingWords(page));
  }
  for (const preset of content.questionPresets) {
    problems.push(...checkReferences(preset, 'questionIds', preset.questionIds, questionIds));
  }
  for (const term of content.glossary) {
    if (term.source && !sourceIds.has(term.source)) {
      problems.push({
        file: term.filePath,
        message: `Glossary term "${term.id}" names source "${term.source}", but there is no source with that id in content/sources/.`,
      });
    }
  }
  if (content.warningSigns) {
    problems.push(
      ...checkWarningSigns({
        signs: content.warningSigns,
        steps: content.helpSteps ?? [],
        bodies: [...content.topics, ...content.pages, ...(content.otherTexts ?? [])],
        sourceIds,
      }),
    );
  }
  return problems;
}

function checkNotEmpty(content: ContentForChecks): ContentProblem[] {
  const collections: Array<[string, unknown[]]> = [
    ['topics', content.topics],
    ['sources', content.sources],
    ['questions', content.questions],
    ['glossary', content.glossary],
    ['question-presets', content.questionPresets],
  ];
  return collections
    .filter(([, entries]) => entries.length === 0)
    .map(([name]) => ({
      message: `The "${name}" collection is empty. The build expects files in content/${name}/. Check that the folder exists, is spelled correctly, and holds files with the right ending (.mdx for topics and pages, .yaml for the rest).`,
    }));
}

function checkRequiredSections(topics: CheckedTopic[]): ContentProblem[] {
  const present = new Set(topics.map((t) => t.section));
  return GUIDE_SECTIONS.filter((section) => !present.has(section)).map((section) => ({
    message: `No topic page covers the required section "${section}". Add a file to content/topics/ with "section: ${section}" in its front matter.`,
  }));
}

function checkDeclaredIds(collection: string, entries: CheckedDataEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string | undefined>();
  for (const entry of entries) {
    const declared = entry.declaredId ?? entry.id;
    if (entry.declaredId !== undefined && entry.declaredId !== entry.id) {
      problems.push({
        file: entry.filePath,
        message: `The id inside the file ("${entry.declaredId}") does not match the file name ("${entry.id}"). Rename the file or the id so they are the same; ids are used in links and must never change once published.`,
      });
    }
    const earlier = seen.get(declared);
    if (seen.has(declared)) {
      problems.push({
        file: entry.filePath,
        message: `Duplicate ${collection} id "${declared}"${earlier ? ` (also used in ${earlier})` : ''}. Every id must be unique.`,
      });
    } else {
      seen.set(declared, entry.filePath);
    }
  }
  return problems;
}

function checkSourceUrls(sources: CheckedSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const source of sources) {
    if (!source.url) continue;
    let host: string;
    try {
      host = new URL(source.url).hostname;
    } catch {
      continue; // The schema already rejects malformed URLs.
    }
    const mirror = MIRROR_HOSTS.find((m) => host === m || host.endsWith(`.${m}`));
    if (mirror) {
      problems.push({
        file: source.filePath,
        message: `Source "${source.id}" links to ${mirror}, which only mirrors other people's documents. Link the original publisher, PubMed or DOI page instead, or leave url out.`,
      });
    }
  }
  return problems;
}

/**
 * One message per id in `ids` that is not in `known`: an unknown source or bank question id in a
 * list field. The one home of this rule for the guide, the presets and the decision aid's SURE items.
 */
export function checkReferences(
  entry: CheckedEntry,
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const target = field === 'sources' ? 'content/sources/' : 'content/questions/'; // relatedQuestions, questionIds
  for (const id of ids) {
    if (!known.has(id)) {
      problems.push({
        file: entry.filePath,
        message: `"${field}" lists "${id}", but there is no entry with that id in ${target}. Check the spelling or add ${target}${id}.yaml.`,
      });
    }
  }
  return problems;
}

function checkCitations(entry: CheckedTopic | CheckedPage, sourceIds: Set<string>): ContentProblem[] {
  const listed = new Set(entry.sources);
  const problems: ContentProblem[] = [];
  for (const id of citedSourceIds(entry.body)) {
    if (!sourceIds.has(id)) {
      problems.push({
        file: entry.filePath,
        message: `The text cites <Cite id="${id}" />, but there is no source with that id in content/sources/.`,
      });
    } else if (!listed.has(id)) {
      problems.push({
        file: entry.filePath,
        message: `The text cites "${id}", but the page's front matter does not list it under "sources". Add it there so it appears in the page's source list.`,
      });
    }
  }
  return problems;
}

function checkTerms(entry: CheckedTopic | CheckedPage, glossaryIds: Set<string>): ContentProblem[] {
  return usedGlossaryIds(entry.body)
    .filter((id) => !glossaryIds.has(id))
    .map((id) => ({
      file: entry.filePath,
      message: `The text uses <Term id="${id}">, but there is no glossary entry content/glossary/${id}.yaml.`,
    }));
}

function checkSellingWords(entry: CheckedTopic | CheckedPage): ContentProblem[] {
  return bannedPhrasesIn(entry.body).map((phrase) => ({
    file: entry.filePath,
    message: `The text says "${phrase}", a selling word or wrong claim the site never uses (docs/content-authoring.md rules 5 and 7). Say what is known plainly instead.`,
  }));
}

function uniqueMatches(text: string, pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}
