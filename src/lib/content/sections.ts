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

export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** Short labels shown to readers (navigation, search results). */
export const SECTION_LABELS: Record<GuideSection, string> = {
  overview: 'What it is',
  candidacy: 'Who it may help',
  trial: 'The trial',
  surgery: 'Surgery and recovery',
  medicines: 'Medicines',
  benefits: 'Benefits',
  risks: 'Risks',
  aftercare: 'Living with a pump',
  options: 'Your options',
  faq: 'Questions and answers',
};

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

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  label: 'Drug label',
  guideline: 'Clinical guideline or consensus',
  regulator: 'Regulator notice',
  policy: 'Health service or insurer policy',
  trial: 'Randomised trial',
  review: 'Review of studies',
  study: 'Single study',
  'patient-leaflet': 'Patient leaflet',
  manufacturer: 'Manufacturer information',
};

export const EVIDENCE_STRENGTHS = ['strong', 'moderate', 'weak'] as const;

/** How sure we are, from the strength of the source (docs/content-authoring.md rule 4). */
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

export const EVIDENCE_STRENGTH_LABELS: Record<(typeof EVIDENCE_STRENGTHS)[number], string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  weak: 'Weak evidence',
};
