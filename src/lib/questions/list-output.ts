/**
 * Words for the printed page, the text download and the email: one source so they agree.
 * Pure module.
 */
import type { ResolvedItem } from './question-bank';
import { inFirstPerson, SURE_ITEMS } from '../decision/sure';

/** The SURE test (src/lib/decision/sure.ts) as questions a person asks themself, for the printout. */
export const SURE_CHECKLIST = SURE_ITEMS.map((item) => ({
  letter: item.letter,
  label: item.stands,
  question: inFirstPerson(item.question),
}));

export const PRINT_TEXT = {
  title: 'My questions for my care team',
  clinicianNote: 'To my care team: please go through these questions with me.',
  importantHeading: 'Most important to me',
  otherHeading: 'My other questions',
  sureHeading: 'Before I decide: how ready do I feel?',
  sureHint: 'If you tick any "No", tell your care team. It is a sign you may need more time, facts or support.',
} as const;

/** Today's date written out in US English, for the page and the file (for example "March 5, 2027"). */
export function formatListDate(date: Date): string {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** Date for a file name: YYYY-MM-DD in local time. */
export function fileDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ListTextOptions {
  items: readonly ResolvedItem[];
  date: Date;
  /** Link that opens this list again. */
  shareLink: string;
  /** The site's address, printed so the reader can find it again. */
  siteUrl: string;
  siteName: string;
}

/** The list as plain text (for "Download as text" and the email body). Most important first. */
export function listAsText({ items, date, shareLink, siteUrl, siteName }: ListTextOptions): string {
  const important = items.filter((r) => r.item.important);
  const other = items.filter((r) => !r.item.important);
  const lines: string[] = [PRINT_TEXT.title, '', `Date: ${formatListDate(date)}`, 'Who I saw: ______________________', ''];
  lines.push(PRINT_TEXT.clinicianNote, '');
  let n = 0;
  const section = (heading: string, part: readonly ResolvedItem[]) => {
    if (part.length === 0) return;
    lines.push(heading);
    for (const r of part) {
      n += 1;
      lines.push(`${n}. ${r.text}`, '   Answer: ', '');
    }
  };
  if (important.length > 0) {
    section(PRINT_TEXT.importantHeading, important);
    section(PRINT_TEXT.otherHeading, other);
  } else {
    section('My questions', other);
  }
  lines.push(PRINT_TEXT.sureHeading);
  for (const sure of SURE_CHECKLIST) lines.push(`[ ] Yes  [ ] No   ${sure.question} (${sure.label})`);
  lines.push(PRINT_TEXT.sureHint, '');
  lines.push(`Open this list again: ${shareLink}`, `${siteName}: ${siteUrl}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A mailto: address that opens the person's email program with the list filled in. No address
 * is filled in: the person chooses who to send it to.
 */
export function mailtoHref(subject: string, body: string): string {
  // encodeURIComponent, not URLSearchParams: mail programs read "+" as a plus sign, not a space.
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}
