/**
 * The `translation` block at the top of every translated file in content/es/ (front matter for MDX,
 * top level for YAML). Pure zod, so unit tests check the real files with the same rule.
 */
import { z } from 'astro/zod';

export const translationMetaSchema = z
  .object({
    /**
     * Version of the English file this was translated from: the first 12 hex characters of its
     * SHA-256 (`node scripts/translation-hash.mjs content/topics/risks.mdx`). When the English file
     * changes, the page says its English source has changed and the build lists it.
     */
    from: z
      .string()
      .regex(/^[0-9a-f]{12}$/, { error: 'Write the 12-character hash from scripts/translation-hash.mjs.' }),
    /** The day that English version was translated (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** True only once a medical translator has reviewed this translation; then name them in reviewedBy. */
    reviewed: z.boolean().default(false),
    /** The medical translator who reviewed it (name and qualification). Required when reviewed is true. */
    reviewedBy: z.string().min(3).optional(),
  })
  .strict()
  .refine((meta) => !meta.reviewed || meta.reviewedBy, {
    error: 'A reviewed translation names its reviewer in reviewedBy.',
    path: ['reviewedBy'],
  });

/** A translated MDX page: the translation block plus the English front matter (checked against it). */
export const translatedPageSchema = z.looseObject({ translation: translationMetaSchema });
