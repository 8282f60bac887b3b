/**
 * What the wallet card, the lock-screen image and the handover sheet say, worked out once from the
 * person's record, the warning-sign data, the pump-model data and the edition. Pure: the island
 * only renders or draws it, and unit tests check it.
 */
import type { Edition } from '../edition/edition-schema';
import {
  cardsFor,
  levelAction,
  signsForMedicines,
  type Contact,
  type LevelAction,
  type SignCard,
  type SignEntry,
} from '../warning-signs/warning-signs';
import type { MyPump } from './my-pump-record';
// Type only: the schema module pulls in zod, which must not reach the browser bundle.
import type { PumpModel } from './pump-models';
import { neverStopMedicines, signGroupsFor, type MedicineId, type PumpModelId } from './vocabulary';
import { listInWords } from '../i18n/intl';
import type { Lang } from '../i18n/lang';
import type { ToolStrings } from '@/i18n';

/** The My pump words these functions print, in the reader's language (src/i18n/<lang>/tools.ts). */
export type MyPumpWords = ToolStrings['myPump'];

/** The model for an id; a missing or unknown choice gets the "I don't know" rule. */
export function modelFor(models: readonly PumpModel[], id: PumpModelId | undefined): PumpModel {
  const wanted = models.find((m) => m.id === (id ?? 'unknown'));
  return wanted ?? models.find((m) => m.id === 'unknown') ?? models[0]!;
}


/** The medicine names to print: the chosen ones, with the person's own name for "other". */
export function medicineNames(pump: MyPump, words: MyPumpWords): string[] {
  return pump.medicines.flatMap((id: MedicineId) => {
    if (id !== 'other') return [words.medicines[id]];
    return pump.otherMedicine ? [pump.otherMedicine] : [];
  });
}

/** "I have an implanted morphine pump" (or "drug pump" until a medicine is chosen). */
export function headline(pump: MyPump, words: MyPumpWords, lang: Lang): string {
  const names = pump.medicines.flatMap((id) => {
    if (id === 'other') return pump.otherMedicine ? [pump.otherMedicine] : [];
    return [words.medicinesInSentence[id]];
  });
  return names.length > 0 ? words.essentials.headline(listInWords(names, lang)) : words.essentials.headlineNoMedicine;
}

/**
 * The record with a clinic edition's name and numbers in the clinic fields the person has never
 * filled in. They are defaults only: once the person types (or clears) a field, theirs is used.
 */
export function withClinicDefaults(pump: MyPump, edition: Edition): MyPump {
  const clinic = edition.clinic;
  if (!clinic) return pump;
  const filled: MyPump = { ...pump };
  filled.clinicName ??= clinic.name;
  filled.clinicPhone ??= clinic.phone;
  if (clinic.afterHoursPhone) filled.afterHoursPhone ??= clinic.afterHoursPhone;
  return filled;
}

/**
 * The edition with the person's own clinic in it (from a usable record: see usablePump and
 * withClinicDefaults), so levelAction names the clinic and numbers they call. With no clinic phone,
 * the actions say "your pump clinic" with no number.
 */
export function editionForPerson(edition: Edition, pump: MyPump, words: MyPumpWords): Edition {
  const phone = pump.clinicPhone;
  // A number without a name still counts: the card then says "your pump clinic".
  const name = pump.clinicName ?? words.essentials.yourPumpClinic;
  if (!phone) {
    const { clinic: _editionClinic, ...withoutClinic } = edition;
    return withoutClinic;
  }
  const afterHoursPhone = pump.afterHoursPhone;
  const sameClinic = edition.clinic && name === edition.clinic.name;
  return {
    ...edition,
    clinic: {
      name,
      phone,
      ...(sameClinic && edition.clinic?.hours ? { hours: edition.clinic.hours } : {}),
      ...(afterHoursPhone ? { afterHoursPhone } : {}),
    },
  };
}

/** Everything the card, lock screen and sheet print. */
export interface PumpEssentials {
  headline: string;
  modelName: string;
  mri: Pick<PumpModel, 'mriRule' | 'mriShort' | 'sources'>;
  /** "Never stop baclofen suddenly." lines (baclofen and clonidine only). */
  neverStop: string[];
  /** The signs that fit this person's medicines, grouped in cards (emergency first). */
  cards: SignCard[];
  /** The action for each level shown, in the same order as `cards`. */
  actions: LevelAction[];
  /** Emergency-level signs only: the card front and lock screen. */
  emergencySigns: SignEntry[];
  /** Who to call: emergency, the clinic, after hours, the person's emergency contact. */
  contacts: Contact[];
  emergencyNumber: string;
}

export function pumpEssentials(
  pump: MyPump,
  signs: SignEntry[],
  models: readonly PumpModel[],
  edition: Edition,
  words: MyPumpWords,
  lang: Lang,
): PumpEssentials {
  const mine = signsForMedicines(signs, signGroupsFor(pump.medicines));
  const cards = cardsFor(mine);
  const personal = editionForPerson(edition, pump, words);
  const model = modelFor(models, pump.model);
  const said = words.essentials;
  const contacts: Contact[] = [{ label: said.emergency, number: edition.emergency.number }];
  if (personal.clinic) {
    contacts.push({ label: pump.clinicName ?? said.pumpClinic, number: personal.clinic.phone });
    if (personal.clinic.afterHoursPhone) contacts.push({ label: said.clinicAfterHours, number: personal.clinic.afterHoursPhone });
  }
  if (pump.emergencyName || pump.emergencyPhone) {
    contacts.push({ label: pump.emergencyName ? said.emergencyContactNamed(pump.emergencyName) : said.emergencyContact, number: pump.emergencyPhone });
  }
  return {
    headline: headline(pump, words, lang),
    modelName: pump.model ? model.name : said.modelNotGiven,
    mri: { mriRule: model.mriRule, mriShort: model.mriShort, sources: model.sources },
    neverStop: neverStopMedicines(pump.medicines).map((id) => said.neverStop(words.medicinesInSentence[id])),
    cards,
    actions: cards.map((card) => levelAction(card.level, personal)),
    emergencySigns: mine.filter((s) => s.level === 'emergency'),
    contacts,
    emergencyNumber: edition.emergency.number,
  };
}
