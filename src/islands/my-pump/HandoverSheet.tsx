/**
 * The one-page handover sheet for an emergency department, care home, hospice, radiology or
 * dentist. Hidden on screen; the only thing printed when the person chooses it (see
 * src/styles/my-pump.css). Renders only; the words come from pumpEssentials, the record and the
 * page's strings.
 */
import type { ToolStrings } from '@/i18n';
import type { Lang } from '@/lib/i18n/lang';
import type { PumpEssentials } from '@/lib/my-pump/essentials';
import type { MyPump } from '@/lib/my-pump/my-pump-record';
import { longDate } from '@/lib/my-pump/dates';
import { medicineNames } from '@/lib/my-pump/essentials';

interface Props {
  essentials: PumpEssentials;
  /** The usable record (fields with problems left out). */
  pump: MyPump;
  today: string;
  pageUrl: string;
  siteName: string;
  lang: Lang;
  strings: ToolStrings['myPump'];
}

export default function HandoverSheet({ essentials, pump, today, pageUrl, siteName, lang, strings }: Props) {
  const t = strings.sheet;
  const day = (date: string | undefined) => date && longDate(date, lang);
  const rows: [string, string | undefined][] = [
    [t.pump, essentials.modelName],
    [t.medicines, medicineNames(pump, strings).join(', ') || undefined],
    [t.dose, pump.dose],
    [t.concentration, pump.concentration],
    [t.implantDate, day(pump.implantDate)],
    [t.nextRefill, day(pump.nextRefill)],
    [t.lowReservoirAlarm, day(pump.lowReservoirAlarm)],
    [t.batteryReplacement, day(pump.batteryReplacement)],
  ];
  return (
    <article className="mp-sheet" aria-label={t.label} data-handover-sheet>
      <header className="mp-sheet-head">
        <h2>{t.heading}</h2>
        <p>{t.forWhom(essentials.headline)}</p>
      </header>
      <table className="mp-sheet-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value ?? t.notGiven}</td>
            </tr>
          ))}
          {essentials.contacts.map((contact) => (
            <tr key={`${contact.label}-${contact.number ?? ''}`}>
              <th scope="row">{contact.label}</th>
              <td>{contact.number ?? t.noNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {essentials.neverStop.length > 0 && (
        <p className="mp-sheet-never" data-sheet-never-stop>
          {essentials.neverStop.join(' ')} {t.checkFirst}
        </p>
      )}
      <section className="mp-sheet-box">
        <h3>{t.mri}</h3>
        <p data-sheet-mri>{essentials.mri.mriRule}</p>
      </section>
      <section className="mp-sheet-signs">
        <h3>{t.signsHeading}</h3>
        {essentials.cards.map((card, i) => {
          const action = essentials.actions[i]!;
          return (
            <div key={card.level} className="mp-sheet-level" data-sheet-level={card.level}>
              <h4>{action.heading}</h4>
              <ul>
                {card.signs.map((sign) => (
                  <li key={sign.id}>{sign.short}</li>
                ))}
              </ul>
              <p className="mp-sheet-small">
                {action.contacts.map((c) => `${c.label}${c.number ? `: ${c.number}` : ''}`).join('; ')}
                {action.contacts.length > 0 ? '. ' : ''}
                {action.footnote}
              </p>
            </div>
          );
        })}
      </section>
      <footer className="mp-sheet-foot">{t.footer(longDate(today, lang), siteName, pageUrl)}</footer>
    </article>
  );
}
