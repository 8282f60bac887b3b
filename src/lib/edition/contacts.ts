/**
 * The edition's numbers as plain lines for printouts (question list, decision summary, kit) and the
 * footer. Pure, so islands get these strings as plain props from their Astro pages and never load
 * the edition themselves.
 */
import type { Edition } from './edition-schema';
import type { SiteStrings } from '../../i18n';
import { site as englishSite } from '../../i18n/en/site';

/** The lines' words in one language (src/i18n/<lang>/site.ts `contacts`). */
type ContactWords = SiteStrings['contacts'];

export interface ContactLines {
  /** "In an emergency, call 999." */
  emergency: string;
  /** "For thoughts of suicide or self-harm: Samaritans, 116 123." or null. */
  crisis: string | null;
  /** "Your pump clinic: Name, 0113 496 0000 (Monday to Friday, 9am to 5pm)." or a generic line. */
  clinic: string;
  /** "After hours: 0113 496 0001." or null. */
  afterHours: string | null;
}

/** The lines in the words given (English when not given); pass a localized edition for other languages. */
export function contactLines(
  edition: Pick<Edition, 'clinic' | 'emergency'>,
  words: ContactWords = englishSite.contacts,
): ContactLines {
  const { clinic, emergency } = edition;
  return {
    emergency: words.emergency(emergency.number),
    crisis: emergency.crisisLine ? words.crisis(emergency.crisisLine.name, emergency.crisisLine.number) : null,
    clinic: clinic ? words.clinic(clinic.name, clinic.phone, clinic.hours ?? '') : words.noClinic,
    afterHours: clinic?.afterHoursPhone ? words.afterHours(clinic.afterHoursPhone) : null,
  };
}

/** The lines in print order, empty ones left out. */
export function contactLineList(lines: ContactLines): string[] {
  return [lines.clinic, lines.afterHours, lines.emergency, lines.crisis].filter((l): l is string => Boolean(l));
}
