/**
 * "Check your understanding" questions for one guide page: content/understanding/<topic-id>.yaml.
 * A few short questions with choices; choosing one shows the right answer and why (teach-back).
 * Unscored: nothing is stored or sent. The text teaches the page's own key points in plain words;
 * it adds no new facts.
 *
 * Plain zod (astro/zod), no astro:* imports, so unit tests check the real files with these rules.
 * Cross-file rules (every guide page has a file, the file names a real page) live in
 * checkUnderstanding() below and run when the pages are built.
 */
import { z } from 'astro/zod';

/** Fewest and most questions per page: enough to check the key points, few enough to finish. */
const UNDERSTANDING_LIMITS = { minQuestions: 3, maxQuestions: 5, minChoices: 2, maxChoices: 4 } as const;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use lowercase letters, digits and single hyphens only (for example "pump-is-surgery").',
});

/** One answer a reader can pick. */
const understandingChoiceSchema = z.object({
  /** The answer as the reader sees it, short (for example "Yes", or "Every 6 weeks to 6 months"). */
  text: z.string().trim().min(1).max(120),
  /** Mark the one right answer with `correct: true`; leave it out on the others. */
  correct: z.boolean().default(false),
});

/** One question with its choices and the plain explanation shown after any choice. */
const understandingQuestionSchema = z
  .object({
    /** Kebab-case id, unique in the file (used for the radio group's name). */
    id: kebabId,
    /** The question, one short sentence in plain words (US grade 6). */
    question: z.string().trim().min(5).max(160),
    /** Two to four choices, exactly one with `correct: true`. */
    choices: z
      .array(understandingChoiceSchema)
      .min(UNDERSTANDING_LIMITS.minChoices)
      .max(UNDERSTANDING_LIMITS.maxChoices),
    /** The right answer and why, in one to three plain sentences taken from the page's own text. */
    explanation: z.string().trim().min(10).max(400),
  })
  .refine((q) => q.choices.filter((c) => c.correct).length === 1, {
    error: 'Mark exactly one choice with "correct: true".',
    path: ['choices'],
  });

/** A whole file: the questions for one guide page (the file name is the page's id). */
export const understandingFileSchema = z
  .object({
    /** Three to five questions, in the order the page teaches them. */
    questions: z
      .array(understandingQuestionSchema)
      .min(UNDERSTANDING_LIMITS.minQuestions)
      .max(UNDERSTANDING_LIMITS.maxQuestions),
  })
  .refine((file) => new Set(file.questions.map((q) => q.id)).size === file.questions.length, {
    error: 'Each question needs its own id: two questions in this file share one.',
    path: ['questions'],
  });

export type UnderstandingQuestion = z.infer<typeof understandingQuestionSchema>;

/** What the cross-file check needs to know about one understanding file. */
export interface UnderstandingForChecks {
  /** The file name without extension: must be a guide page's id. */
  id: string;
  filePath?: string | undefined;
  questionCount: number;
}

/** A problem for authors: which file, and what to do. */
export interface UnderstandingProblem {
  file?: string | undefined;
  message: string;
}

/**
 * Every guide page has a file with 3 to 5 questions, and every file belongs to a guide page.
 * (The schema already stops a file with too few or too many; the count is checked again here so a
 * clear message names the page.)
 */
export function checkUnderstanding(topicIds: string[], files: UnderstandingForChecks[]): UnderstandingProblem[] {
  const problems: UnderstandingProblem[] = [];
  const topics = new Set(topicIds);
  const byId = new Map(files.map((f) => [f.id, f]));
  for (const id of topicIds) {
    if (!byId.has(id)) {
      problems.push({
        file: `content/understanding/${id}.yaml`,
        message: `The guide page "${id}" has no "Check your understanding" questions. Add this file with ${UNDERSTANDING_LIMITS.minQuestions} to ${UNDERSTANDING_LIMITS.maxQuestions} questions (see docs/content-authoring.md).`,
      });
    }
  }
  for (const file of files) {
    const name = file.filePath ?? `content/understanding/${file.id}.yaml`;
    if (!topics.has(file.id)) {
      problems.push({
        file: name,
        message: `There is no guide page "${file.id}" in content/topics/. Name the file after the page it belongs to.`,
      });
    }
    if (
      file.questionCount < UNDERSTANDING_LIMITS.minQuestions ||
      file.questionCount > UNDERSTANDING_LIMITS.maxQuestions
    ) {
      problems.push({
        file: name,
        message: `Has ${file.questionCount} questions. Give ${UNDERSTANDING_LIMITS.minQuestions} to ${UNDERSTANDING_LIMITS.maxQuestions}.`,
      });
    }
  }
  return problems;
}
