/**
 * Content model for Pain Pump Guide. Content lives in the top-level `content/` folder.
 * Each field has a short note for authors; zod turns a missing or wrong field into a build error.
 * Checks that span several entries (unknown references, duplicate ids, missing sections, empty
 * collections) live in src/lib/content/content-checks.ts and run when the pages are built.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  EVIDENCE_STRENGTHS,
  GUIDE_SECTIONS,
  QUESTION_GROUPS,
  SOURCE_KINDS,
} from './lib/content/sections';
import { reviewDateProblem } from './lib/content/review-dates';
import { decisionEntrySchema } from './lib/decision/decision-schema';
import { understandingFileSchema } from './lib/content/schema/understanding';

/** Content lives outside src/, at the top of the project (the client's layout). */
const CONTENT_DIR = './content';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Use lowercase letters, digits and single hyphens only (for example "pump-refill-how-often").',
  });

/** Review dates shared by every page a reader sees. */
const reviewFields = {
  /** Date a person last checked this page against its sources (YYYY-MM-DD). */
  lastReviewed: z.coerce.date(),
  /** Date the page must be checked again: after lastReviewed and at most 24 months later. */
  nextReview: z.coerce.date(),
  /**
   * Name and role of the clinician who reviewed the page. Leave out when nobody has:
   * the page then says plainly that clinical review is pending. Never invent a reviewer.
   */
  reviewedBy: z.string().min(3).optional(),
};

function refineReviewDates(
  value: { lastReviewed: Date; nextReview: Date },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: string[] }) => void },
) {
  const problem = reviewDateProblem(value.lastReviewed, value.nextReview);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['nextReview'] });
}

const topics = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/topics`, pattern: '**/[^_]*.mdx' }),
  schema: z
    .object({
      /** Page title, shown as the heading and in the browser tab. Plain words, no jargon. */
      title: z.string().min(3).max(80),
      /** One or two sentences, at most 160 characters: used in link previews and search results. */
      description: z.string().min(20).max(160),
      /** Which part of the guide this page covers. Every section needs at least one page. */
      section: z.enum(GUIDE_SECTIONS),
      /** Position in the guide's reading order (1 comes first). */
      order: z.number().int().positive(),
      /** 3 to 6 short sentences shown first, before the body. */
      keyPoints: z.array(z.string().min(10).max(200)).min(3).max(6),
      ...reviewFields,
      /** Ids of entries in content/sources/ that back this page, in the order they are numbered. */
      sources: z.array(reference('sources')).min(1),
      /** Ids of entries in content/questions/ that a reader may want to ask after this page. */
      relatedQuestions: z.array(reference('questions')).default([]),
    })
    .superRefine(refineReviewDates),
});

/** Pages outside the guide's reading order: about and methods, accessibility, privacy, clinicians. */
const pages = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/pages`, pattern: '**/[^_]*.mdx' }),
  schema: z
    .object({
      /** Page title. */
      title: z.string().min(3).max(80),
      /** At most 160 characters, for link previews and search. */
      description: z.string().min(20).max(160),
      ...reviewFields,
      /** Sources cited on the page, if any. */
      sources: z.array(reference('sources')).default([]),
    })
    .superRefine(refineReviewDates),
});

const sources = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/sources`, pattern: '**/[^_]*.{yaml,yml}' }),
  schema: z.object({
    /** Stable id, the same as the file name (for example "s43"). Topics cite sources by this id. */
    id: kebabId,
    /** Title of the original publication, not of a copy on another website. */
    title: z.string().min(3),
    /** Who published it (journal, regulator, NHS trust, manufacturer). */
    publisher: z.string().min(2),
    /** Year published. Leave out when the page has no date; the site then shows "no date". */
    year: z.number().int().min(1950).max(2100).optional(),
    /** Link to the original (PubMed, DOI, FDA, DailyMed, NICE, NHS trust). Never a mirror copy. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** What kind of source this is. */
    kind: z.enum(SOURCE_KINDS),
    /** How much weight the evidence can bear: strong, moderate or weak. */
    strength: z.enum(EVIDENCE_STRENGTHS),
    /** Optional caveat shown with the source (for example "funded by the pump maker"). */
    note: z.string().optional(),
  }),
});

const questions = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/questions`, pattern: '**/[^_]*.{yaml,yml}' }),
  schema: z.object({
    /** Stable id, the same as the file name. Used in shared links: never change or reuse it. */
    id: kebabId,
    /** The question, in the patient's own voice ("Will I ..."). At most 200 characters. */
    text: z.string().min(10).max(200),
    /** Which group of the question bank it belongs to. */
    group: z.enum(QUESTION_GROUPS),
    /** One plain sentence: why a person might ask this. */
    why: z.string().min(10).max(220),
    /** Position within its group (lower comes first). */
    order: z.number().int().nonnegative().default(100),
    /** True for the "Ask 3 Questions" starter set shown first in the builder. */
    starter: z.boolean().default(false),
  }),
});

const glossary = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/glossary`, pattern: '**/[^_]*.{yaml,yml}' }),
  schema: z.object({
    /** The medical word as it is usually written (for example "Intrathecal"). */
    term: z.string().min(2),
    /** Other names, lay words and common spellings that mean the same thing. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Plain-language meaning in one or two short sentences. */
    definition: z.string().min(10).max(400),
    /** Optional id of a source in content/sources/ that backs the definition. */
    source: z.string().optional(),
  }),
});

/**
 * The decision aid (/decide/): the option grid, the "what matters to you" statements and the
 * "100 people" pictures, one YAML file each, told apart by their `kind` field. Every field is
 * documented in src/lib/decision/decision-schema.ts (kept there so unit tests check the real files
 * with the same rules); cross-entry checks run when /decide/ is built.
 */
const decision = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/decision`, pattern: '**/[^_]*.{yaml,yml}' }),
  schema: decisionEntrySchema,
});

/** "Check your understanding" questions, one file per guide page (schema: src/lib/content/schema/understanding.ts). */
const understanding = defineCollection({ loader: glob({ base: `${CONTENT_DIR}/understanding`, pattern: '**/[^_]*.{yaml,yml}' }), schema: understandingFileSchema });

export const collections = { topics, pages, sources, questions, glossary, decision, understanding };
