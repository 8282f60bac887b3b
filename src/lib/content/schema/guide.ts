/**
 * Schemas of the guide's collections (content/topics, pages, sources, questions, glossary).
 * Each field has a short note for authors; zod turns a missing or wrong field into a build error.
 * Checks that span several entries (unknown ids, duplicate ids, missing sections, empty
 * collections) live in src/lib/content/content-checks.ts. Pure: no astro:* import.
 */
import { z } from 'astro/zod';
import { GUIDE_SECTIONS, QUESTION_GROUPS, SOURCE_KINDS } from '../sections';
import {
  evidenceStrength,
  kebabId,
  pageDescription,
  pageTitle,
  questionId,
  refineReviewDates,
  reviewFields,
  sourceId,
} from './atoms';

/** A topic page of the guide (content/topics/<url-name>.mdx). */
export const topicSchema = z
  .object({
    /** Page title, shown as the heading and in the browser tab. Plain words, no jargon. */
    title: pageTitle,
    /** One or two sentences, at most 160 characters: used in link previews and search results. */
    description: pageDescription,
    /** Which part of the guide this page covers. Every section needs at least one page. */
    section: z.enum(GUIDE_SECTIONS),
    /** Position in the guide's reading order (1 comes first). */
    order: z.number().int().positive(),
    /** 3 to 6 short sentences shown first, before the body. */
    keyPoints: z.array(z.string().min(10).max(200)).min(3).max(6),
    ...reviewFields,
    /** Ids of entries in content/sources/ that back this page, in the order they are numbered. */
    sources: z.array(sourceId).min(1),
    /** Ids of entries in content/questions/ that a reader may want to ask after this page. */
    relatedQuestions: z.array(questionId).default([]),
  })
  .superRefine(refineReviewDates);

/** A page outside the guide's reading order: about and methods, accessibility, privacy, clinicians. */
export const pageSchema = z
  .object({
    /** Page title. */
    title: pageTitle,
    /** At most 160 characters, for link previews and search. */
    description: pageDescription,
    ...reviewFields,
    /** Sources cited on the page, if any. */
    sources: z.array(sourceId).default([]),
  })
  .superRefine(refineReviewDates);

/** A source (content/sources/<id>.yaml). */
export const sourceSchema = z.object({
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
  strength: evidenceStrength,
  /** Optional caveat shown with the source (for example "funded by the pump maker"). */
  note: z.string().optional(),
});

/** A question of the question bank (content/questions/<id>.yaml). */
export const questionSchema = z.object({
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
});

/** A word of the glossary (content/glossary/<id>.yaml). */
export const glossarySchema = z.object({
  /** The medical word as it is usually written (for example "Intrathecal"). */
  term: z.string().min(2),
  /** Other names and lay words that mean exactly the same thing. Shown as "also called". Never a misspelling. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Misspellings people type; search finds the term by them, the word list never shows them. */
  misspellings: z.array(z.string().min(2)).default([]),
  /** Plain-language meaning in one or two short sentences. */
  definition: z.string().min(10).max(400),
  /** Optional id of a source in content/sources/ that backs the definition. */
  source: z.string().optional(),
});

/**
 * A ready-made question list for clinicians to send to patients (content/question-presets/<id>.yaml),
 * shown on /for-clinicians/. The file name is the list's id.
 */
export const questionPresetSchema = z.object({
  /** The list's name, for the situation it fits ("After a pump implant"). */
  title: z.string().min(3).max(80),
  /** Who the list is for, in one sentence. */
  forWhom: z.string().min(10).max(200),
  /** Position on the page (lower comes first). */
  order: z.number().int().nonnegative(),
  /** Ids of entries in content/questions/, in the order shown. A shared link holds at most 30. */
  questionIds: z.array(questionId).min(1).max(30),
});
