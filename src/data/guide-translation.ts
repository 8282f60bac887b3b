/**
 * The guide in another language: every entry of the checked English guide with its translated
 * words laid over it (src/lib/i18n/translation.ts). Ids, sources, levels and order always come from
 * the English, so a translation can change words and nothing else. An entry not translated yet
 * stays English and says so (its translation state is missing).
 */
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Lang } from '@/lib/i18n/lang';
import { overlayTranslation } from '@/lib/i18n/translation';
import { checkGlossaryAliases } from '@/lib/content/glossary-checks';
import {
  glossarySchema,
  pageSchema,
  questionPresetSchema,
  questionSchema,
  topicSchema,
} from '@/lib/content/schema/guide';
import { helpStepSchema, warningSignSchema } from '@/lib/content/schema/warning-signs';
import { understandingFileSchema } from '@/lib/content/schema/understanding';

type Schema = Parameters<TranslationReport['checkSchema']>[0];
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
  function yamlEntry<T extends { id: string; filePath?: string | undefined; data: object }>(
    entry: T,
    key: string,
    schema: Schema,
  ): T {
    const translated = entry.filePath ? report.read(entry.filePath) : undefined;
    if (!translated) return entry;
    translations.set(key, translated.state);
    const data = overlayTranslation(entry.data, translated.data);
    report.checkSchema(schema, data, entry.filePath);
    return { ...entry, data };
  }

  /** A page: the translated body (the es collection entry) with the English front matter's structure. */
  function page<T extends Topic | InfoPage>(
    entry: T,
    key: string,
    byId: Map<string, { id: string; body?: string | undefined }>,
    schema: Schema,
  ): T {
    const body = byId.get(entry.id);
    const translated = entry.filePath && body ? report.read(entry.filePath) : undefined;
    if (entry.filePath && !body && !report.missing.includes(entry.filePath)) report.missing.push(entry.filePath);
    if (!translated || !body) return entry;
    translations.set(key, translated.state);
    const data = overlayTranslation(entry.data, translated.data);
    report.checkSchema(schema, data, entry.filePath);
    // Rendered from the Spanish file (render() uses collection and id); the data is the English
    // structure with the Spanish words, checked above.
    return { ...(body as unknown as T), data };
  }

  // Our notes about sources are translated; titles and publishers stay as published.
  const sourcesById = new Map(
    [...english.sourcesById].map(([id, source]) => {
      const translated =
        source.filePath && existsSync(source.filePath.replace(/^content\//, `content/${lang}/`))
          ? report.read(source.filePath)
          : undefined;
      if (!translated) return [id, source];
      translations.set(`sources/${id}`, translated.state);
      return [
        id,
        {
          ...source,
          data: {
            ...source.data,
            note: typeof translated.data.note === 'string' ? translated.data.note : source.data.note,
          },
        },
      ];
    }),
  );
  const topics = english.topics.map((t) => page(t, `topics/${t.id}`, topicsById, topicSchema));
  const pages = english.pages.map((p) => page(p, `pages/${p.id}`, pagesById, pageSchema));
  const questions = english.questions.map((q) => yamlEntry(q, `questions/${q.id}`, questionSchema));
  const glossary = english.glossary
    .map((g) => yamlEntry(g, `glossary/${g.id}`, glossarySchema))
    .sort((a, b) => a.data.term.localeCompare(b.data.term, lang, { sensitivity: 'base' }));
  const questionPresets = english.questionPresets.map((p) =>
    yamlEntry(p, `question-presets/${p.id}`, questionPresetSchema),
  );
  const understandingByTopic = new Map(
    [...english.understandingByTopic].map(([id, u]) => [
      id,
      yamlEntry(u, `understanding/${id}`, understandingFileSchema),
    ]),
  );
  const warningSigns: SignEntry[] = english.warningSigns.map((sign) => {
    const translated = report.read(`content/warning-signs/${sign.id}.yaml`);
    if (!translated) return sign;
    translations.set(`warning-signs/${sign.id}`, translated.state);
    const merged = overlayTranslation(sign, translated.data);
    const { id: _id, ...data } = merged;
    report.checkSchema(warningSignSchema, data, `content/warning-signs/${sign.id}.yaml`);
    return merged;
  });
  const helpStepsFile = report.read('content/while-you-wait.yaml');
  if (helpStepsFile) translations.set('while-you-wait', helpStepsFile.state);
  const helpSteps: StepEntry[] = helpStepsFile?.items
    ? overlayTranslation(english.helpSteps, helpStepsFile.items)
    : english.helpSteps;
  for (const step of helpSteps) report.checkSchema(helpStepSchema, step, 'content/while-you-wait.yaml');

  // The word list's "Also called" names follow the same rule in every language.
  report.problems.push(
    ...checkGlossaryAliases(
      glossary.map((g) => ({
        id: g.id,
        filePath: g.filePath?.replace(/^content\//, `content/${lang}/`),
        term: g.data.term,
        aliases: g.data.aliases,
      })),
    ).map((problem) => `${problem.file ?? 'glossary'}: ${problem.message}`),
  );
  report.finish();
  return {
    ...english,
    lang,
    sourcesById,
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
