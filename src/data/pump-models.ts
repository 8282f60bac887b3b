/**
 * The pump models and their MRI rules (content/pump-models.yaml), read and checked once per build.
 * A broken file, or a rule citing a source that is not in content/sources/, stops the build.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parsePumpModels, type PumpModel } from '@/lib/my-pump/pump-models';

/** Where authors edit the pump models. */
const PUMP_MODELS_FILE = 'content/pump-models.yaml';

let cached: PumpModel[] | undefined;

export function loadPumpModels(knownSourceIds: ReadonlySet<string>): PumpModel[] {
  cached ??= parsePumpModels(parseYaml(readFileSync(PUMP_MODELS_FILE, 'utf8')), PUMP_MODELS_FILE, knownSourceIds);
  return cached;
}
