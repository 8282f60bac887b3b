/**
 * Schema and checks for content/pump-models.yaml: each pump model a person can choose on My pump,
 * with its MRI rule in plain words and the sources behind it. Authors edit the YAML file; the build
 * stops, naming the field, when it breaks a rule. Pure zod: unit tests check the real file with it.
 */
import { z } from 'astro/zod';
import { PUMP_MODEL_IDS } from './vocabulary';

const sourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use a source id from content/sources/ (for example "s34").',
});

const pumpModelSchema = z
  .object({
    /** Which choice this is: synchromed-ii, prometra-ii, constant-flow or unknown ("I don't know"). */
    id: z.enum(PUMP_MODEL_IDS),
    /** The name shown in the list, on the card and on the handover sheet. */
    name: z.string().trim().min(3).max(60),
    /** The MRI rule in plain words, for the page and the handover sheet. Two to four short sentences. */
    mriRule: z.string().trim().min(20).max(420),
    /** The same rule in a few words (at most 90 characters) for the wallet card and lock screen. */
    mriShort: z.string().trim().min(10).max(90),
    /** Ids of content/sources/ entries that back the rule. */
    sources: z.array(sourceId).min(1),
  })
  .strict();

/** The whole file: a list of models (a translation obeys the same rules). */
export const pumpModelsFileSchema = z.array(pumpModelSchema).min(1);

export type PumpModel = z.infer<typeof pumpModelSchema>;

/**
 * Problems the schema cannot see: every choice listed exactly once, and every source id known.
 * Returns plain-language messages (empty when the file is fine).
 */
export function pumpModelProblems(models: readonly PumpModel[], knownSourceIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const id of PUMP_MODEL_IDS) {
    const count = models.filter((m) => m.id === id).length;
    if (count === 0) problems.push(`The pump model "${id}" is missing. Every choice on My pump needs an MRI rule.`);
    if (count > 1) problems.push(`The pump model "${id}" is listed ${count} times. List it once.`);
  }
  for (const model of models) {
    for (const source of model.sources) {
      if (!knownSourceIds.has(source)) {
        problems.push(
          `"${model.id}" cites "${source}", but there is no content/sources/${source}.yaml. Check the spelling or add the source.`,
        );
      }
    }
  }
  return problems;
}

/** Parses the pump-models YAML text (already read) and checks it; throws one message naming every problem. */
export function parsePumpModels(raw: unknown, file: string, knownSourceIds: ReadonlySet<string>): PumpModel[] {
  const result = pumpModelsFileSchema.safeParse(raw ?? []);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`,
    );
    throw new Error(`${file} has problems. Fix them and build again:\n${lines.join('\n')}`);
  }
  const problems = pumpModelProblems(result.data, knownSourceIds);
  if (problems.length > 0)
    throw new Error(`${file} has problems. Fix them and build again:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return result.data;
}
