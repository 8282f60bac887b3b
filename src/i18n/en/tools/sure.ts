/** Interface text of the tools: the SURE check, in English (Spanish: src/i18n/es/tools/sure.ts). */
/**
 * The answer labels of the SURE check (Légaré and others 2010), on Decide, in the summary and on the
 * printed question list. The four items and their words are content: content/decision/sure.yaml.
 */
export const sure = {
  yes: 'Yes',
  no: 'No',
} as const;
