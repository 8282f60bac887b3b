import { uiStrings } from '@/i18n';
import type { Lang } from '@/lib/i18n/lang';
import type { RecordFacts } from '@/lib/storage/record-kind';
import { describe, expect, it } from 'vitest';
import {
  addRefill,
  EMPTY_PUMP,
  fieldProblems,
  fieldProblemText,
  myPumpRecord,
  removeRefill,
  STORED_TEXT_MAX,
  usablePump,
  type MyPump,
} from '@/lib/my-pump/my-pump-record';
import { parseRecord, loadRecord, saveRecord } from '@/lib/storage/records';
import { serializeEnvelope } from '@/lib/storage/stored-value';
import { recordKindById } from '@/lib/storage/registry';
import { FakeStorage } from '../storage/fake-storage';

const TODAY = '2026-12-03';
const NOW = 1_764_795_600_000;
const full: MyPump = {
  model: 'synchromed-ii',
  medicines: ['morphine', 'clonidine'],
  dose: '2 mg a day (morphine), 50 mcg a day',
  concentration: '25 mg/mL',
  clinicName: 'Example Pump Clinic',
  clinicPhone: '+1 (555) 010-0100',
  afterHoursPhone: '555.010.0199',
  emergencyName: 'Sam',
  emergencyPhone: '555 0100',
  nextRefill: '2027-01-20',
  lowReservoirAlarm: '2027-01-25',
  batteryReplacement: '2030-06-01',
  implantDate: '2024-02-29',
  refills: [{ date: '2026-10-28', nextDue: '2027-01-20' }],
};

/** The field problems in the reader's words, as the page shows them. */
function problemsInWords(pump: MyPump, today: string, lang: Lang = 'en'): Partial<Record<string, string>> {
  return Object.fromEntries(
    Object.entries(fieldProblems(pump, today)).map(([field, problem]) => [field, fieldProblemText(problem, uiStrings(lang).tools.myPump.problems, lang)]),
  );
}
const inWords = (facts: RecordFacts, lang: Lang = 'en') => uiStrings(lang).tools.records['my-pump'].summary(facts);

describe('the My pump record', () => {
  it('replaces the reserved slot in the registry, with the same id, key and version', () => {
    expect(recordKindById('my-pump')).toBe(myPumpRecord);
    expect(myPumpRecord.key).toBe('ppg:my-pump:v1');
    expect(myPumpRecord.version).toBe(1);
  });

  it('round-trips a full record through storage unchanged', () => {
    const storage = new FakeStorage();
    expect(saveRecord(myPumpRecord, storage, full, NOW)).toBe(true);
    expect(loadRecord(myPumpRecord, storage, NOW)).toEqual({ status: 'ok', value: full, changedAt: NOW });
  });

  it('keeps hostile text exactly as typed (it is shown as text, never run)', () => {
    const hostile = {
      ...EMPTY_PUMP,
      medicines: ['other'],
      otherMedicine: '<script>alert(1)</script>',
      dose: '\u202Eevil\u202C 💊 ﷽ \u0000 "quoted" \\ back',
      clinicName: 'x'.repeat(10_000),
    };
    expect(parseRecord(myPumpRecord, serializeEnvelope(1, hostile, NOW))).toEqual({ value: hostile, dropped: 0, changedAt: NOW });
  });

  it('drops, and counts, what it cannot read, so the layer keeps the raw value aside', () => {
    const result = myPumpRecord.sanitize({
      v: 1,
      at: NOW,
      model: 'Prometra 9',
      medicines: ['morphine', 'aspirin', 'morphine', 7],
      dose: 42,
      clinicName: 'y'.repeat(STORED_TEXT_MAX + 1),
      nextRefill: '2027-02-30',
      implantDate: '2024-02-29',
      refills: [{ date: '2026-10-28' }, { date: 'yesterday' }, null, { date: '2026-01-01', nextDue: 'soon' }],
      stranger: true,
    })!;
    expect(result.value).toEqual({ medicines: ['morphine'], implantDate: '2024-02-29', refills: [{ date: '2026-10-28' }] });
    // model, aspirin, 7, one duplicate, dose, clinicName, nextRefill, three refills, stranger
    expect(result.dropped).toBe(11);
  });

  it('reads an empty object as empty, and describes what it holds in plain words', () => {
    expect(myPumpRecord.sanitize({ v: 1 })).toEqual({ value: EMPTY_PUMP, dropped: 0 });
    expect(inWords(myPumpRecord.describe(EMPTY_PUMP))).toBe('0 filled-in fields, 0 refills in the log');
    expect(inWords(myPumpRecord.describe(full))).toBe('13 filled-in fields, 1 refill in the log');
  });
});

describe('checking what is typed', () => {
  it('a full, correct record has no problems and is used whole', () => {
    expect(problemsInWords(full, TODAY)).toEqual({});
    expect(usablePump(full, TODAY)).toEqual(full);
  });

  it('needs a medicine, and a name for "other"', () => {
    expect(problemsInWords(EMPTY_PUMP, TODAY).medicines).toMatch(/at least one medicine/);
    expect(problemsInWords({ ...EMPTY_PUMP, medicines: ['other'] }, TODAY).otherMedicine).toMatch(/name of the other medicine/);
    expect(problemsInWords({ ...EMPTY_PUMP, medicines: ['other'], otherMedicine: '  ' }, TODAY).otherMedicine).toMatch(/name/);
  });

  it.each([
    ['555-0100', undefined],
    ['+44 113 496 0000', undefined],
    ['(555) 010.0100', undefined],
    ['12', /too short/],
    ['call 555', /digits/],
    ['555-0100 ext 2', /digits/],
    ['<script>', /digits/],
    ['5'.repeat(31), /30/],
  ])('phone %j', (phone, expected) => {
    const problem = problemsInWords({ ...full, clinicPhone: phone }, TODAY).clinicPhone;
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });

  it('says it in Spanish too', () => {
    expect(problemsInWords(EMPTY_PUMP, TODAY, 'es').medicines).toBe('Elija al menos un medicamento. Su tarjeta lo necesita.');
    expect(problemsInWords({ ...full, dose: 'd'.repeat(10_000) }, TODAY, 'es').dose).toMatch(/^Esto tiene 10,000 caracteres\. Caben 200/);
    expect(inWords(myPumpRecord.describe(full), 'es')).toBe('13 datos escritos, 1 recarga en el registro');
  });

  it('says how long text is, and how long it may be', () => {
    expect(problemsInWords({ ...full, dose: 'd'.repeat(10_000) }, TODAY).dose).toMatch(/10,000 characters long\. The most that fits is 200/);
    expect(problemsInWords({ ...full, dose: 'd'.repeat(200) }, TODAY).dose).toBeUndefined();
  });

  it.each([
    ['nextRefill', '2027-02-29', /not a real date/],
    ['nextRefill', '2027-13-01', /not a real date/],
    ['nextRefill', '1979-12-31', /year/],
    ['batteryReplacement', '2101-01-01', /year/],
    ['implantDate', '2026-12-04', /future/],
    ['implantDate', TODAY, undefined],
    ['nextRefill', '2028-02-29', undefined],
  ] as const)('%s %s', (field, date, expected) => {
    const problem = problemsInWords({ ...full, [field]: date }, TODAY)[field];
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });

  it('leaves out fields with problems and empty text before the card uses the record, and trims the rest', () => {
    const usable = usablePump({ ...full, clinicPhone: 'ring me', dose: '', emergencyName: '  Sam  ', nextRefill: '2027-02-30' }, TODAY);
    expect(usable.clinicPhone).toBeUndefined();
    expect(usable.dose).toBeUndefined();
    expect(usable.nextRefill).toBeUndefined();
    expect(usable.emergencyName).toBe('Sam');
    expect(usable.clinicName).toBe(full.clinicName);
  });
});

describe('the refill log', () => {
  it('keeps the newest first, and the newest refill’s next due date becomes the next refill', () => {
    let pump: MyPump = { ...EMPTY_PUMP };
    pump = addRefill(pump, { date: '2026-09-01', nextDue: '2026-12-01' });
    pump = addRefill(pump, { date: '2026-12-01', nextDue: '2027-03-01' });
    expect(pump.nextRefill).toBe('2027-03-01');
    // Logging an older refill later does not move the next date back.
    pump = addRefill(pump, { date: '2026-06-01', nextDue: '2026-09-01' });
    expect(pump.nextRefill).toBe('2027-03-01');
    expect(pump.refills.map((r) => r.date)).toEqual(['2026-12-01', '2026-09-01', '2026-06-01']);
    expect(removeRefill(pump, 1).refills.map((r) => r.date)).toEqual(['2026-12-01', '2026-06-01']);
  });
});
