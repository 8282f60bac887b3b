/**
 * The pump models and their MRI rules (content/pump-models.yaml), read and checked once per build.
 * A broken file, or a rule citing a source that is not in content/sources/, stops the build.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parsePumpModels, pumpModelsFileSchema, type PumpModel } from '@/lib/my-pump/pump-models';
import { SOURCE_LANG, type Lang } from '@/lib/i18n/lang';
import { overlayTranslation } from '@/lib/i18n/translation';
import { TranslationReport } from '@/data/translations';

/** Where authors edit the pump models. */
const PUMP_MODELS_FILE = 'content/pump-models.yaml';

const cached = new Map<Lang, PumpModel[]>();

export function loadPumpModels(knownSourceIds: ReadonlySet<string>, lang: Lang = SOURCE_LANG): PumpModel[] {
  let models = cached.get(lang);
  if (!models) {
    models = parsePumpModels(parseYaml(readFileSync(PUMP_MODELS_FILE, 'utf8')), PUMP_MODELS_FILE, knownSourceIds);
    if (lang !== SOURCE_LANG) {
      // The translated names and MRI rules over the English models (ids and sources stay English).
      const report = new TranslationReport(lang);
      const translated = report.read(PUMP_MODELS_FILE);
      if (translated?.items) models = overlayTranslation(models, translated.items);
      report.checkSchema(pumpModelsFileSchema, models, PUMP_MODELS_FILE);
      report.finish();
    }
    cached.set(lang, models);
  }
  return models;
}
