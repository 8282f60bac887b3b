import { describe, expect, it } from 'vitest';
import {
  cardsFor,
  levelAction,
  signsForMedicines,
  signsToShow,
  stepsFor,
  telHref,
  warningSignsUsage,
} from '@/lib/warning-signs/warning-signs';
import { editionSchema } from '@/lib/edition/edition-schema';
import { TRIAGE_LEVELS } from '@/lib/warning-signs/vocabulary';
import { readHelpSteps, readWarningSigns } from '../../../support/warning-sign-files';

const signs = readWarningSigns();
const steps = readHelpSteps();
const generic = editionSchema.parse({
  organisation: { name: 'Pain Pump Guide' },
  emergency: { number: '911', crisisLine: { name: '988 Suicide & Crisis Lifeline', number: '988' } },
});
const uk = editionSchema.parse({
  example: true,
  organisation: { name: 'Example Pump Clinic' },
  clinic: {
    name: 'Example Pump Clinic',
    phone: '0113 496 0000',
    hours: 'Monday to Friday, 9am to 5pm',
    afterHoursPhone: '0113 496 0999',
  },
  emergency: { number: '999', crisisLine: { name: 'Samaritans', number: '116 123' } },
});

describe('the real warning signs', () => {
  it('have core emergency signs, including overdose, baclofen withdrawal and thoughts of self-harm', () => {
    const core = signs.filter((s) => s.core).map((s) => s.id);
    expect(core).toEqual(
      expect.arrayContaining([
        'overdose-hard-to-wake',
        'baclofen-withdrawal-severe',
        'self-harm-thoughts',
        'meningitis',
        'spinal-cord-pressure',
        'alarm-and-unwell',
      ]),
    );
    expect(signs.filter((s) => s.core).every((s) => s.level === 'emergency')).toBe(true);
  });

  it('put early baclofen withdrawal at "now", never "today" (audit finding 3)', () => {
    expect(signs.find((s) => s.id === 'baclofen-early-withdrawal')?.level).toBe('now');
  });

  it('keep "very sleepy" wording in one sign only, so a reader never matches two levels (audit finding 1)', () => {
    const sleepy = signs.filter((s) => /\b(very|extremely) sleepy\b/i.test(s.text));
    expect(sleepy.map((s) => s.id)).toEqual(['overdose-hard-to-wake']);
    expect(signs.find((s) => s.id === 'unwell-after-refill')?.text).toMatch(/hard to wake .* emergency/);
  });

  it('show the crisis line with thoughts of self-harm at emergency level', () => {
    const selfHarm = signs.find((s) => s.id === 'self-harm-thoughts')!;
    expect(selfHarm.level).toBe('emergency');
    expect(selfHarm.crisisLine).toBe(true);
  });
});

describe('signsToShow', () => {
  it('puts every core sign first, then the extra signs by level (emergency, now, today)', () => {
    const shown = signsToShow(signs, ['wound-problem', 'any-pump-alarm', 'baclofen-overdose']);
    const coreCount = signs.filter((s) => s.core).length;
    expect(shown.slice(0, coreCount).every((s) => s.core)).toBe(true);
    expect(shown.slice(coreCount).map((s) => s.id)).toEqual(['baclofen-overdose', 'any-pump-alarm', 'wound-problem']);
    const levels = shown.map((s) => TRIAGE_LEVELS.indexOf(s.level));
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
  });

  it('ignores unknown ids (the content checks report them)', () => {
    expect(signsToShow(signs, ['no-such-sign']).every((s) => s.core)).toBe(true);
  });
});

describe('signsForMedicines', () => {
  it('keeps signs for every pump and for the chosen medicines only', () => {
    const baclofen = signsForMedicines(signs, ['baclofen']).map((s) => s.id);
    expect(baclofen).toContain('baclofen-early-withdrawal');
    expect(baclofen).toContain('meningitis');
    expect(baclofen).not.toContain('opioid-withdrawal');
    expect(baclofen).not.toContain('ziconotide-mind-changes');
  });
});

describe('cardsFor', () => {
  it('makes one card per level, emergency first, and leaves out empty levels', () => {
    const cards = cardsFor(signsToShow(signs, ['wound-problem']));
    expect(cards.map((c) => c.level)).toEqual(['emergency', 'today']);
  });
});

describe('stepsFor', () => {
  it('shows no "while you wait" steps unless a shown sign asks for them', () => {
    expect(
      stepsFor(
        signs.filter((s) => s.id === 'wound-problem'),
        steps,
      ),
    ).toEqual([]);
  });
  it('shows naloxone steps for a sign about every pump, and only the baclofen-relevant steps for a baclofen-only sign', () => {
    expect(stepsFor(signsToShow(signs, []), steps).map((s) => s.id)).toContain('give-naloxone');
    const baclofenOnly = stepsFor(
      signs.filter((s) => s.id === 'baclofen-overdose'),
      steps,
    ).map((s) => s.id);
    expect(baclofenOnly).toContain('naloxone-limits');
    expect(baclofenOnly).not.toContain('give-naloxone');
  });
});

describe('levelAction', () => {
  it('says the generic edition\'s 911 and "your pump clinic"', () => {
    expect(levelAction('emergency', generic).heading).toBe('Emergency: call 911 now');
    expect(levelAction('now', generic).lead).toBe('Call your pump clinic now if:');
    expect(levelAction('now', generic).footnote).toMatch(/cannot reach them at once, go to an emergency department/);
    expect(levelAction('today', generic).heading).toBe('Call your pump clinic today');
  });

  it("uses a UK edition's 999 and names its clinic, with the after-hours number on 'now' cards only", () => {
    const all = TRIAGE_LEVELS.map((level) => JSON.stringify(levelAction(level, uk)));
    expect(all.join(' ')).not.toMatch(/911/);
    expect(levelAction('emergency', uk).heading).toBe('Emergency: call 999 now');
    expect(levelAction('now', uk).contacts.map((c) => c.number)).toEqual(['0113 496 0000', '0113 496 0999']);
    expect(levelAction('today', uk).contacts.map((c) => c.number)).toEqual(['0113 496 0000']);
    expect(levelAction('now', uk).lead).toBe('Call Example Pump Clinic now if:');
  });
});

describe('warningSignsUsage and telHref', () => {
  it('reads the extra ids from the MDX tag', () => {
    expect(warningSignsUsage('Text\n\n<WarningSigns show="a, b  c" />\n')).toEqual({
      count: 1,
      extraIds: ['a', 'b', 'c'],
    });
    expect(warningSignsUsage('<WarningSigns />')).toEqual({ count: 1, extraIds: [] });
    expect(warningSignsUsage('No signs here.')).toEqual({ count: 0, extraIds: [] });
  });

  it('makes tel: links from written numbers', () => {
    expect(telHref('0113 496 0000')).toBe('tel:01134960000');
    expect(telHref('+1 (555) 010-0199')).toBe('tel:+15550100199');
  });
});
