/**
 * The guide's sections, in reading order. A topic page belongs to exactly one section.
 * Every section listed here must have at least one topic, or the build fails.
 * Pure module: safe to import from the schema, pages, islands and tests.
 */
export const GUIDE_SECTIONS = [
  'overview',
  'candidacy',
  'trial',
  'surgery',
  'medicines',
  'benefits',
  'risks',
  'aftercare',
  'options',
  'faq',
] as const;

/** Groups in the question bank, in the order the builder and print show them. */
export const QUESTION_GROUPS = [
  'deciding',
  'trial',
  'surgery',
  'medicines',
  'risks',
  'living-with-a-pump',
  'costs',
  'alternatives',
] as const;

export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export const SOURCE_KINDS = [
  'label',
  'guideline',
  'regulator',
  'policy',
  'trial',
  'review',
  'study',
  'patient-leaflet',
  'manufacturer',
] as const;

export const EVIDENCE_STRENGTHS = ['strong', 'moderate', 'weak'] as const;

/** How sure we are, from the strength of the source (docs/content-authoring.md rule 4). */
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];
