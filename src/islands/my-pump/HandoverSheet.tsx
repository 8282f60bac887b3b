/**
 * The one-page handover sheet for an emergency department, care home, hospice, radiology or
 * dentist. Hidden on screen; the only thing printed when the person chooses it (see
 * src/styles/my-pump.css). Renders only; the words come from pumpEssentials and the record.
 */
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
}

export default function HandoverSheet({ essentials, pump, today, pageUrl, siteName }: Props) {
  const rows: [string, string | undefined][] = [
    ['Pump', essentials.modelName],
    ['Medicine(s)', medicineNames(pump).join(', ') || undefined],
    ['Dose (as written by the clinic)', pump.dose],
    ['Concentration (as written by the clinic)', pump.concentration],
    ['Implant date', pump.implantDate && longDate(pump.implantDate)],
    ['Next refill due', pump.nextRefill && longDate(pump.nextRefill)],
    ['Low-reservoir alarm date', pump.lowReservoirAlarm && longDate(pump.lowReservoirAlarm)],
    ['Battery replacement due', pump.batteryReplacement && longDate(pump.batteryReplacement)],
  ];
  return (
    <article className="mp-sheet" aria-label="Handover sheet" data-handover-sheet>
      <header className="mp-sheet-head">
        <h2>Implanted drug pump: handover sheet</h2>
        <p>For emergency, hospital, care home, hospice, radiology and dental staff. {essentials.headline}.</p>
      </header>
      <table className="mp-sheet-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value ?? 'Not given'}</td>
            </tr>
          ))}
          {essentials.contacts.map((contact) => (
            <tr key={`${contact.label}-${contact.number ?? ''}`}>
              <th scope="row">{contact.label}</th>
              <td>{contact.number ?? 'No number given'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {essentials.neverStop.length > 0 && (
        <p className="mp-sheet-never" data-sheet-never-stop>
          {essentials.neverStop.join(' ')} Check with the pump clinic before any change.
        </p>
      )}
      <section className="mp-sheet-box">
        <h3>MRI</h3>
        <p data-sheet-mri>{essentials.mri.mriRule}</p>
      </section>
      <section className="mp-sheet-signs">
        <h3>Warning signs for this pump</h3>
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
      <footer className="mp-sheet-foot">
        Filled in by the person (or their carer) on this device and printed on {longDate(today)}. Check details with the
        pump clinic. {siteName}: {pageUrl}
      </footer>
    </article>
  );
}
