/**
 * The edition file: who publishes this copy of the guide, which pump clinic its readers call,
 * which emergency number and crisis line apply where they live, who reviewed the pages, and who
 * paid for it. One YAML file per edition: `content/site.yaml` (the generic edition) or the file
 * named by the SITE_CONFIG environment variable. Pure zod, so tests check real files with it.
 */
import { z } from 'astro/zod';
import { LANGS, SOURCE_LANG } from '../i18n/lang';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use a page id: lowercase letters, digits and single hyphens (for example "risks").',
});

/** A phone number as people dial it: digits, spaces, brackets, dots, dashes and a leading +. */
const phoneNumber = z
  .string()
  .trim()
  .min(3)
  .max(30)
  // A leading bracket is allowed too, as in US numbers such as "(555) 555-0100".
  .regex(/^\+?[0-9(][0-9 ().-]*[0-9]$/, {
    error: 'Write a phone number with digits, spaces, dashes or brackets only (for example "0113 555 0100").',
  });

/** Text of one field in another language: trimmed, never empty. */
const translatedText = (max: number) => z.string().trim().min(2).max(max);

/**
 * The edition's own words in another language, under the same names as the fields they translate.
 * Every field is optional: a text left out is shown in the edition's language, marked as such
 * (`lang="en"`), so a screen reader reads it with the right voice. Names, numbers and dates are
 * never translated here.
 */
const editionTranslation = z
  .object({
    organisation: z
      .object({
        /** The publisher's name as readers of this language know it (only if it has one). */
        name: translatedText(100).optional(),
      })
      .strict()
      .optional(),
    clinic: z
      .object({
        /** The clinic's name in this language (only if it has one). */
        name: translatedText(100).optional(),
        /** Opening hours in this language, for example "De lunes a viernes, de 8 a. m. a 5 p. m.". */
        hours: z.string().trim().min(3).max(100).optional(),
      })
      .strict()
      .optional(),
    emergency: z
      .object({
        crisisLine: z
          .object({
            /** The crisis line's name in this language, for example "988 Línea de Prevención del Suicidio y Crisis". */
            name: translatedText(80).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /** The funding statement in this language. */
    funding: z.string().trim().min(3).max(1000).optional(),
    /** The conflicts of interest in this language. */
    conflicts: z.string().trim().min(3).max(1000).optional(),
  })
  .strict();

export const editionSchema = z
  .object({
    /**
     * Set to true in example editions (for instance the fictional clinic in examples/). Every page
     * then says plainly that the clinic and its numbers are an example, not a real service.
     */
    example: z.boolean().default(false),
    /** Who publishes this edition: a clinic, hospital, charity or the project itself. */
    organisation: z.object({
      /** The publisher's name as readers know it. */
      name: z.string().trim().min(2).max(100),
      /** The publisher's own website (optional). */
      url: z.url({ protocol: /^https?$/ }).optional(),
    }),
    /**
     * The pump clinic readers should call. Leave out the whole block in an edition that is not
     * tied to one clinic: the pages then say "your pump clinic" without a name or number.
     */
    clinic: z
      .object({
        /** The clinic's name, for example "Pain Management Unit, St Example's Hospital". */
        name: z.string().trim().min(2).max(100),
        /** The number to call in opening hours. */
        phone: phoneNumber,
        /** When that number is answered, in plain words (for example "Monday to Friday, 8am to 5pm"). */
        hours: z.string().trim().min(3).max(100).optional(),
        /** A number answered outside those hours (an on-call team or hospital switchboard). */
        afterHoursPhone: phoneNumber.optional(),
      })
      .optional(),
    /** Emergency numbers where this edition's readers live. */
    emergency: z.object({
      /** The emergency number to call for an ambulance: "911" in the US, "999" in the UK, "112" in the EU. */
      number: z.string().regex(/^[0-9]{2,4}$/, {
        error: 'Write the emergency number as 2 to 4 digits, for example "911", "999" or "112".',
      }),
      /** A crisis line for thoughts of suicide or self-harm, shown beside the emergency number. */
      crisisLine: z
        .object({
          /** Its name, for example "988 Suicide & Crisis Lifeline" or "Samaritans". */
          name: z.string().trim().min(2).max(80),
          /** The number to call (or text, where the service allows it). */
          number: phoneNumber,
        })
        .optional(),
    }),
    /**
     * Clinicians who reviewed pages of this edition. Never invent one: list only people who really
     * checked the pages, with the date they did. A page names a reviewer only if it is covered here.
     */
    reviewers: z
      .array(
        z.object({
          /** The reviewer's full name. */
          name: z.string().trim().min(3).max(100),
          /** Profession and qualifications, for example "Consultant in pain medicine, FFPMRCA". */
          credentials: z.string().trim().min(2).max(150),
          /** The date of the review (YYYY-MM-DD). */
          reviewed: z.coerce.date(),
          /** "all", or the ids of the pages reviewed (topic ids or site page ids, for example "risks"). */
          pages: z.union([z.literal('all'), z.array(kebabId).min(1)]),
        }),
      )
      .default([]),
    /** Who paid for this edition, in plain words. Leave out if not yet published. */
    funding: z.string().trim().min(3).max(1000).optional(),
    /** The publisher's and reviewers' conflicts of interest, or "None". Leave out if not yet published. */
    conflicts: z.string().trim().min(3).max(1000).optional(),
    /**
     * The edition's own words in other languages, by language code (for example `es:`), under the
     * same field names: `translations: { es: { emergency: { crisisLine: { name: "…" } } } }`.
     * Optional; see src/lib/edition/localize-edition.ts and docs/i18n.md.
     */
    translations: z
      .partialRecord(z.enum(LANGS), editionTranslation)
      .refine((translations) => !(SOURCE_LANG in translations), {
        error: `Leave out "${SOURCE_LANG}": the fields above are already in that language. List only other languages here.`,
      })
      .optional(),
  })
  .strict();

export type Edition = z.infer<typeof editionSchema>;

/** Turns a failed parse into one message per field, naming the field as written in the file. */
export function formatEditionProblems(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `  - ${field}: ${issue.message}`;
  });
  return `The edition file ${file} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}. Fix ${lines.length === 1 ? 'it' : 'them'} and build again:\n${lines.join('\n')}`;
}
