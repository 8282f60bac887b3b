import ICAL from 'ical.js';
import { uiStrings } from '@/i18n';
import { describe, expect, it } from 'vitest';
import { buildCalendar, CALENDAR_PRODID, escapeText, foldLine } from '@/lib/my-pump/calendar';
import { EMPTY_PUMP, type MyPump } from '@/lib/my-pump/my-pump-record';

const en = uiStrings('en').tools.myPump.calendar;
const NOW = new Date('2026-12-03T21:05:09.123Z');
const pump: MyPump = {
  ...EMPTY_PUMP,
  medicines: ['baclofen'],
  clinicName: 'St. Example’s; Pain, Spasticity & \\ Pump Clinic — نص عربي 💊 with a very long name that needs folding',
  clinicPhone: '555-0100',
  nextRefill: '2027-01-20',
  lowReservoirAlarm: '2027-01-25',
  batteryReplacement: '2030-06-01',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate,
        end: event.endDate,
        stamp: vevent.getFirstPropertyValue('dtstamp') as ICAL.Time,
        alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
          action: alarm.getFirstPropertyValue('action'),
          trigger: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86_400,
        })),
      };
    }),
  };
}

describe('the calendar file', () => {
  const text = buildCalendar(pump, NOW, en)!;
  const { calendar, events } = parse(text);

  it('is an RFC 5545 calendar with PRODID and VERSION, read by a standard parser', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(CALENDAR_PRODID);
  });

  it('has one all-day event on each date, with a UID, a DTSTAMP and a summary', () => {
    expect(events.map((e) => [e.summary, e.start.toString(), e.start.isDate, e.end.toString()])).toEqual([
      ['Pump refill due', '2027-01-20', true, '2027-01-21'],
      ['Pump low-reservoir alarm date', '2027-01-25', true, '2027-01-26'],
      ['Pump battery replacement due', '2030-06-01', true, '2030-06-02'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    for (const e of events) {
      expect(e.uid).toMatch(/^my-pump-[a-zA-Z]+@pain-pump-guide$/);
      expect(e.stamp.toString()).toBe('2026-12-03T21:05:09Z');
    }
  });

  it('reminds days before each date', () => {
    expect(events.map((e) => e.alarms)).toEqual([
      [{ action: 'DISPLAY', trigger: -14 }, { action: 'DISPLAY', trigger: -3 }],
      [{ action: 'DISPLAY', trigger: -7 }, { action: 'DISPLAY', trigger: -1 }],
      [{ action: 'DISPLAY', trigger: -60 }, { action: 'DISPLAY', trigger: -14 }],
    ]);
  });

  it('keeps the clinic text exactly, escaped in the file', () => {
    expect(events[0]!.description).toBe(`Pump clinic: ${pump.clinicName}, 555-0100.`);
    expect(text.replace(/\r\n /g, '')).toContain('St. Example’s\\; Pain\\, Spasticity & \\\\ Pump Clinic');
  });

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' ')), 'the long description was folded').toBe(true);
  });

  it('has no events, and no file, without dates; leaves out dates that are not real', () => {
    expect(buildCalendar({ ...EMPTY_PUMP }, NOW, en)).toBeNull();
    expect(parse(buildCalendar({ ...EMPTY_PUMP, nextRefill: '2027-02-30', batteryReplacement: '2029-01-01' }, NOW, en)!).events.map((e) => e.summary)).toEqual([
      'Pump battery replacement due',
    ]);
  });
});

describe('the calendar file in Spanish', () => {
  it('names the events and reminders in Spanish', () => {
    const es = uiStrings('es').tools.myPump.calendar;
    const events = parse(buildCalendar({ ...EMPTY_PUMP, nextRefill: '2027-01-20', clinicName: 'Clínica', clinicPhone: '555-0100' }, NOW, es)!).events;
    expect(events.map((e) => e.summary)).toEqual(['Toca la recarga de la bomba']);
    expect(events[0]!.description).toBe('Clínica de la bomba: Clínica, 555-0100.');
  });
});

describe('text rules', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds without splitting a character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'é💊'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
