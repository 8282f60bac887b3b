/**
 * Reads and checks an edition file. Pure apart from reading the file, so unit tests load the real
 * generic edition and broken copies with it. The build uses it through src/data/edition.ts.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { editionSchema, formatEditionProblems, type Edition } from './edition-schema';

/** The generic edition, used when SITE_CONFIG is not set. */
export const GENERIC_EDITION_FILE = 'content/site.yaml';

/** Which edition file a build uses: SITE_CONFIG (a path to a YAML file) or the generic one. */
export function editionFilePath(env: Record<string, string | undefined>): string {
  const chosen = env['SITE_CONFIG']?.trim();
  return chosen ? chosen : GENERIC_EDITION_FILE;
}

/** Parses edition YAML text; throws one message naming every wrong field. */
export function parseEdition(text: string, file: string): Edition {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new Error(`The edition file ${file} is not valid YAML: ${(error as Error).message}`);
  }
  const result = editionSchema.safeParse(raw ?? {});
  if (!result.success) throw new Error(formatEditionProblems(file, result.error));
  return result.data;
}

/** Reads and checks the edition file at `file`. */
export function readEdition(file: string): Edition {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `The edition file ${file} could not be read. Check the SITE_CONFIG path (it is read from the project folder), or unset SITE_CONFIG to build the generic edition.`,
    );
  }
  return parseEdition(text, file);
}
