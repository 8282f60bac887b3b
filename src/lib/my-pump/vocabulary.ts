/**
 * The choices My pump offers: pump models (from the evidence file's pump types) and pump medicines,
 * and how each medicine maps to the warning-sign groups. Pure: used by the record, the card, the
 * calendar, the pump-model data file's schema and the tests.
 */
import type { PumpMedicine } from '../warning-signs/vocabulary';

/** Pump models a person can choose. "unknown" is "I don't know". Ids are stored: never rename one. */
export const PUMP_MODEL_IDS = ['synchromed-ii', 'prometra-ii', 'constant-flow', 'unknown'] as const;
export type PumpModelId = (typeof PUMP_MODEL_IDS)[number];

/** Medicines a person can tick. "other" comes with a free-text name. Ids are stored: never rename one. */
export const MEDICINE_IDS = [
  'morphine',
  'hydromorphone',
  'fentanyl',
  'ziconotide',
  'baclofen',
  'clonidine',
  'bupivacaine',
  'other',
] as const;
export type MedicineId = (typeof MEDICINE_IDS)[number];

/**
 * The warning-sign group of each medicine. "other" has none: a person with another medicine sees
 * the signs for every pump ("all").
 */
const MEDICINE_SIGN_GROUP: Record<MedicineId, PumpMedicine | null> = {
  morphine: 'opioid',
  hydromorphone: 'opioid',
  fentanyl: 'opioid',
  ziconotide: 'ziconotide',
  baclofen: 'baclofen',
  clonidine: 'clonidine',
  bupivacaine: 'bupivacaine',
  other: null,
};

/** The warning-sign groups for these medicines, each once, in a stable order. */
export function signGroupsFor(medicines: readonly MedicineId[]): PumpMedicine[] {
  const groups: PumpMedicine[] = [];
  for (const id of medicines) {
    const group = MEDICINE_SIGN_GROUP[id];
    if (group && !groups.includes(group)) groups.push(group);
  }
  return groups;
}

/**
 * Medicines that must never stop suddenly, and the sign files that back the line we print for
 * them (baclofen: severe withdrawal; clonidine: clonidine stopped). Sources come from those files.
 */
const NEVER_STOP_SUDDENLY: Partial<Record<MedicineId, string>> = {
  baclofen: 'baclofen-withdrawal-severe',
  clonidine: 'clonidine-stopped',
};

/** The medicines that get a "Never stop … suddenly." line, in the order given. */
export function neverStopMedicines(medicines: readonly MedicineId[]): MedicineId[] {
  return medicines.filter((id) => NEVER_STOP_SUDDENLY[id] !== undefined);
}
