/**
 * Every translated file in content/<lang>/ keeps its English file's structure (ids, sources,
 * levels, numbers, citations, headings), records the English version it came from, and adds no
 * hand-typed triage advice: the same checks the build runs (src/data/translations.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TranslationReport } from '@/data/translations';
import { checkGlossaryAliases } from '@/lib/content/glossary-checks';
import { LANGS, SOURCE_LANG } from '@/lib/i18n/lang';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { overlayTranslation } from '@/lib/i18n/translation';
import {
  glossarySchema,
  pageSchema,
  questionPresetSchema,
  questionSchema,
  topicSchema,
} from '@/lib/content/schema/guide';
import { helpStepSchema, warningSignSchema } from '@/lib/content/schema/warning-signs';
import { understandingFileSchema } from '@/lib/content/schema/understanding';
import { decisionEntrySchema } from '@/lib/content/schema/decision';
import { pumpModelsFileSchema } from '@/lib/my-pump/pump-models';
import { splitFrontMatter } from '../../support/content-files';

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesIn(path) : [path];
    });
  } catch {
    return [];
  }
}

describe.each(LANGS.filter((lang) => lang !== SOURCE_LANG))('content translated into %s', (lang) => {
  const translated = filesIn(`content/${lang}`).filter(
    (f) => /\.(mdx|ya?ml)$/.test(f) && !f.endsWith('search-synonyms.yaml'),
  );

  it.each(translated)('%s matches its English file', (file) => {
    const report = new TranslationReport(lang);
    const english = file.replace(`content/${lang}/`, 'content/');
    report.read(english);
    expect(report.problems).toEqual([]);
    expect(report.states).toHaveLength(1);
  });
});

describe('the Spanish word list', () => {
  it('lists only real other names as "Also called" (misspellings go to search only)', () => {
    const report = new TranslationReport('es');
    const entries = filesIn('content/glossary').map((english) => {
      const id = english.replace(/^.*\/(.+)\.yaml$/, '$1');
      const translated = report.read(english);
      const data = (translated?.data ?? {}) as { term?: string; aliases?: string[] };
      return { id, filePath: translated?.state.file, term: data.term, aliases: data.aliases ?? [] };
    });
    expect(report.problems).toEqual([]);
    expect(checkGlossaryAliases(entries).map((p) => p.message)).toEqual([]);
  });
});

describe.each(LANGS.filter((lang) => lang !== SOURCE_LANG))(
  'everything a reader sees is translated into %s',
  (lang) => {
    // Sources are English documents and keep their titles; site.yaml is the edition (its own
    // translations block); search synonyms are written per language, not translated.
    const NOT_TRANSLATED = /^content\/(sources\/|site\.yaml$|search-synonyms\.yaml$|[a-z]{2}\/)/;
    const english = filesIn('content').filter(
      (f) => /\.(mdx|ya?ml)$/.test(f) && !NOT_TRANSLATED.test(f) && !/\/_/.test(f),
    );

    it('finds the English content', () => {
      expect(english.length).toBeGreaterThan(150);
    });

    it('has a translation of every English content file', () => {
      const missing = english.filter(
        (f) => !filesIn(`content/${lang}`).includes(f.replace(/^content\//, `content/${lang}/`)),
      );
      expect(missing).toEqual([]);
    });
  },
);

describe.each(LANGS.filter((lang) => lang !== SOURCE_LANG))('translations into %s obey the English schemas', (lang) => {
  // The same length limits in every language: a warning sign's short form fits the wallet card,
  // a description fits a link preview.
  const SCHEMAS: [
    RegExp,
    { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  ][] = [
    [/^content\/topics\//, topicSchema],
    [/^content\/pages\//, pageSchema],
    [/^content\/questions\//, questionSchema],
    [/^content\/glossary\//, glossarySchema],
    [/^content\/question-presets\//, questionPresetSchema],
    [/^content\/warning-signs\//, warningSignSchema],
    [/^content\/understanding\//, understandingFileSchema],
    [/^content\/decision\//, decisionEntrySchema],
    [/^content\/while-you-wait\.yaml$/, z.array(helpStepSchema)],
    [/^content\/pump-models\.yaml$/, pumpModelsFileSchema],
  ];
  const files = filesIn(`content/${lang}`)
    .map((f) => f.replace(`content/${lang}/`, 'content/'))
    .filter((f) => SCHEMAS.some(([pattern]) => pattern.test(f)));

  it.each(files)('%s', (english) => {
    const schema = SCHEMAS.find(([pattern]) => pattern.test(english))![1];
    const source = readFileSync(english, 'utf8');
    const englishData = english.endsWith('.mdx') ? splitFrontMatter(source).data : parse(source);
    const report = new TranslationReport(lang);
    const translated = report.read(english)!;
    const merged = overlayTranslation(englishData, translated.items ?? translated.data);
    const result = schema.safeParse(merged);
    expect(result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});
