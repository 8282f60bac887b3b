/** Interface text of the tools: the SURE check, in Spanish (same keys as src/i18n/en/tools/sure.ts). */
import type { ToolStrings } from '../../index';

/** The answer labels. The four items and their words are content: content/es/decision/sure.yaml. */
export const sure: ToolStrings['sure'] = {
  yes: 'Sí',
  no: 'No',
};
