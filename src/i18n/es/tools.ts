/** Interface text of the tools, in Spanish (same keys as src/i18n/en/tools.ts). */
import type { ToolStrings } from '../index';

export const tools: ToolStrings = {};
