/**
 * /my-pump/: one record about the person's pump, kept in this browser (src/stores/my-pump.ts), and
 * what it makes: the wallet card, the lock-screen image, the calendar file and the handover sheet.
 * All the rules live in src/lib/my-pump/; this island shows them and passes on what is typed.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { Edition } from '@/lib/edition/edition-schema';
import { buildCalendar, CALENDAR_FILE_NAME, calendarDates } from '@/lib/my-pump/calendar';
import { localToday, longDate } from '@/lib/my-pump/dates';
import { pumpEssentials, withClinicDefaults } from '@/lib/my-pump/essentials';
import {
  addRefill,
  fieldProblems,
  removeRefill,
  STORED_TEXT_MAX,
  usablePump,
  type DateField,
  type FieldName,
  type TextField,
} from '@/lib/my-pump/my-pump-record';
import type { PumpModel } from '@/lib/my-pump/pump-models';
import { missedRefillAdvice, refillStatus } from '@/lib/my-pump/refill';
import { MEDICINE_IDS, MEDICINE_LABELS, type MedicineId, type PumpModelId } from '@/lib/my-pump/vocabulary';
import { telHref, type SignEntry } from '@/lib/warning-signs/warning-signs';
import { myPumpStore } from '@/stores/my-pump';
import HandoverSheet from './my-pump/HandoverSheet';
import MyPumpNotices from './my-pump/MyPumpNotices';
import WalletCard from './my-pump/WalletCard';

interface Props {
  signs: SignEntry[];
  models: PumpModel[];
  edition: Edition;
  siteName: string;
}

type PrintTarget = 'card' | 'sheet';

const button = 'min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';
const primary = 'min-h-11 rounded border-2 border-brand bg-brand px-4 font-bold text-on-brand';
const input = 'mt-1 block min-h-11 w-full rounded border-2 border-line bg-paper px-3 text-base';
const urgentBox = 'rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';

/** Offers a file made in this browser as a download. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  problem?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

function Field({ id, label, hint, problem, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children(describedBy, Boolean(problem))}
      {problem && (
        <p id={problemId} className="mt-1 font-bold text-urgent" data-field-problem>
          {problem}
        </p>
      )}
    </div>
  );
}

export default function MyPumpTool({ signs, models, edition, siteName }: Props) {
  const stored = useStore(myPumpStore.$value);
  const status = useStore(myPumpStore.$status);
  const idBase = useId();
  const [today] = useState(() => localToday(new Date()));
  const [origin] = useState(() => window.location.origin);
  const [printTarget, setPrintTarget] = useState<PrintTarget | null>(null);
  const [message, setMessage] = useState('');
  const [refillDate, setRefillDate] = useState(today);
  const [refillNext, setRefillNext] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);

  const pump = useMemo(() => withClinicDefaults(stored, edition), [stored, edition]);
  const problems = useMemo(() => fieldProblems(pump, today), [pump, today]);
  const usable = useMemo(() => usablePump(pump, today), [pump, today]);
  const essentials = useMemo(() => pumpEssentials(usable, signs, models, edition), [usable, signs, models, edition]);
  const refill = refillStatus(usable.nextRefill, today);
  const missed = refill.state === 'overdue' ? missedRefillAdvice(usable, signs, edition) : null;
  const helpUrl = `${origin}/get-help/`;

  // Print only what the person chose; go back to normal when the print dialog closes.
  useEffect(() => {
    if (!printTarget) return;
    document.documentElement.dataset.ppgPrint = printTarget;
    const done = () => {
      delete document.documentElement.dataset.ppgPrint;
      setPrintTarget(null);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printTarget]);

  const fieldId = (name: string) => `${idBase}-${name}`;
  const setField = (field: TextField | DateField, value: string) => myPumpStore.update((old) => ({ ...old, [field]: value }));
  const setModel = (model: PumpModelId) => myPumpStore.update((old) => ({ ...old, model }));
  const toggleMedicine = (id: MedicineId, on: boolean) =>
    myPumpStore.update((old) => ({
      ...old,
      medicines: MEDICINE_IDS.filter((m) => (m === id ? on : old.medicines.includes(m))),
    }));

  const textField = (field: TextField, label: string, hint?: string, type: 'text' | 'tel' = 'text') => (
    <Field id={fieldId(field)} label={label} {...(hint ? { hint } : {})} problem={problems[field]}>
      {(describedBy, invalid) => (
        <input
          id={fieldId(field)}
          type={type}
          className={input}
          value={pump[field] ?? ''}
          maxLength={STORED_TEXT_MAX}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => setField(field, e.currentTarget.value)}
          data-field={field}
        />
      )}
    </Field>
  );

  const dateField = (field: DateField, label: string, hint?: string) => (
    <Field id={fieldId(field)} label={label} {...(hint ? { hint } : {})} problem={problems[field]}>
      {(describedBy, invalid) => (
        <input
          id={fieldId(field)}
          type="date"
          className={input}
          value={pump[field] ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => setField(field, e.currentTarget.value)}
          data-field={field}
        />
      )}
    </Field>
  );

  const downloadCalendar = () => {
    const text = buildCalendar(usable, new Date());
    if (!text) {
      setMessage('Add a next refill date, low-reservoir alarm date or battery replacement date first.');
      return;
    }
    download(new Blob([text], { type: 'text/calendar;charset=utf-8' }), CALENDAR_FILE_NAME);
    setMessage('Your calendar file is downloading. Open it to add the dates to your calendar app.');
  };

  const downloadLockScreen = async () => {
    try {
      const { drawLockScreen } = await import('./my-pump/lock-screen-canvas');
      download(await drawLockScreen(essentials, helpUrl), 'my-pump-lock-screen.png');
      setMessage('Your lock-screen image is downloading. Set it as your phone’s lock screen in its settings.');
    } catch (error) {
      setMessage(`The image could not be made: ${(error as Error).message}`);
    }
  };

  const logRefill = () => {
    myPumpStore.update((old) => addRefill(old, refillNext ? { date: refillDate, nextDue: refillNext } : { date: refillDate }));
    setRefillNext('');
    setMessage(refillNext ? `Refill added. Your next refill is ${longDate(refillNext)}.` : 'Refill added.');
  };
  const refillProblem =
    refillDate === '' ? 'Choose the day of the refill.' : refillNext !== '' && refillNext <= refillDate ? 'The next refill must come after this one.' : undefined;

  const problem = (name: FieldName) => problems[name];

  return (
    <div className="mt-6" data-my-pump>
      <MyPumpNotices status={status} />

      <section aria-labelledby={fieldId('next-h')} className="mt-4 rounded border-2 border-line p-4" data-next-refill={refill.state} data-print="hide">
        <h2 id={fieldId('next-h')} className="text-xl font-bold">
          Next refill
        </h2>
        <p className="mt-1 text-lg" data-next-refill-text>
          {refill.state === 'none' && 'No next refill date saved yet. Add it below.'}
          {refill.state === 'upcoming' && (
            <>
              <strong>{longDate(usable.nextRefill!)}</strong> (in {refill.days} {refill.days === 1 ? 'day' : 'days'})
            </>
          )}
          {refill.state === 'today' && (
            <>
              <strong>Today, {longDate(usable.nextRefill!)}</strong>
            </>
          )}
          {refill.state === 'overdue' && (
            <>
              <strong>{longDate(usable.nextRefill!)}</strong>: that was {refill.days} {refill.days === 1 ? 'day' : 'days'} ago.
            </>
          )}
        </p>
        {missed && (
          <div className={`${urgentBox} mt-3`} role="alert" data-missed-refill>
            <p className="text-lg font-bold">{missed.action.heading}</p>
            <p className="mt-1">
              If you have missed your refill, {missed.action.lead.charAt(0).toLowerCase() + missed.action.lead.slice(1)}
            </p>
            <ul className="mt-2 list-disc pl-6">
              {missed.signs.map((sign) => (
                <li key={sign.id} data-missed-sign={sign.id}>
                  {sign.text}
                </li>
              ))}
            </ul>
            {missed.action.contacts.length > 0 && (
              <ul className="mt-2">
                {missed.action.contacts.map((c) => (
                  <li key={c.label}>
                    {c.label}
                    {c.number && (
                      <>
                        :{' '}
                        <a className="font-bold" href={telHref(c.number)}>
                          {c.number}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2">{missed.action.footnote}</p>
            <p className="mt-2 text-sm">
              Already had the refill? Add it to your refill log below with your new date.
            </p>
          </div>
        )}
      </section>

      <form className="mt-8" onSubmit={(e) => e.preventDefault()} aria-labelledby={fieldId('form-h')} data-print="hide">
        <h2 id={fieldId('form-h')} className="text-2xl font-bold">
          Your pump details
        </h2>
        <p className="mt-1 text-sm text-muted">
          Saved in this browser as you type. Only the medicine is needed for your card; fill in what you know.
        </p>

        <fieldset className="mt-4">
          <legend className="font-bold">Pump model</legend>
          <p className="text-sm text-muted">It is on your pump ID card. If you are not sure, choose “I don’t know”.</p>
          {models.map((model) => (
            <label key={model.id} className="mt-2 flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name={fieldId('model')}
                value={model.id}
                checked={pump.model === model.id}
                onChange={() => setModel(model.id)}
                className="size-6 accent-brand"
                data-model={model.id}
              />
              {model.name}
            </label>
          ))}
        </fieldset>

        <fieldset className="mt-6" aria-describedby={problem('medicines') ? fieldId('medicines-problem') : undefined}>
          <legend className="font-bold">Medicine(s) in the pump</legend>
          {MEDICINE_IDS.map((id) => (
            <label key={id} className="mt-2 flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                checked={pump.medicines.includes(id)}
                onChange={(e) => toggleMedicine(id, e.currentTarget.checked)}
                className="size-6 accent-brand"
                data-medicine={id}
              />
              {MEDICINE_LABELS[id]}
            </label>
          ))}
          {problem('medicines') && (
            <p id={fieldId('medicines-problem')} className="mt-1 font-bold" data-field-problem>
              {problem('medicines')}
            </p>
          )}
        </fieldset>
        {pump.medicines.includes('other') && textField('otherMedicine', 'Name of the other medicine')}
        {textField('dose', 'Dose', 'Copy it exactly as your clinic wrote it. This site never works anything out from it.')}
        {textField('concentration', 'Concentration', 'Copy it exactly as your clinic wrote it.')}
        {dateField('implantDate', 'Implant date')}
        {dateField('batteryReplacement', 'Battery replacement date', 'If your clinic gave you one.')}

        <h3 className="mt-8 text-xl font-bold">Your pump clinic</h3>
        {edition.clinic && (
          <p className="text-sm text-muted">Filled in from {edition.clinic.name}. Change it if your clinic is different.</p>
        )}
        {textField('clinicName', 'Clinic name')}
        {textField('clinicPhone', 'Clinic phone', undefined, 'tel')}
        {textField('afterHoursPhone', 'After-hours phone', 'The number to call at night and on weekends.', 'tel')}

        <h3 className="mt-8 text-xl font-bold">Dates</h3>
        {dateField('nextRefill', 'Next refill date')}
        {dateField('lowReservoirAlarm', 'Low-reservoir alarm date', 'The day your clinic said the pump will alarm because it is getting empty.')}

        <h3 className="mt-8 text-xl font-bold">Emergency contact</h3>
        {textField('emergencyName', 'Name', 'Someone who knows about your pump.')}
        {textField('emergencyPhone', 'Phone', undefined, 'tel')}
      </form>

      <section aria-labelledby={fieldId('log-h')} className="mt-10" data-refill-log data-print="hide">
        <h2 id={fieldId('log-h')} className="text-2xl font-bold">
          Refill log
        </h2>
        <div className="mt-2 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor={fieldId('refill-date')} className="block font-bold">
              Date of refill
            </label>
            <input id={fieldId('refill-date')} type="date" className={input} value={refillDate} onChange={(e) => setRefillDate(e.currentTarget.value)} data-refill-date />
          </div>
          <div>
            <label htmlFor={fieldId('refill-next')} className="block font-bold">
              Next refill due
            </label>
            <input id={fieldId('refill-next')} type="date" className={input} value={refillNext} onChange={(e) => setRefillNext(e.currentTarget.value)} data-refill-next />
          </div>
          <button type="button" className={primary} onClick={logRefill} disabled={refillProblem !== undefined} aria-describedby={refillProblem ? fieldId('refill-problem') : undefined} data-add-refill>
            Add to log
          </button>
        </div>
        {refillProblem && (
          <p id={fieldId('refill-problem')} className="mt-1 text-sm">
            {refillProblem}
          </p>
        )}
        {pump.refills.length === 0 ? (
          <p className="mt-3 text-muted">No refills logged yet.</p>
        ) : (
          <ul className="mt-3 space-y-2" data-refill-entries>
            {pump.refills.map((entry, i) => (
              <li key={`${entry.date}-${i}`} className="flex flex-wrap items-center gap-3">
                <span>
                  Refilled {longDate(entry.date)}
                  {entry.nextDue && <>; next due {longDate(entry.nextDue)}</>}
                </span>
                <button type="button" className={button} onClick={() => myPumpStore.update((old) => removeRefill(old, i))} aria-label={`Remove the refill of ${longDate(entry.date)}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={fieldId('card-h')} className="mt-10" data-print-card-section>
        <h2 id={fieldId('card-h')} className="text-2xl font-bold" data-print="hide">
          Your emergency wallet card
        </h2>
        <p className="mt-1" data-print="hide">
          It prints at bank-card size on A4 or Letter paper. In the print window, set the scale to 100% (“actual size”).
        </p>
        <div className="mt-4">
          <WalletCard essentials={essentials} helpUrl={helpUrl} />
        </div>
        <div className="mt-4 flex flex-wrap gap-3" data-print="hide">
          <button type="button" className={primary} onClick={() => setPrintTarget('card')} data-print-card>
            Print the wallet card
          </button>
          <button type="button" className={button} onClick={() => void downloadLockScreen()} data-lock-screen>
            Download a lock-screen image
          </button>
        </div>
      </section>

      <section aria-labelledby={fieldId('more-h')} className="mt-10" data-print="hide">
        <h2 id={fieldId('more-h')} className="text-2xl font-bold">
          Handover sheet and calendar
        </h2>
        <p className="mt-1">
          The handover sheet is one page for an emergency department, care home, hospice, scan team or dentist.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className={primary} onClick={() => setPrintTarget('sheet')} data-print-sheet>
            Print the handover sheet
          </button>
          <button type="button" className={button} onClick={downloadCalendar} data-download-calendar>
            Add my dates to my calendar (.ics file)
          </button>
        </div>
        <p className="mt-2 text-sm text-muted">
          {calendarDates(usable).length === 0
            ? 'The calendar file needs a next refill, low-reservoir alarm or battery replacement date.'
            : `The calendar file has ${calendarDates(usable).length} ${calendarDates(usable).length === 1 ? 'date' : 'dates'}, each with reminders before it.`}
        </p>
        <p className="mt-3 font-bold" role="status" data-my-pump-message>
          {message}
        </p>
      </section>

      <section aria-labelledby={fieldId('clear-h')} className="mt-10" data-print="hide">
        <h2 id={fieldId('clear-h')} className="text-xl font-bold">
          Delete my pump details
        </h2>
        {confirmClear ? (
          <div className="mt-2">
            <p>This deletes everything on this page from this browser. It cannot be undone.</p>
            <div className="mt-2 flex flex-wrap gap-3">
              <button
                type="button"
                className={primary}
                onClick={() => {
                  myPumpStore.clear();
                  setConfirmClear(false);
                  setMessage('Your pump details are deleted from this browser.');
                }}
                data-confirm-clear
              >
                Yes, delete them
              </button>
              <button type="button" className={button} onClick={() => setConfirmClear(false)}>
                No, keep them
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={`${button} mt-2`} onClick={() => setConfirmClear(true)} data-clear>
            Delete my pump details
          </button>
        )}
      </section>

      <HandoverSheet essentials={essentials} pump={usable} today={today} pageUrl={`${origin}/my-pump/`} siteName={siteName} />
    </div>
  );
}
