/**
 * Reads the synonyms map from its YAML text (build time and tests only: the browser gets the
 * checked groups inside the index file, so the YAML parser never ships to readers).
 */
import { parse, YAMLParseError } from 'yaml';
import { SynonymsError, validateSynonyms } from './synonyms';
import type { SynonymGroup } from './types';

/** Parses and checks content/search-synonyms.yaml. Throws a SynonymsError with plain advice. */
export function parseSynonymsYaml(source: string): SynonymGroup[] {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    throw new SynonymsError([
      `The file is not valid YAML${where}: ${(error as Error).message.split('\n')[0]}. Check the brackets and commas.`,
    ]);
  }
  return validateSynonyms(data);
}
