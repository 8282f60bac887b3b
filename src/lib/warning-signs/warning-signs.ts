/**
 * Choosing, ordering and wording warning signs. Pure: the component, the get-help page, My pump
 * and the tests all use these functions, so every place shows the same signs in the same order
 * with the same action.
 */
import type { Edition } from '../edition/edition-schema';
import type { HelpStep, WarningSign } from '../content/schema/warning-signs';
import { TRIAGE_LEVELS, type PumpMedicine, type TriageLevel } from './vocabulary';
import { careCards as englishCareCards } from '../../i18n/en/site';
import type { SiteStrings } from '../../i18n';
import type { Lang } from '../i18n/lang';
import { editionTextLang, type LocalizedEdition } from '../edition/localize-edition';

/** The cards' words in one language (src/i18n/<lang>/site.ts `careCards`). */
export type CareCardWords = SiteStrings['careCards'];

/** A sign with its id (the file name in content/warning-signs/). */
export interface SignEntry extends WarningSign {
  id: string;
}

export type StepEntry = HelpStep;

/** One card: the signs of one level, most urgent level first. */
export interface SignCard {
  level: TriageLevel;
  signs: SignEntry[];
}

/** Anchor id of a sign, so a clinician can link straight to it (for example #sign-meningitis). */
export function signAnchor(id: string): string {
  return `sign-${id}`;
}

/** Anchor id of a level's card (for example #warning-signs-emergency). */
export function cardAnchor(level: TriageLevel): string {
  return `warning-signs-${level}`;
}

function byLevelThenOrder(a: SignEntry, b: SignEntry): number {
  return (
    TRIAGE_LEVELS.indexOf(a.level) - TRIAGE_LEVELS.indexOf(b.level) ||
    Number(b.core) - Number(a.core) ||
    a.order - b.order ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The signs a page shows: every core sign, then the extra ids the page asks for. Unknown ids are
 * left out here (the content checks report them before any page is built).
 */
export function signsToShow(all: SignEntry[], extraIds: string[]): SignEntry[] {
  const wanted = new Set(extraIds);
  return all.filter((sign) => sign.core || wanted.has(sign.id)).sort(byLevelThenOrder);
}

/** Every sign that matters for a person with these medicines ("all" signs included). */
export function signsForMedicines(all: SignEntry[], medicines: readonly PumpMedicine[]): SignEntry[] {
  const mine = new Set<string>(medicines);
  return all
    .filter((sign) => sign.appliesTo === 'all' || sign.appliesTo.some((m) => mine.has(m)))
    .sort(byLevelThenOrder);
}

/** Groups ordered signs into cards: emergency, then now, then today; empty levels are left out. */
export function cardsFor(signs: SignEntry[]): SignCard[] {
  return TRIAGE_LEVELS.map((level) => ({ level, signs: signs.filter((s) => s.level === level) })).filter(
    (card) => card.signs.length > 0,
  );
}

/** The "while you wait" steps that fit the signs shown: none unless a shown sign asks for them. */
export function stepsFor(signs: SignEntry[], steps: StepEntry[]): StepEntry[] {
  const waiting = signs.filter((s) => s.whileYouWait);
  if (waiting.length === 0) return [];
  const medicines = new Set<string>();
  let anyPump = false;
  for (const sign of waiting) {
    if (sign.appliesTo === 'all') anyPump = true;
    else sign.appliesTo.forEach((m) => medicines.add(m));
  }
  return steps.filter((step) => step.appliesTo === 'all' || anyPump || step.appliesTo.some((m) => medicines.has(m)));
}

/** A phone number as a tel: link target (digits and a leading + only). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** A way to get help, in the words a card shows. */
export interface Contact {
  label: string;
  number?: string | undefined;
  /** The label's language when it comes from the edition file untranslated (shown with `lang`). */
  labelLang?: Lang | undefined;
}

/** What a level tells the reader to do: a heading in words (never colour alone) and who to call. */
export interface LevelAction {
  level: TriageLevel;
  /** Short heading, for example "Emergency: call 911 now". */
  heading: string;
  /** The sentence before the list, for example "Call 911 now if:". */
  lead: string;
  /** Numbers to call, in the order to try them. */
  contacts: Contact[];
  /** What to do if nobody answers, or what to tell them. */
  footnote: string;
}

/** The language of an edition text, when the edition was localized and left it untranslated. */
function labelLangOf(
  edition: Edition | LocalizedEdition,
  field: Parameters<typeof editionTextLang>[1],
): Lang | undefined {
  return 'untranslated' in edition && edition.untranslated.includes(field)
    ? editionTextLang(edition, field)
    : undefined;
}

/**
 * What a level's card says, in the words given (English when not given). The edition's numbers
 * and clinic name are filled in; pass a localized edition (localize-edition.ts) for other languages.
 */
export function levelAction(
  level: TriageLevel,
  edition: Edition | LocalizedEdition,
  words: CareCardWords = englishCareCards,
): LevelAction {
  const emergency = edition.emergency.number;
  const clinic = edition.clinic;
  const clinicContact = clinic && {
    label: clinic.hours ? `${clinic.name} (${clinic.hours})` : clinic.name,
    number: clinic.phone,
    labelLang: labelLangOf(edition, clinic.hours ? 'clinic.hours' : 'clinic.name'),
  };
  switch (level) {
    case 'emergency':
      return {
        level,
        heading: words.emergency.heading(emergency),
        lead: words.emergency.lead(emergency),
        contacts: [{ label: words.emergency.contact, number: emergency }],
        footnote: words.emergency.footnote,
      };
    case 'now':
      return {
        level,
        heading: words.now.heading,
        lead: words.now.lead(clinic ? clinic.name : words.yourPumpClinic),
        contacts: clinicContact
          ? [
              clinicContact,
              ...(clinic.afterHoursPhone ? [{ label: words.outsideHours, number: clinic.afterHoursPhone }] : []),
            ]
          : [],
        footnote: words.now.footnote,
      };
    case 'today':
      return {
        level,
        heading: words.today.heading,
        lead: words.today.lead(clinic ? clinic.name : words.yourPumpClinic),
        contacts: clinicContact ? [clinicContact] : [],
        footnote: words.today.footnote,
      };
  }
}

/** The crisis line shown beside the emergency number for signs that ask for it, if the edition has one. */
export function crisisContact(edition: Edition | LocalizedEdition): Contact | undefined {
  const line = edition.emergency.crisisLine;
  return line
    ? { label: line.name, number: line.number, labelLang: labelLangOf(edition, 'emergency.crisisLine.name') }
    : undefined;
}

const SHOW_PATTERN = /<WarningSigns\b([^>]*)\/?>/g;
const SHOW_ATTRIBUTE = /\bshow=["']([^"']*)["']/;

/** How a page's MDX uses the component: how many times, and which extra sign ids it asks for. */
export function warningSignsUsage(body: string): { count: number; extraIds: string[] } {
  const uses = [...body.matchAll(SHOW_PATTERN)];
  const extraIds = uses.flatMap((use) => {
    const show = SHOW_ATTRIBUTE.exec(use[1] ?? '')?.[1] ?? '';
    return show
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter((id) => id.length > 0);
  });
  return { count: uses.length, extraIds };
}

/** The sources a page must number for the signs and steps it shows (in the order they appear). */
export function sourcesForSigns(signs: SignEntry[], steps: StepEntry[]): string[] {
  const ids: string[] = [];
  for (const item of [...signs, ...steps]) for (const id of item.sources) if (!ids.includes(id)) ids.push(id);
  return ids;
}
