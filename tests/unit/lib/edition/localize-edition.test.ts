import { describe, expect, it } from 'vitest';
import { editionSchema } from '@/lib/edition/edition-schema';
import { editionTextLang, localizeEdition } from '@/lib/edition/localize-edition';
import { readEdition } from '@/lib/edition/load-edition';
import { contactLineList, contactLines } from '@/lib/edition/contacts';
import { crisisContact, levelAction } from '@/lib/warning-signs/warning-signs';
import { uiStrings } from '@/i18n';

const clinicEdition = editionSchema.parse({
  organisation: { name: 'Example Trust' },
  clinic: {
    name: 'Example Pump Clinic',
    phone: '0113 496 0000',
    hours: 'Monday to Friday, 9am to 5pm',
    afterHoursPhone: '0113 496 0999',
  },
  emergency: { number: '999', crisisLine: { name: 'Samaritans', number: '116 123' } },
  translations: { es: { clinic: { hours: 'De lunes a viernes, de 9 a. m. a 5 p. m.' } } },
});
const spanish = uiStrings('es').site;

describe('edition translations in the schema', () => {
  it('accepts texts for another language under the same field names', () => {
    expect(clinicEdition.translations?.es?.clinic?.hours).toBe('De lunes a viernes, de 9 a. m. a 5 p. m.');
  });

  it('refuses the source language and fields that are not texts', () => {
    const base = { organisation: { name: 'X Trust' }, emergency: { number: '911' } };
    expect(editionSchema.safeParse({ ...base, translations: { en: { funding: 'Paid by us.' } } }).success).toBe(false);
    expect(editionSchema.safeParse({ ...base, translations: { es: { clinic: { phone: '555 0100' } } } }).success).toBe(
      false,
    );
    expect(editionSchema.safeParse({ ...base, translations: { fr: { funding: 'Payé par nous.' } } }).success).toBe(
      false,
    );
  });

  it('gives the generic edition a Spanish crisis line name', () => {
    const edition = localizeEdition(readEdition('content/site.yaml'), 'es');
    expect(edition.emergency.crisisLine?.name).toBe('988 Línea de Prevención del Suicidio y Crisis');
    expect(edition.untranslated).not.toContain('emergency.crisisLine.name');
  });
});

describe('localizeEdition', () => {
  it('leaves the source language as it is, with nothing untranslated', () => {
    const edition = localizeEdition(clinicEdition, 'en');
    expect(edition.clinic?.hours).toBe('Monday to Friday, 9am to 5pm');
    expect(edition.untranslated).toEqual([]);
  });

  it('uses each translated text and keeps the rest in English, listed as untranslated', () => {
    const edition = localizeEdition(clinicEdition, 'es');
    expect(edition.clinic?.hours).toBe('De lunes a viernes, de 9 a. m. a 5 p. m.');
    expect(edition.clinic?.name).toBe('Example Pump Clinic');
    expect(edition.untranslated).toEqual(['organisation.name', 'clinic.name', 'emergency.crisisLine.name']);
    expect(editionTextLang(edition, 'clinic.hours')).toBe('es');
    expect(editionTextLang(edition, 'emergency.crisisLine.name')).toBe('en');
    // Numbers never change.
    expect(edition.clinic?.phone).toBe('0113 496 0000');
    expect(edition.emergency.number).toBe('999');
  });
});

describe('warning-sign cards and contact lines in Spanish', () => {
  const edition = localizeEdition(clinicEdition, 'es');

  it('keep every urgency word and fill in the edition numbers', () => {
    expect(levelAction('emergency', edition, spanish.careCards).heading).toBe('Emergencia: llame al 999 ahora mismo');
    expect(levelAction('now', edition, spanish.careCards).heading).toBe('Llame a su clínica de la bomba ahora mismo');
    expect(levelAction('today', edition, spanish.careCards).heading).toBe('Llame a su clínica de la bomba hoy');
    expect(levelAction('now', edition, spanish.careCards).lead).toBe('Llame a Example Pump Clinic ahora mismo si:');
    expect(levelAction('now', edition, spanish.careCards).contacts.map((c) => c.number)).toEqual([
      '0113 496 0000',
      '0113 496 0999',
    ]);
  });

  it('mark an untranslated edition label as English, and a translated one not at all', () => {
    expect(crisisContact(edition)).toEqual({ label: 'Samaritans', number: '116 123', labelLang: 'en' });
    // The clinic label is led by its (translated) hours.
    expect(levelAction('today', edition, spanish.careCards).contacts[0]?.labelLang).toBeUndefined();
    expect(crisisContact(localizeEdition(readEdition('content/site.yaml'), 'es'))?.labelLang).toBeUndefined();
  });

  it('print the contact lines in Spanish', () => {
    expect(contactLineList(contactLines(edition, spanish.contacts))).toEqual([
      'Su clínica de la bomba: Example Pump Clinic, 0113 496 0000 (De lunes a viernes, de 9 a. m. a 5 p. m.).',
      'Fuera del horario: 0113 496 0999.',
      'En una emergencia, llame al 999.',
      'Si tiene pensamientos de suicidio o de hacerse daño: Samaritans, 116 123.',
    ]);
  });
});
