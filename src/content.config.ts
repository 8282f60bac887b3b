/**
 * Wires each content folder (top-level `content/`) to its schema. The schemas, with a note on every
 * field for authors, live in src/lib/content/schema/ (pure zod, so unit tests check the real files
 * with the same rules). Cross-entry checks (unknown ids, duplicates, missing sections) run when the
 * pages load the content (src/data/).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  glossarySchema,
  pageSchema,
  questionPresetSchema,
  questionSchema,
  sourceSchema,
  topicSchema,
} from './lib/content/schema/guide';
import { decisionEntrySchema } from './lib/content/schema/decision';
import { helpStepSchema, warningSignSchema } from './lib/content/schema/warning-signs';
import { understandingFileSchema } from './lib/content/schema/understanding';
import { translatedPageSchema } from './lib/content/schema/translation';

/** Content lives outside src/, at the top of the project (the client's layout). */
const CONTENT_DIR = './content';
const mdx = (folder: string) => glob({ base: `${CONTENT_DIR}/${folder}`, pattern: '**/[^_]*.mdx' });
const yaml = (folder: string) => glob({ base: `${CONTENT_DIR}/${folder}`, pattern: '**/[^_]*.{yaml,yml}' });

export const collections = {
  topics: defineCollection({ loader: mdx('topics'), schema: topicSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  questions: defineCollection({ loader: yaml('questions'), schema: questionSchema }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema }),
  questionPresets: defineCollection({ loader: yaml('question-presets'), schema: questionPresetSchema }),
  // The decision aid: option grid, values and pictures, told apart by their `kind` field.
  decision: defineCollection({ loader: yaml('decision'), schema: decisionEntrySchema }),
  // Warning signs, one file each: the only place a sign's words and triage level are written.
  warningSigns: defineCollection({ loader: yaml('warning-signs'), schema: warningSignSchema }),
  // "While you wait for help" steps, in the order they are shown, in one file.
  helpSteps: defineCollection({ loader: file(`${CONTENT_DIR}/while-you-wait.yaml`), schema: helpStepSchema }),
  // "Check your understanding" questions, one file per guide page.
  understanding: defineCollection({ loader: yaml('understanding'), schema: understandingFileSchema }),
  // Spanish pages (content/es/topics, content/es/pages). Only their bodies are rendered from here:
  // src/data/translations.ts checks each file against its English twin and takes the translated
  // words of the front matter; the YAML translations are read there too.
  topicsEs: defineCollection({ loader: mdx('es/topics'), schema: translatedPageSchema }),
  pagesEs: defineCollection({ loader: mdx('es/pages'), schema: translatedPageSchema }),
};
