/**
 * Runs the build's content rules on content read from disk (or a changed copy of it): each file
 * through its collection's schema (src/lib/content/schema/), then the cross-entry checks, as the
 * build does with Astro's loaders. Returns the messages an author would see, one per problem.
 */
import {
  glossarySchema,
  pageSchema,
  questionPresetSchema,
  questionSchema,
  sourceSchema,
  topicSchema,
} from '@/lib/content/schema/guide';
import { helpStepSchema, warningSignSchema } from '@/lib/content/schema/warning-signs';
import { checkContent } from '@/lib/content/content-checks';
import { formatProblems } from '@/lib/content/problems';
import { contentForChecks, type LoadedGuide } from '@/lib/content/check-input';
import type { ContentFile, ContentFiles, GuideFolder } from './content-files';

const SCHEMAS = {
  topics: topicSchema,
  pages: pageSchema,
  sources: sourceSchema,
  questions: questionSchema,
  glossary: glossarySchema,
  'question-presets': questionPresetSchema,
  'warning-signs': warningSignSchema,
  'while-you-wait': helpStepSchema,
} satisfies Record<GuideFolder, unknown>;

/** Parses one file with its schema: the parsed entry, or "file: field: message" lines. */
function parseFile(folder: GuideFolder, file: ContentFile): { entry?: ContentFile; problems: string[] } {
  const result = SCHEMAS[folder].safeParse(file.data);
  if (result.success) return { entry: { ...file, data: result.data as Record<string, unknown> }, problems: [] };
  return {
    problems: result.error.issues.map(
      (issue) => `${file.filePath}: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    ),
  };
}

/** Every problem the build would report for these files. Empty when the content is consistent. */
export function checkContentFiles(files: ContentFiles): string[] {
  const problems: string[] = [];
  const parsed = {} as Record<GuideFolder, ContentFile[]>;
  for (const folder of Object.keys(SCHEMAS) as GuideFolder[]) {
    parsed[folder] = files[folder].flatMap((file) => {
      const { entry, problems: found } = parseFile(folder, file);
      problems.push(...found);
      return entry ? [entry] : [];
    });
  }
  // The build stops at the schema errors, before the cross-entry checks.
  if (problems.length > 0) return problems;
  const {
    'question-presets': questionPresets,
    'warning-signs': warningSigns,
    'while-you-wait': helpSteps,
    ...guide
  } = parsed;
  const crossEntry = checkContent(
    contentForChecks({ ...guide, questionPresets, warningSigns, helpSteps } as unknown as LoadedGuide),
  );
  return crossEntry.length > 0 ? formatProblems('Content', crossEntry).split('\n') : [];
}
