/**
 * The edition's numbers as plain lines for printouts (question list, decision summary, kit) and the
 * footer. Pure, so islands get these strings as plain props from their Astro pages and never load
 * the edition themselves.
 */
import type { Edition } from './edition-schema';

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

export function contactLines(edition: Pick<Edition, 'clinic' | 'emergency'>): ContactLines {
  const { clinic, emergency } = edition;
  return {
    emergency: `In an emergency, call ${emergency.number}.`,
    crisis: emergency.crisisLine
      ? `For thoughts of suicide or self-harm: ${emergency.crisisLine.name}, ${emergency.crisisLine.number}.`
      : null,
    clinic: clinic
      ? `Your pump clinic: ${clinic.name}, ${clinic.phone}${clinic.hours ? ` (${clinic.hours})` : ''}.`
      : 'Your pump clinic: write its day and night numbers here: ____________________',
    afterHours: clinic?.afterHoursPhone ? `After hours: ${clinic.afterHoursPhone}.` : null,
  };
}

/** The lines in print order, empty ones left out. */
export function contactLineList(lines: ContactLines): string[] {
  return [lines.clinic, lines.afterHours, lines.emergency, lines.crisis].filter((l): l is string => Boolean(l));
}
