/**
 * The real SURE items (content/decision/sure.yaml) in one language, read the way the build reads
 * them (src/data/decision-data.ts): the English file through its schema, and in another language
 * the translated words laid over it. Unit and browser tests use it so they test the real content.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { decisionEntrySchema, type SureContent } from '../../src/lib/content/schema/decision';
import { overlayTranslation } from '../../src/lib/i18n/translation';
import { SOURCE_LANG, type Lang } from '../../src/lib/i18n/lang';
import { TranslationReport } from '../../src/data/translations';
import { projectRoot } from './project-copy';

export const SURE_FILE = 'content/decision/sure.yaml';

/** The English file, parsed with the build's schema (throws with the schema's message when it is broken). */
export function realSureContent(): SureContent {
  const entry = decisionEntrySchema.parse(parse(readFileSync(resolve(projectRoot, SURE_FILE), 'utf8')));
  if (entry.kind !== 'sure') throw new Error(`${SURE_FILE} must have kind: sure`);
  return entry;
}

/** The four items with their words in `lang`. */
export function realSureItems(lang: Lang = SOURCE_LANG): SureContent['items'] {
  const english = realSureContent();
  if (lang === SOURCE_LANG) return english.items;
  const report = new TranslationReport(lang, projectRoot);
  const translated = report.read(SURE_FILE);
  if (!translated) throw new Error(`No usable ${lang} translation of ${SURE_FILE}: ${report.problems.join('; ')}`);
  return overlayTranslation(english, translated.data).items;
}
