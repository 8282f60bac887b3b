/**
 * The person's pump dates as an iCalendar file (RFC 5545) for their own calendar app: one all-day
 * event per date, each with reminders some days before. Pure: the page turns the text into a
 * download; nothing is sent anywhere.
 */
import { addDays, isRealDate } from './dates';
import type { DateField, MyPump } from './my-pump-record';
import type { MyPumpWords } from './essentials';

type CalendarField = 'nextRefill' | 'lowReservoirAlarm' | 'batteryReplacement';

/** The dates that go in the calendar (each event is named in words.calendar), and when to remind (days before). */
const CALENDAR_EVENTS: readonly { field: CalendarField; remindDaysBefore: number[] }[] = [
  { field: 'nextRefill', remindDaysBefore: [14, 3] },
  { field: 'lowReservoirAlarm', remindDaysBefore: [7, 1] },
  { field: 'batteryReplacement', remindDaysBefore: [60, 14] },
];

/** Identifies the program that made the file (PRODID). */
export const CALENDAR_PRODID = '-//Pain Pump Guide//My pump//EN';

/** Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 3.1): the rest continues on the
 * next line after CRLF and one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** 20261203T210000Z */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const basicDate = (date: string) => date.replace(/-/g, '');

/** Text for each event's description: who to call, as the person wrote it. */
function describe(pump: MyPump, words: MyPumpWords['calendar']): string {
  const clinic = [pump.clinicName, pump.clinicPhone].filter(Boolean).join(', ');
  return clinic ? words.clinic(clinic) : words.noClinic;
}

/** The dates in the record that go in the calendar (real dates only). */
export function calendarDates(pump: MyPump): { field: DateField & CalendarField; date: string; remindDaysBefore: number[] }[] {
  return CALENDAR_EVENTS.flatMap((event) => {
    const date = pump[event.field];
    return date && isRealDate(date) ? [{ ...event, date }] : [];
  });
}

/**
 * The .ics text for the usable record (see usablePump), or null when it has no dates. `now` is the
 * DTSTAMP. UIDs depend on the kind of date only, so importing a newer file updates the same events.
 */
export function buildCalendar(pump: MyPump, now: Date, words: MyPumpWords['calendar']): string | null {
  const dates = calendarDates(pump);
  if (dates.length === 0) return null;
  const stamp = utcStamp(now);
  const description = escapeText(describe(pump, words));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${CALENDAR_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const { field, date, remindDaysBefore } of dates) {
    const summary = words[field];
    lines.push(
      'BEGIN:VEVENT',
      `UID:my-pump-${field}@pain-pump-guide`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${description}`,
      'TRANSP:TRANSPARENT',
    );
    for (const days of remindDaysBefore) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(words.inDays(summary, days))}`,
        `TRIGGER:-P${days}D`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
