/**
 * Schema for the decision aid's content (content/decision/*.yaml): the option grid, the
 * "what matters to you" statements, the "100 people" pictures and the SURE check. Medical words and numbers live
 * in those files so authors can edit them; this schema says what each field means and stops the
 * build when one is missing or wrong. Cross-entry checks: src/lib/decision/decision-checks.ts.
 *
 * Pure zod (no astro:*), so unit tests check the real files with the same rules. Do not import it
 * from an island: islands get plain data as props.
 */
import { z } from 'astro/zod';
import {
  evidenceStrength,
  kebabId,
  pageDescription,
  questionId,
  pageTitle,
  plainText,
  refineReviewDates,
  reviewFields,
  sourceId,
} from './atoms';
import { SURE_IDS, SURE_LETTERS } from '../../decision/sure';

/** A paragraph of the decision page with the sources that back it. */
const citedParagraphSchema = z.object({
  /** The paragraph, in plain words (US grade 8). No markup. */
  text: plainText(400),
  /** Ids of entries in content/sources/ that back this paragraph. Leave empty only for text with no facts in it. */
  sources: z.array(sourceId).default([]),
});

/** A "who this is not for" item, with an optional link to the page that fits better. */
const notForItemSchema = z.object({
  /** Who the page is not for, in one short sentence. */
  text: plainText(200),
  /** Optional link to the right place instead. */
  link: z
    .object({
      /** A path on this site, such as /guide/living-with-a-pump/. */
      href: z.string().regex(/^\/[a-z0-9/#-]*$/, { error: 'Use a path on this site, such as /guide/risks/.' }),
      /** The link text, saying where it goes. */
      label: plainText(80),
    })
    .optional(),
});

/** One column of the option grid. */
const gridOptionSchema = z.object({
  /** Stable id used by the cells (for example "pump"). Never reuse an id for a different option. */
  id: kebabId,
  /** Column heading, in the person's words ("Keep my current care"). */
  label: plainText(60),
  /** What the option is made of, as short list items (shown under the heading). */
  includes: z.array(plainText(80)).min(1).max(4),
});

/**
 * One cell of the option grid: the answer to a row's question for one option.
 * Say what is known (`text`, with sources) and what is not (`notKnown`). A cell may have both,
 * and must have at least one, so no cell is ever empty.
 */
const gridCellSchema = z
  .object({
    /** What we know, in one to three short sentences. Needs at least one source. */
    text: plainText(320).optional(),
    /** What we do not know, said plainly. Shown after the words "Not known:". */
    notKnown: plainText(200).optional(),
    /** Ids of entries in content/sources/ that back this cell, in the order they support it. */
    sources: z.array(sourceId).default([]),
  })
  .superRefine((cell, ctx) => {
    if (!cell.text && !cell.notKnown) {
      ctx.addIssue({ code: 'custom', message: 'A cell needs "text", "notKnown", or both. Never leave a cell empty.' });
    }
    if (cell.text && cell.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'A cell that states facts ("text") needs at least one source id.',
      });
    }
  });

/** One row of the option grid: a question patients ask, answered for every option. */
const gridRowSchema = z.object({
  /** Stable id (for example "pain-relief"); values statements can point at it. */
  id: kebabId,
  /** The question, in the person's own words ("How much pain relief can I expect?"). */
  question: plainText(80),
  /** One cell per option id. Every option must have a cell. */
  cells: z.record(kebabId, gridCellSchema),
});

/** The decision page: the decision, who it is for, and the option grid. */
export const optionGridSchema = z
  .object({
    kind: z.literal('option-grid'),
    /** Page title. */
    title: pageTitle,
    /** At most 160 characters, for link previews and search. */
    description: pageDescription,
    /** The decision in one sentence, shown first (IPDAS qualifying criterion 2). */
    decision: plainText(160),
    /** The health problem the decision is about (IPDAS qualifying criterion 1). */
    problem: z.array(citedParagraphSchema).min(1).max(3),
    /** Who the page is for, as short list items. */
    forWhom: z.array(plainText(200)).min(1).max(5),
    /** Who the page is not for, with a link to a better place where there is one. */
    notFor: z.array(notForItemSchema).min(1).max(5),
    /** A note for people whose pain comes from cancer, where the evidence differs. */
    cancerNote: z.array(citedParagraphSchema).max(3).default([]),
    ...reviewFields,
    /** The columns, in the order shown. Keep "keep my current care" first. */
    options: z.array(gridOptionSchema).min(2).max(5),
    /** The rows, in the order shown. */
    rows: z.array(gridRowSchema).min(3).max(12),
  })
  .superRefine(refineReviewDates);

/** One "what matters to you" statement. */
const valueStatementSchema = z.object({
  /** Stable id, kept in the person's browser with their answer. Never reuse it for a different statement. */
  id: kebabId,
  /** The statement, short, as the person would say it ("Avoiding surgery"). Never names an option. */
  text: plainText(90),
  /** Optional row id of the option grid where this matters, so the summary can point to it. */
  gridRow: kebabId.optional(),
});

/** The values exercise. */
const valuesSchema = z.object({
  kind: z.literal('values'),
  /** 6 to 10 statements, in the order shown. */
  statements: z.array(valueStatementSchema).min(6).max(10),
});

/** One group in a picture. */
const pictureGroupSchema = z.object({
  /** Name of the group when comparing ("With a pump and medical care"). Leave out for a single group. */
  label: plainText(60).optional(),
  /** How many out of 100 had the outcome: a whole number from 0 to 100 (round and say "about"). */
  affected: z.number().int().min(0).max(100),
});

/** One "100 people" picture (icon array). */
const riskPictureSchema = z
  .object({
    /** Stable id, also used for element ids on the page. */
    id: kebabId,
    /** Whether it shows a possible benefit or a possible harm (sets where it appears). */
    shows: z.enum(['benefit', 'harm']),
    /** Which pain the people studied had ("any" when the study mixed both), so the page can group pictures. */
    pain: z.enum(['cancer', 'not-cancer', 'any']),
    /** Short title above the picture. */
    title: plainText(90),
    /** One group, or two over the same time to compare. */
    groups: z.array(pictureGroupSchema).min(1).max(2),
    /** What each figure stands for, plural: "people", "men", "pump operations". */
    unit: plainText(40).default('people'),
    /** What happened to the solid figures: "had a spinal headache". */
    outcome: plainText(120),
    /** What the outline figures stand for: "did not have a spinal headache". */
    notOutcome: plainText(120),
    /** Who was studied, with how many people. */
    who: plainText(220),
    /** Over what time. */
    timeFrame: plainText(80),
    /** Strength of the evidence: strong = "fairly sure", moderate = "not very sure", weak = "unsure". */
    strength: evidenceStrength,
    /** Why we are or are not sure, in one or two short sentences. */
    why: plainText(240),
    /** Anything else a reader needs to read the number fairly. */
    note: plainText(240).optional(),
    /** Ids of entries in content/sources/ for the numbers. */
    sources: z.array(sourceId).min(1),
  })
  .superRefine((picture, ctx) => {
    if (picture.groups.length === 2 && picture.groups.some((g) => !g.label)) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'When comparing two groups, give each a label.' });
    }
  });

/** The pictures shown on the decision page. */
const riskPicturesSchema = z.object({
  kind: z.literal('risk-pictures'),
  pictures: z.array(riskPictureSchema).min(1),
});

/** One SURE question (Légaré and others 2010), in the words of the file's language. */
const sureItemSchema = z.object({
  /** Which SURE item this is: sure, understand, risk-benefit or encouragement. Kept in the person's browser with their answer: never change it. */
  id: z.enum(SURE_IDS),
  /** The SURE letter of this item: S, U, R or E. */
  letter: z.enum(SURE_LETTERS),
  /** What the letter stands for, in a few words ("Sure of myself"). Printed beside the question on the question list. */
  stands: plainText(60),
  /** The yes/no question as the page asks it, speaking to the person ("Do you feel sure about the best choice for you?"). */
  question: plainText(120),
  /** The same question as the person asks themself ("Do I feel sure about the best choice for me?"). Printed with the question list. */
  firstPerson: plainText(120),
  /** What may help after a "no", in one or two short sentences. Never says what to choose. */
  ifNo: plainText(240),
  /** Ids of entries in content/questions/ offered after a "no", in the order shown. Each must exist in the bank. */
  questionIds: z.array(questionId).min(1).max(5),
});

/** The SURE check on the decision page (also printed with the question list). Never scored. */
const sureSchema = z.object({
  kind: z.literal('sure'),
  /** The four SURE items, in S-U-R-E order (the build checks the ids, letters and order). */
  items: z.array(sureItemSchema).min(1),
});

/** Any file in content/decision/, told apart by its `kind` field. */
export const decisionEntrySchema = z.discriminatedUnion('kind', [
  optionGridSchema,
  valuesSchema,
  riskPicturesSchema,
  sureSchema,
]);

export type CitedParagraph = z.infer<typeof citedParagraphSchema>;
export type GridCell = z.infer<typeof gridCellSchema>;
export type OptionGridContent = z.infer<typeof optionGridSchema>;
export type ValuesContent = z.infer<typeof valuesSchema>;
export type RiskPicture = z.infer<typeof riskPictureSchema>;
export type RiskPicturesContent = z.infer<typeof riskPicturesSchema>;
export type SureContent = z.infer<typeof sureSchema>;
export type DecisionEntry = z.infer<typeof decisionEntrySchema>;
