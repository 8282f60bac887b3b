/**
 * Words shared by warning signs, the edition, My pump and the handover sheet. Pure: safe to import
 * from schemas, pages, scripts and tests.
 */

/** Triage levels, most urgent first. Cards always appear in this order. */
export const TRIAGE_LEVELS = ['emergency', 'now', 'today'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** Medicines a sign can be about. "opioid" covers morphine, hydromorphone and fentanyl. */
export const PUMP_MEDICINES = ['opioid', 'baclofen', 'ziconotide', 'clonidine', 'bupivacaine'] as const;
export type PumpMedicine = (typeof PUMP_MEDICINES)[number];
