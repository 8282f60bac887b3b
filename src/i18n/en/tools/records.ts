/** Interface text of the tools: what the site keeps in this browser, in English (Spanish: src/i18n/es/tools/records.ts). */
import { count } from '../../plural';
import type { RecordFacts } from '@/lib/storage/record-kind';

/** What each kept record is called and holds, on "What this site keeps" and in backups (by record id). */
export const records = {
  questions: {
    label: 'Your question list',
    description: 'The questions you chose or wrote to ask your care team, from the My questions page.',
    summary: (c: RecordFacts) => count(c.questions, 'question', 'questions'),
  },
  decision: {
    label: 'Your decision aid answers',
    description: 'How much each point matters to you, and your answers to the four SURE questions, from the Decide page.',
    summary: (c: RecordFacts) =>
      `${count(c.values, 'rating', 'ratings')} of what matters to you and ${count(c.sure, 'SURE answer', 'SURE answers')}`,
  },
  'my-pump': {
    label: 'My pump',
    description: 'Details about your pump, medicine, clinic and refill dates that you entered on the My pump page.',
    summary: (c: RecordFacts) => `${count(c.fields, 'filled-in field', 'filled-in fields')}, ${count(c.refills, 'refill', 'refills')} in the log`,
  },
  'trial-diary': {
    label: 'Your trial diary',
    description: 'Your notes from the screening trial: your starting point, your goals and your diary entries.',
    summary: (c: RecordFacts) =>
      `${c.baseline ? 'Starting point filled in' : 'No starting point yet'}, ${count(c.goals, 'goal', 'goals')} and ${count(c.entries, 'diary entry', 'diary entries')}`,
  },
} as const;
