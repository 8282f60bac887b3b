/**
 * The edition this build publishes (see src/lib/edition/edition-schema.ts), read once per build.
 * A broken edition file stops the build with a message naming the field.
 */
import { editionFilePath, readEdition } from '@/lib/edition/load-edition';
import type { Edition } from '@/lib/edition/edition-schema';

let cached: Edition | undefined;

export function loadEdition(): Edition {
  cached ??= readEdition(editionFilePath(process.env));
  return cached;
}
