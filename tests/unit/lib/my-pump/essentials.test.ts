import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { editionSchema } from '@/lib/edition/edition-schema';
import { editionForPerson, headline, pumpEssentials, withClinicDefaults } from '@/lib/my-pump/essentials';
import { EMPTY_PUMP, type MyPump } from '@/lib/my-pump/my-pump-record';
import { parsePumpModels } from '@/lib/my-pump/pump-models';
import { missedRefillAdvice, refillStatus } from '@/lib/my-pump/refill';
import { signGroupsFor } from '@/lib/my-pump/vocabulary';
import { uiStrings } from '@/i18n';

const en = uiStrings('en').tools.myPump;
const es = uiStrings('es').tools.myPump;
import { readSourceIds, readWarningSigns } from '../../../support/warning-sign-files';

const signs = readWarningSigns();
const models = parsePumpModels(parse(readFileSync('content/pump-models.yaml', 'utf8')), 'content/pump-models.yaml', readSourceIds());
const generic = editionSchema.parse({ organisation: { name: 'Pain Pump Guide' }, emergency: { number: '911' } });
const clinicEdition = editionSchema.parse({
  organisation: { name: 'Example Pump Clinic' },
  clinic: { name: 'Example Pump Clinic', phone: '0113 496 0000', hours: 'Monday to Friday', afterHoursPhone: '0113 496 0999' },
  emergency: { number: '999' },
});
const pump = (fields: Partial<MyPump>): MyPump => ({ ...EMPTY_PUMP, ...fields });

describe('medicines and warning-sign groups', () => {
  it('maps morphine, hydromorphone and fentanyl to opioid, once; "other" to no group', () => {
    expect(signGroupsFor(['morphine', 'fentanyl', 'hydromorphone'])).toEqual(['opioid']);
    expect(signGroupsFor(['baclofen', 'clonidine', 'other'])).toEqual(['baclofen', 'clonidine']);
    expect(signGroupsFor(['other'])).toEqual([]);
  });

  it('"other" shows only the signs for every pump; baclofen adds its own', () => {
    const other = pumpEssentials(pump({ medicines: ['other'], otherMedicine: 'Sufentanil' }), signs, models, generic, en, "en");
    const all = other.cards.flatMap((c) => c.signs);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((s) => s.appliesTo === 'all')).toBe(true);
    const baclofen = pumpEssentials(pump({ medicines: ['baclofen'] }), signs, models, generic, en, "en");
    expect(baclofen.cards.flatMap((c) => c.signs).map((s) => s.id)).toEqual(expect.arrayContaining(['baclofen-withdrawal-severe', 'baclofen-early-withdrawal']));
    expect(baclofen.cards.flatMap((c) => c.signs).map((s) => s.id)).not.toContain('opioid-withdrawal');
  });
});

describe('what the card and sheet say', () => {
  it('names the medicine in the headline', () => {
    expect(headline(pump({ medicines: ['morphine'] }), en, "en")).toBe('I have an implanted morphine pump');
    expect(headline(pump({ medicines: ['baclofen', 'clonidine', 'other'], otherMedicine: 'Sufentanil' }), en, "en")).toBe(
      'I have an implanted baclofen, clonidine, and Sufentanil pump',
    );
    expect(headline(pump({ medicines: ['ziconotide'] }), en, "en")).toBe('I have an implanted ziconotide (Prialt) pump');
    expect(headline(EMPTY_PUMP, en, "en")).toBe('I have an implanted drug pump');
  });

  it('says it in Spanish, with the Spanish medicine names', () => {
    expect(headline(pump({ medicines: ['baclofen', 'clonidine'] }), es, 'es')).toBe('Tengo una bomba implantada de baclofeno y clonidina');
    expect(headline(EMPTY_PUMP, es, 'es')).toBe('Tengo una bomba de medicamento implantada');
    const e = pumpEssentials(pump({ medicines: ['baclofen'], emergencyName: 'Ana', emergencyPhone: '555-0111' }), signs, models, generic, es, 'es');
    expect(e.neverStop).toEqual(['Nunca deje de recibir baclofeno de golpe.']);
    expect(e.contacts).toEqual([
      { label: 'Emergencias', number: '911' },
      { label: 'Contacto de emergencia: Ana', number: '555-0111' },
    ]);
    expect(pumpEssentials(EMPTY_PUMP, signs, models, generic, es, 'es').modelName).toBe('Modelo de bomba no indicado');
  });

  it('puts emergency signs first, from the data, with their short text', () => {
    const e = pumpEssentials(pump({ medicines: ['clonidine'] }), signs, models, generic, en, "en");
    expect(e.cards.map((c) => c.level)).toEqual(['emergency', 'now', 'today']);
    expect(e.emergencySigns.every((s) => s.level === 'emergency')).toBe(true);
    expect(e.emergencySigns.map((s) => s.id)).toContain('clonidine-withdrawal-severe');
    expect(e.actions[0]!.heading).toBe('Emergency: call 911 now');
  });

  it('says "never stop suddenly" for baclofen and clonidine only', () => {
    expect(pumpEssentials(pump({ medicines: ['baclofen', 'clonidine'] }), signs, models, generic, en, "en").neverStop).toEqual([
      'Never stop baclofen suddenly.',
      'Never stop clonidine suddenly.',
    ]);
    expect(pumpEssentials(pump({ medicines: ['morphine', 'bupivacaine'] }), signs, models, generic, en, "en").neverStop).toEqual([]);
  });

  it('gives the chosen model’s MRI rule, and the "I don’t know" rule when none is chosen', () => {
    expect(pumpEssentials(pump({ model: 'prometra-ii', medicines: ['baclofen'] }), signs, models, generic, en, "en").mri.mriShort).toMatch(/emptied/);
    const none = pumpEssentials(pump({ medicines: ['baclofen'] }), signs, models, generic, en, "en");
    expect(none.mri.mriShort).toMatch(/find out which pump/);
    expect(none.modelName).toBe('Pump model not given');
  });

  it('lists emergency, clinic, after-hours and the person’s emergency contact', () => {
    const e = pumpEssentials(pump({ medicines: ['morphine'], clinicName: 'My Clinic', clinicPhone: '555-0100', afterHoursPhone: '555-0199', emergencyName: 'Sam', emergencyPhone: '555-0111' }), signs, models, generic, en, "en");
    expect(e.contacts).toEqual([
      { label: 'Emergency', number: '911' },
      { label: 'My Clinic', number: '555-0100' },
      { label: 'Clinic after hours', number: '555-0199' },
      { label: 'Emergency contact: Sam', number: '555-0111' },
    ]);
    expect(e.actions.find((a) => a.level === 'now')!.lead).toBe('Call My Clinic now if:');
  });
});

describe('a clinic edition’s numbers are defaults', () => {
  it('fills only the clinic fields never filled in', () => {
    expect(withClinicDefaults(EMPTY_PUMP, clinicEdition)).toMatchObject({ clinicName: 'Example Pump Clinic', clinicPhone: '0113 496 0000', afterHoursPhone: '0113 496 0999' });
    expect(withClinicDefaults(pump({ clinicPhone: '' }), clinicEdition).clinicPhone).toBe('');
    expect(withClinicDefaults(pump({ clinicName: 'Elsewhere' }), clinicEdition).clinicName).toBe('Elsewhere');
    expect(withClinicDefaults(EMPTY_PUMP, generic)).toEqual(EMPTY_PUMP);
  });

  it('keeps the edition clinic’s hours only when it is the same clinic', () => {
    const same = editionForPerson(clinicEdition, withClinicDefaults(EMPTY_PUMP, clinicEdition), en);
    expect(same.clinic?.hours).toBe('Monday to Friday');
    expect(editionForPerson(clinicEdition, pump({ clinicName: 'Elsewhere', clinicPhone: '555-0100' }), en).clinic).toEqual({ name: 'Elsewhere', phone: '555-0100' });
    expect(editionForPerson(clinicEdition, pump({ clinicName: 'Elsewhere' }), en).clinic).toBeUndefined();
    expect(editionForPerson(generic, pump({ clinicPhone: '555-0100' }), en).clinic).toEqual({ name: 'your pump clinic', phone: '555-0100' });
    expect(pumpEssentials(pump({ medicines: ['morphine'], clinicPhone: '555-0100' }), signs, models, generic, en, "en").contacts[1]).toEqual({ label: 'Pump clinic', number: '555-0100' });
  });
});

describe('refills', () => {
  it('knows whether the next refill is coming, today or missed', () => {
    expect(refillStatus(undefined, '2026-12-03')).toEqual({ state: 'none' });
    expect(refillStatus('2026-12-10', '2026-12-03')).toEqual({ state: 'upcoming', days: 7 });
    expect(refillStatus('2026-12-03', '2026-12-03')).toEqual({ state: 'today' });
    expect(refillStatus('2026-11-30', '2026-12-03')).toEqual({ state: 'overdue', days: 3 });
    expect(refillStatus('2027-03-01', '2026-12-03')).toEqual({ state: 'upcoming', days: 88 });
  });

  it('a missed refill shows the missed-refill sign, the medicine’s early signs, and "call now"', () => {
    const baclofen = missedRefillAdvice(pump({ medicines: ['baclofen', 'clonidine'], clinicName: 'My Clinic', clinicPhone: '555-0100' }), signs, generic, en);
    expect(baclofen.signs.map((s) => s.id)).toEqual(['missed-refill', 'baclofen-early-withdrawal', 'clonidine-stopped']);
    expect(baclofen.action.heading).toBe('Call your pump clinic now');
    expect(baclofen.action.contacts).toEqual([{ label: 'My Clinic', number: '555-0100' }]);
    expect(missedRefillAdvice(pump({ medicines: ['morphine'] }), signs, generic, en).signs.map((s) => s.id)).toEqual(['missed-refill']);
  });
});
