/**
 * The guide in another language: every entry of the checked English guide with its translated
 * words laid over it (src/lib/i18n/translation.ts). Ids, sources, levels and order always come from
 * the English, so a translation can change words and nothing else. An entry not translated yet
 * stays English and says so (its translation state is missing).
 */
import { getCollection } from 'astro:content';
import type { Lang } from '@/lib/i18n/lang';
import { overlayTranslation } from '@/lib/i18n/translation';
import { checkGlossaryAliases } from '@/lib/content/glossary-checks';
import type { SignEntry, StepEntry } from '@/lib/warning-signs/warning-signs';
import { TranslationReport, type TranslationState } from '@/data/translations';
import type { GuideData, InfoPage, Topic } from '@/data/guide-data';

export async function translateGuide(english: GuideData, lang: Lang): Promise<GuideData> {
  const report = new TranslationReport(lang);
  const translations = new Map<string, TranslationState>();
  const [topicEntries, pageEntries] = await Promise.all([getCollection('topicsEs'), getCollection('pagesEs')]);
  const topicsById = new Map(topicEntries.map((e) => [e.id, e]));
  const pagesById = new Map(pageEntries.map((e) => [e.id, e]));

  /** The translated words of one YAML entry laid over its English data (English if none). */
  function yamlEntry<T extends { id: string; filePath?: string | undefined; data: object }>(entry: T, key: string): T {
    const translated = entry.filePath ? report.read(entry.filePath) : undefined;
    if (!translated) return entry;
    translations.set(key, translated.state);
    return { ...entry, data: overlayTranslation(entry.data, translated.data) };
  }

  /** A page: the translated body (the es collection entry) with the English front matter's structure. */
  function page<T extends Topic | InfoPage>(entry: T, key: string, byId: Map<string, { id: string; body?: string | undefined }>): T {
    const body = byId.get(entry.id);
    const translated = entry.filePath && body ? report.read(entry.filePath) : undefined;
    if (entry.filePath && !body && !report.missing.includes(entry.filePath)) report.missing.push(entry.filePath);
    if (!translated || !body) return entry;
    translations.set(key, translated.state);
    // Rendered from the Spanish file (render() uses collection and id); the data is the English
    // structure with the Spanish words, checked above.
    return { ...(body as unknown as T), data: overlayTranslation(entry.data, translated.data) };
  }

  const topics = english.topics.map((t) => page(t, `topics/${t.id}`, topicsById));
  const pages = english.pages.map((p) => page(p, `pages/${p.id}`, pagesById));
  const questions = english.questions.map((q) => yamlEntry(q, `questions/${q.id}`));
  const glossary = english.glossary
    .map((g) => yamlEntry(g, `glossary/${g.id}`))
    .sort((a, b) => a.data.term.localeCompare(b.data.term, lang, { sensitivity: 'base' }));
  const questionPresets = english.questionPresets.map((p) => yamlEntry(p, `question-presets/${p.id}`));
  const understandingByTopic = new Map(
    [...english.understandingByTopic].map(([id, u]) => [id, yamlEntry(u, `understanding/${id}`)]),
  );
  const warningSigns: SignEntry[] = english.warningSigns.map((sign) => {
    const translated = report.read(`content/warning-signs/${sign.id}.yaml`);
    if (!translated) return sign;
    translations.set(`warning-signs/${sign.id}`, translated.state);
    return overlayTranslation(sign, translated.data);
  });
  const helpStepsFile = report.read('content/while-you-wait.yaml');
  if (helpStepsFile) translations.set('while-you-wait', helpStepsFile.state);
  const helpSteps: StepEntry[] = helpStepsFile?.items ? overlayTranslation(english.helpSteps, helpStepsFile.items) : english.helpSteps;

  // The word list's "Also called" names follow the same rule in every language.
  report.problems.push(
    ...checkGlossaryAliases(
      glossary.map((g) => ({ id: g.id, filePath: g.filePath?.replace(/^content\//, `content/${lang}/`), term: g.data.term, aliases: g.data.aliases })),
    ).map((problem) => `${problem.file ?? 'glossary'}: ${problem.message}`),
  );
  report.finish();
  return {
    ...english,
    lang,
    topics,
    pages,
    questions,
    questionsById: new Map(questions.map((q) => [q.id, q])),
    glossary,
    glossaryById: new Map(glossary.map((g) => [g.id, g])),
    questionPresets,
    understandingByTopic,
    warningSigns,
    helpSteps,
    translations,
  };
}
