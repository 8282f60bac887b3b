/**
 * The printed page. Hidden on screen (src/styles/question-print.css shows it only in print) and
 * always built from the list being printed, so Ctrl+P and "Print my questions" give the same page.
 * One page on A4 and US Letter for up to 12 questions of usual length: the answer space stretches
 * to fill the page and shrinks (never below 2 ruled lines; 3 lines, 2.5 cm, for up to 10) as the
 * list grows.
 */
import { useMemo } from 'react';
import type { ResolvedItem } from '@/lib/questions/question-bank';
import { formatListDate, PRINT_TEXT, SURE_CHECKLIST } from '@/lib/questions/list-output';
import { qrPath } from '@/lib/questions/qr-path';

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
}

/** Above this many questions the page uses two columns. */
const ONE_COLUMN_MAX = 5;
/** Ruled lines rendered per question; CSS shows as many as fit. */
const LINES = 14;

export default function QuestionPrintSheet({ items, date, shareLink, siteAddress, siteName, reviewed, contacts }: Props) {
  const qr = useMemo(() => qrPath(shareLink), [shareLink]);
  const n = items.length;
  const columns = n > ONE_COLUMN_MAX ? [items.slice(0, Math.ceil(n / 2)), items.slice(Math.ceil(n / 2))] : [items];
  const lines = Array.from({ length: LINES }, (_, i) => i);

  return (
    <div className="qp-sheet" data-question-sheet data-band={n > 10 ? 'tight' : 'roomy'} data-columns={columns.length}>
      <div className="qp-head">
        <div className="qp-head-row">
          <p className="qp-title">{PRINT_TEXT.title}</p>
          <p className="qp-site">{siteName}</p>
        </div>
        <div className="qp-meta">
          <p>
            Date: <span className="qp-date">{formatListDate(date)}</span>
          </p>
          <p className="qp-who">
            Who I saw: <span className="qp-fill" />
          </p>
        </div>
        <p className="qp-note">{PRINT_TEXT.clinicianNote}</p>
      </div>

      {n === 0 ? (
        <p className="qp-empty">No questions yet. Pick your questions at {siteAddress}</p>
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
                      {item.important && <span className="qp-star">Most important: </span>}
                      <span dir={item.kind === 'custom' ? 'auto' : undefined}>{text}</span>
                    </p>
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
          <p className="qp-sure-title">{PRINT_TEXT.sureHeading}</p>
          <ul>
            {SURE_CHECKLIST.map((sure) => (
              <li key={sure.letter}>
                <span className="qp-box" /> Yes <span className="qp-box" /> No &nbsp;{sure.question}
              </li>
            ))}
          </ul>
          <p className="qp-sure-hint">{PRINT_TEXT.sureHint}</p>
          <p className="qp-contacts" data-edition-contacts>
            {contacts.join(' ')}
          </p>
          <p className="qp-address">
            {siteName}: {siteAddress}
            {reviewed && <> · Guide last reviewed {reviewed}</>} · This list does not replace advice from your care team.
          </p>
        </div>
        {qr && (
          <div className="qp-qr">
            <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label="QR code of the link to this list" shapeRendering="crispEdges">
              <path d={qr.d} fill="#000" />
            </svg>
            <p>Scan to open this list</p>
          </div>
        )}
      </div>
    </div>
  );
}
