/**
 * Words for the printed page, the text download and the email: one source so they agree. The
 * words themselves are interface text (tools.questions.print, tools.sure) and the SURE items
 * (content/decision/sure.yaml); this module puts them together. Pure module.
 */
import type { ToolStrings } from '@/i18n';
import type { ResolvedItem } from './question-bank';
import type { SureId, SureItem, SureWords } from '../decision/sure';
import { formatLocalDate } from '../i18n/intl';
import type { Lang } from '../i18n/lang';

/** The words a printout or text list needs, in one language. */
export interface ListWords {
  print: ToolStrings['questions']['print'];
  sure: SureWords;
}

/** The SURE test as questions a person asks themself, for the printout, in S-U-R-E order. */
export function sureChecklist(
  items: readonly SureItem[],
): { id: SureId; letter: string; label: string; question: string }[] {
  return items.map((item) => ({
    id: item.id,
    letter: item.letter,
    label: item.stands,
    question: item.firstPerson,
  }));
}

/** Today's date written out for the page and the file ("March 5, 2027" / "5 de marzo de 2027"). */
export function formatListDate(date: Date, lang: Lang): string {
  return formatLocalDate(date, lang);
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
  words: ListWords;
  lang: Lang;
}

/** The list as plain text (for "Download as text" and the email body). Most important first. */
export function listAsText({ items, date, shareLink, siteUrl, siteName, words, lang }: ListTextOptions): string {
  const { print, sure } = words;
  const important = items.filter((r) => r.item.important);
  const other = items.filter((r) => !r.item.important);
  const lines: string[] = [
    print.title,
    '',
    `${print.date} ${formatListDate(date, lang)}`,
    `${print.whoISaw} ______________________`,
    '',
  ];
  lines.push(print.clinicianNote, '');
  let n = 0;
  const section = (heading: string, part: readonly ResolvedItem[]) => {
    if (part.length === 0) return;
    lines.push(heading);
    for (const r of part) {
      n += 1;
      lines.push(`${n}. ${r.text}`, `   ${print.answer} `, '');
    }
  };
  if (important.length > 0) {
    section(print.importantHeading, important);
    section(print.otherHeading, other);
  } else {
    section(print.myQuestions, other);
  }
  lines.push(print.sureHeading);
  for (const item of sureChecklist(sure.items))
    lines.push(`[ ] ${sure.yes}  [ ] ${sure.no}   ${item.question} (${item.label})`);
  lines.push(print.sureHint, '');
  lines.push(print.openAgain(shareLink), `${siteName}: ${siteUrl}`);
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
