import type { ToolStrings } from '@/i18n';

/** What one record is called, holds and says of itself, in the page's language (src/i18n/<lang>/tools/records.ts). */
export type RecordWords = ToolStrings['records'][keyof ToolStrings['records']];
