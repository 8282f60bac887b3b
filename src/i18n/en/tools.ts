/**
 * Interface text of the tools (question list, decision aid, My pump, trial diary, my data), in
 * English, one file per tool in ./tools/. Every other language has the same keys
 * (src/i18n/es/tools.ts). Message functions take numbers and names; dates and lists are formatted
 * by src/lib/i18n/intl.ts before they reach them. Islands import only their tool's file (through
 * src/islands/lang/), so a page ships one language and one tool's words.
 */
import { records } from './tools/records';
import { myData } from './tools/my-data';
import { trialDiary } from './tools/trial-diary';
import { sure } from './tools/sure';
import { questions } from './tools/questions';
import { decide } from './tools/decide';
import { myPump } from './tools/my-pump';

export const tools = { records, myData, trialDiary, sure, questions, decide, myPump } as const;
