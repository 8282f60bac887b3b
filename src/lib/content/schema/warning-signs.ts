/**
 * Schema for warning signs (content/warning-signs/*.yaml) and the "while you wait for help" steps
 * (content/while-you-wait.yaml). Each sign is written once, with one triage level, and every page,
 * card and printout shows it from here, so the same sign can never drift into other words or
 * another urgency. Pure zod: unit tests check the real files with it.
 */
import { z } from 'astro/zod';
import { PUMP_MEDICINES, TRIAGE_LEVELS } from '../../warning-signs/vocabulary';

const sourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use a source id from content/sources/ (for example "s25").',
});

/** Who a sign or step is for: every pump, or only pumps holding one of these medicines. */
const appliesTo = z.union([z.literal('all'), z.array(z.enum(PUMP_MEDICINES)).min(1)]);

export const warningSignSchema = z
  .object({
    /** How urgent: emergency (call the emergency number now), now (call the pump clinic now), today (call the pump clinic today). */
    level: z.enum(TRIAGE_LEVELS),
    /**
     * True for the core emergency signs that every page with warning signs shows first. Only
     * emergency-level signs can be core.
     */
    core: z.boolean().default(false),
    /** "all", or the pump medicines this sign is about (opioid, baclofen, ziconotide, clonidine, bupivacaine). */
    appliesTo,
    /** The sign in plain words, speaking to the reader ("You are very sleepy..."). One or two short sentences. */
    text: z.string().trim().min(10).max(260),
    /**
     * The sign in a few words (at most 80 characters) for small spaces: the wallet card, the
     * lock-screen image and the handover sheet. Same meaning as `text`, never a different urgency.
     */
    short: z.string().trim().min(5).max(80),
    /** What it may mean, in a few words (for example "This may be an overdose."). */
    meaning: z.string().trim().min(5).max(120).optional(),
    /** Ids of content/sources/ entries that back the sign and its level. */
    sources: z.array(sourceId).min(1),
    /** True when the crisis line (988 in the US) is shown beside the emergency number. */
    crisisLine: z.boolean().default(false),
    /** True when the "while you wait for help" steps follow the card that shows this sign. */
    whileYouWait: z.boolean().default(false),
    /** Position within its level (lower comes first). */
    order: z.number().int().nonnegative(),
  })
  .strict()
  .superRefine((sign, ctx) => {
    if (sign.core && sign.level !== 'emergency') {
      ctx.addIssue({ code: 'custom', path: ['core'], message: 'Only emergency-level signs can be core signs.' });
    }
    if (sign.crisisLine && sign.level !== 'emergency') {
      ctx.addIssue({
        code: 'custom',
        path: ['crisisLine'],
        message: 'The crisis line is shown only with emergency-level signs.',
      });
    }
  });

export const helpStepSchema = z
  .object({
    /** Stable id, used in tests and links. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** One short instruction for the person helping. */
    text: z.string().trim().min(10).max(220),
    /** "all", or the pump medicines the step is about (naloxone works on opioids only). */
    appliesTo,
    /** Ids of content/sources/ entries that back the step. */
    sources: z.array(sourceId).min(1),
  })
  .strict();

export type WarningSign = z.infer<typeof warningSignSchema>;
export type HelpStep = z.infer<typeof helpStepSchema>;
