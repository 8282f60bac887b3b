/** Interface text of the tools, in Spanish, one file per tool in ./tools/ (same keys as src/i18n/en/tools.ts). */
import type { ToolStrings } from '../index';
import { records } from './tools/records';
import { myData } from './tools/my-data';
import { trialDiary } from './tools/trial-diary';
import { sure } from './tools/sure';
import { questions } from './tools/questions';
import { decide } from './tools/decide';
import { myPump } from './tools/my-pump';

export const tools: ToolStrings = { records, myData, trialDiary, sure, questions, decide, myPump };
