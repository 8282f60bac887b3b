/**
 * The printed page. Hidden on screen (src/styles/question-print.css shows it only in print) and
 * always built from the list being printed, so Ctrl+P and "Print my questions" give the same page.
 * One page on A4 and US Letter for up to 12 questions of usual length: the answer space stretches
 * to fill the page and shrinks (never below 2 ruled lines; 3 lines, 2.5 cm, for up to 10) as the
 * list grows.
 *
 * Bilingual (a page in another language, "print in Spanish and English" on): the title, the
 * headings, the note to the care team and each bank question print in the page's language with the
 * English beside or under it (marked lang="en"), so a clinician who reads only English can follow.
 * Questions the person typed print once, as typed. The SURE self-check is for the person and
 * prints in the page's language only.
 */
import { useMemo } from 'react';
import type { ResolvedItem } from '@/lib/questions/question-bank';
import { formatListDate, sureChecklist, type ListWords } from '@/lib/questions/list-output';
import { qrPath } from '@/lib/questions/qr-path';
import type { Lang } from '@/lib/i18n/lang';

/**
 * The English words and bank texts a bilingual printout adds under the page's own: plain text only,
 * so the page passes it to the island as a prop (src/views/QuestionsView.astro).
 */
export interface EnglishPrint {
  print: Pick<ListWords['print'], 'title' | 'bilingualNote' | 'whoISaw' | 'clinicianNote' | 'sureHeading'>;
  /** Bank question id → its English text. */
  texts: Readonly<Record<string, string>>;
}

interface Props {
  items: ResolvedItem[];
  date: Date;
  shareLink: string;
  /** Address of the builder page, printed so the reader can find it again. */
  siteAddress: string;
  siteName: string;
  reviewed: string;
  /** The edition's clinic and emergency numbers, one line each. */
  contacts: string[];
  lang: Lang;
  words: ListWords;
  /** Set when the page prints in its language and in English. */
  english: EnglishPrint | null;
}

/** Above this many questions the page uses two columns. */
const ONE_COLUMN_MAX = 5;
/** Ruled lines rendered per question; CSS shows as many as fit. */
const LINES = 14;

/** The English line printed under a text in a bilingual printout. */
function InEnglish({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <span lang="en" className="qp-en" data-print-english>
      {text}
    </span>
  );
}

export default function QuestionPrintSheet({
  items,
  date,
  shareLink,
  siteAddress,
  siteName,
  reviewed,
  contacts,
  lang,
  words,
  english,
}: Props) {
  const { print, sure } = words;
  const en = english;
  const qr = useMemo(() => qrPath(shareLink), [shareLink]);
  const n = items.length;
  const columns = n > ONE_COLUMN_MAX ? [items.slice(0, Math.ceil(n / 2)), items.slice(Math.ceil(n / 2))] : [items];
  const lines = Array.from({ length: LINES }, (_, i) => i);
  const checklist = sureChecklist(sure.items);

  return (
    <div
      className="qp-sheet"
      data-question-sheet
      data-band={n > 10 ? 'tight' : 'roomy'}
      data-columns={columns.length}
      data-bilingual={english ? '' : undefined}
    >
      <div className="qp-head">
        <div className="qp-head-row">
          <p className="qp-title">{print.title}</p>
          <p className="qp-site">{siteName}</p>
        </div>
        {en && (
          <p className="qp-languages">
            <InEnglish text={en.print.title} /> ·{' '}
            <span data-print-languages>
              {print.bilingualNote} / <span lang="en">{en.print.bilingualNote}</span>
            </span>
          </p>
        )}
        <div className="qp-meta">
          <p>
            {print.date} <span className="qp-date">{formatListDate(date, lang)}</span>
          </p>
          <p className="qp-who">
            {print.whoISaw}
            {en && <InEnglish text={`/ ${en.print.whoISaw}`} />} <span className="qp-fill" />
          </p>
        </div>
        <p className="qp-note">
          {print.clinicianNote}
          {en && (
            <>
              {' '}
              <InEnglish text={en.print.clinicianNote} />
            </>
          )}
        </p>
      </div>

      {n === 0 ? (
        <p className="qp-empty">{print.empty(siteAddress)}</p>
      ) : (
        <div className="qp-questions">
          {columns.map((column, c) => {
            const start = c === 0 ? 1 : (columns[0]?.length ?? 0) + 1;
            return (
              <ol key={c} className="qp-col" start={start}>
                {column.map(({ item, text }, i) => (
                  <li key={item.id} className="qp-q" data-print-item>
                    <p className="qp-q-text">
                      <span className="qp-num">{start + i}.</span>{' '}
                      {item.important && <span className="qp-star">{print.mostImportant} </span>}
                      <span dir={item.kind === 'custom' ? 'auto' : undefined}>{text}</span>
                    </p>
                    {english && item.kind === 'bank' && (
                      <p className="qp-q-en">
                        <InEnglish text={english.texts[item.id]} />
                      </p>
                    )}
                    <div className="qp-lines" aria-hidden="true">
                      {lines.map((line) => (
                        <span key={line} className="qp-line" />
                      ))}
                    </div>
                  </li>
                ))}
              </ol>
            );
          })}
        </div>
      )}

      <div className="qp-foot">
        <div className="qp-sure">
          <p className="qp-sure-title">
            {print.sureHeading}
            {en && (
              <>
                {' '}
                <InEnglish text={`/ ${en.print.sureHeading}`} />
              </>
            )}
          </p>
          <ul>
            {checklist.map((item) => (
              <li key={item.letter}>
                <span className="qp-box" /> {sure.yes} <span className="qp-box" /> {sure.no} &nbsp;{item.question}
              </li>
            ))}
          </ul>
          <p className="qp-sure-hint">{print.sureHint}</p>
          <p className="qp-contacts" data-edition-contacts>
            {contacts.join(' ')}
          </p>
          <p className="qp-address">
            {siteName}: {siteAddress}
            {reviewed && <> · {print.reviewed(reviewed)}</>} · {print.notAdvice}
          </p>
        </div>
        {qr && (
          <div className="qp-qr">
            <svg
              viewBox={`0 0 ${qr.size} ${qr.size}`}
              role="img"
              aria-label={print.qrLabel}
              shapeRendering="crispEdges"
            >
              <path d={qr.d} fill="#000" />
            </svg>
            <p>{print.scan}</p>
          </div>
        )}
      </div>
    </div>
  );
}
