/**
 * /my-pump/: one record about the person's pump, kept in this browser (src/stores/my-pump.ts), and
 * what it makes: the wallet card, the lock-screen image, the calendar file and the handover sheet.
 * All the rules live in src/lib/my-pump/; this island shows them and passes on what is typed.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { Edition } from '@/lib/edition/edition-schema';
import type { ToolStrings } from '@/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { buildCalendar, calendarDates } from '@/lib/my-pump/calendar';
import { localToday, longDate as longDateIn } from '@/lib/my-pump/dates';
import { pumpEssentials, withClinicDefaults } from '@/lib/my-pump/essentials';
import {
  addRefill,
  fieldProblems,
  fieldProblemText,
  removeRefill,
  STORED_TEXT_MAX,
  usablePump,
  type DateField,
  type FieldName,
  type TextField,
} from '@/lib/my-pump/my-pump-record';
import type { PumpModel } from '@/lib/my-pump/pump-models';
import { missedRefillAdvice, refillStatus } from '@/lib/my-pump/refill';
import { MEDICINE_IDS, type MedicineId, type PumpModelId } from '@/lib/my-pump/vocabulary';
import { telHref, type SignEntry } from '@/lib/warning-signs/warning-signs';
import { myPumpStore } from '@/stores/my-pump';
import HandoverSheet from './my-pump/HandoverSheet';
import MyPumpNotices from './my-pump/MyPumpNotices';
import WalletCard from './my-pump/WalletCard';

export interface Props {
  signs: SignEntry[];
  models: PumpModel[];
  edition: Edition;
  siteName: string;
  /** The page's language, and its words (src/i18n/<lang>/tools.ts). */
  lang: Lang;
  strings: ToolStrings['myPump'];
  /** Addresses in the page's language: the warning-signs page (the QR code) and "What this site keeps". */
  getHelpPath: string;
  myDataHref: string;
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

export default function MyPumpTool({ signs, models, edition, siteName, lang, strings, getHelpPath, myDataHref }: Props) {
  const t = strings;
  const f = strings.fields;
  const longDate = (date: string) => longDateIn(date, lang);
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
  const essentials = useMemo(() => pumpEssentials(usable, signs, models, edition, strings, lang), [usable, signs, models, edition, strings, lang]);
  const refill = refillStatus(usable.nextRefill, today);
  const missed = refill.state === 'overdue' ? missedRefillAdvice(usable, signs, edition, strings) : null;
  const helpUrl = `${origin}${getHelpPath}`;
  const problemText = (name: FieldName) => {
    const found = problems[name];
    return found && fieldProblemText(found, strings.problems, lang);
  };

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
    <Field id={fieldId(field)} label={label} {...(hint ? { hint } : {})} problem={problemText(field)}>
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
    <Field id={fieldId(field)} label={label} {...(hint ? { hint } : {})} problem={problemText(field)}>
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
    const text = buildCalendar(usable, new Date(), strings.calendar);
    if (!text) {
      setMessage(t.calendarAddDateFirst);
      return;
    }
    download(new Blob([text], { type: 'text/calendar;charset=utf-8' }), strings.calendar.fileName);
    setMessage(t.calendarDownloading);
  };

  const downloadLockScreen = async () => {
    try {
      const { drawLockScreen } = await import('./my-pump/lock-screen-canvas');
      download(await drawLockScreen(essentials, helpUrl, strings.lockScreen), strings.lockScreen.fileName);
      setMessage(t.lockScreenDownloading);
    } catch (error) {
      setMessage(t.lockScreenFailed((error as Error).message));
    }
  };

  const logRefill = () => {
    myPumpStore.update((old) => addRefill(old, refillNext ? { date: refillDate, nextDue: refillNext } : { date: refillDate }));
    setRefillNext('');
    setMessage(refillNext ? t.refillAddedNext(longDate(refillNext)) : t.refillAdded);
  };
  const refillProblem = refillDate === '' ? t.refillNeedsDate : refillNext !== '' && refillNext <= refillDate ? t.refillNextAfter : undefined;

  const problem = problemText;
  const calendarCount = calendarDates(usable).length;

  return (
    <div className="mt-6" data-my-pump>
      <MyPumpNotices status={status} strings={strings.notices} myDataHref={myDataHref} />

      <section aria-labelledby={fieldId('next-h')} className="mt-4 rounded border-2 border-line p-4" data-next-refill={refill.state} data-print="hide">
        <h2 id={fieldId('next-h')} className="text-xl font-bold">
          {t.nextRefillHeading}
        </h2>
        <p className="mt-1 text-lg" data-next-refill-text>
          {refill.state === 'none' && t.noNextRefill}
          {refill.state === 'upcoming' && (
            <>
              <strong>{longDate(usable.nextRefill!)}</strong> {t.inDays(refill.days)}
            </>
          )}
          {refill.state === 'today' && <strong>{t.todayDate(longDate(usable.nextRefill!))}</strong>}
          {refill.state === 'overdue' && (
            <>
              <strong>{longDate(usable.nextRefill!)}</strong>
              {t.daysAgo(refill.days)}
            </>
          )}
        </p>
        {missed && (
          <div className={`${urgentBox} mt-3`} role="alert" data-missed-refill>
            <p className="text-lg font-bold">{missed.action.heading}</p>
            <p className="mt-1">{t.missedLead(missed.action.lead)}</p>
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
            <p className="mt-2 text-sm">{t.missedAlreadyHad}</p>
          </div>
        )}
      </section>

      <form className="mt-8" onSubmit={(e) => e.preventDefault()} aria-labelledby={fieldId('form-h')} data-print="hide">
        <h2 id={fieldId('form-h')} className="text-2xl font-bold">
          {t.formHeading}
        </h2>
        <p className="mt-1 text-sm text-muted">{t.formHint}</p>

        <fieldset className="mt-4">
          <legend className="font-bold">{t.modelLegend}</legend>
          <p className="text-sm text-muted">{t.modelHint}</p>
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
          <legend className="font-bold">{t.medicinesLegend}</legend>
          {MEDICINE_IDS.map((id) => (
            <label key={id} className="mt-2 flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                checked={pump.medicines.includes(id)}
                onChange={(e) => toggleMedicine(id, e.currentTarget.checked)}
                className="size-6 accent-brand"
                data-medicine={id}
              />
              {t.medicines[id]}
            </label>
          ))}
          {problem('medicines') && (
            <p id={fieldId('medicines-problem')} className="mt-1 font-bold" data-field-problem>
              {problem('medicines')}
            </p>
          )}
        </fieldset>
        {pump.medicines.includes('other') && textField('otherMedicine', f.otherMedicine)}
        {textField('dose', f.dose, f.doseHint)}
        {textField('concentration', f.concentration, f.concentrationHint)}
        {dateField('implantDate', f.implantDate)}
        {dateField('batteryReplacement', f.batteryReplacement, f.batteryReplacementHint)}

        <h3 className="mt-8 text-xl font-bold">{f.clinicHeading}</h3>
        {edition.clinic && <p className="text-sm text-muted">{f.clinicFilledIn(edition.clinic.name)}</p>}
        {textField('clinicName', f.clinicName)}
        {textField('clinicPhone', f.clinicPhone, undefined, 'tel')}
        {textField('afterHoursPhone', f.afterHoursPhone, f.afterHoursPhoneHint, 'tel')}

        <h3 className="mt-8 text-xl font-bold">{f.datesHeading}</h3>
        {dateField('nextRefill', f.nextRefill)}
        {dateField('lowReservoirAlarm', f.lowReservoirAlarm, f.lowReservoirAlarmHint)}

        <h3 className="mt-8 text-xl font-bold">{f.emergencyHeading}</h3>
        {textField('emergencyName', f.emergencyName, f.emergencyNameHint)}
        {textField('emergencyPhone', f.emergencyPhone, undefined, 'tel')}
      </form>

      <section aria-labelledby={fieldId('log-h')} className="mt-10" data-refill-log data-print="hide">
        <h2 id={fieldId('log-h')} className="text-2xl font-bold">
          {t.logHeading}
        </h2>
        <div className="mt-2 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor={fieldId('refill-date')} className="block font-bold">
              {t.refillDate}
            </label>
            <input id={fieldId('refill-date')} type="date" className={input} value={refillDate} onChange={(e) => setRefillDate(e.currentTarget.value)} data-refill-date />
          </div>
          <div>
            <label htmlFor={fieldId('refill-next')} className="block font-bold">
              {t.refillNext}
            </label>
            <input id={fieldId('refill-next')} type="date" className={input} value={refillNext} onChange={(e) => setRefillNext(e.currentTarget.value)} data-refill-next />
          </div>
          <button type="button" className={primary} onClick={logRefill} disabled={refillProblem !== undefined} aria-describedby={refillProblem ? fieldId('refill-problem') : undefined} data-add-refill>
            {t.addToLog}
          </button>
        </div>
        {refillProblem && (
          <p id={fieldId('refill-problem')} className="mt-1 text-sm">
            {refillProblem}
          </p>
        )}
        {pump.refills.length === 0 ? (
          <p className="mt-3 text-muted">{t.noRefills}</p>
        ) : (
          <ul className="mt-3 space-y-2" data-refill-entries>
            {pump.refills.map((entry, i) => (
              <li key={`${entry.date}-${i}`} className="flex flex-wrap items-center gap-3">
                <span>
                  {t.refilled(longDate(entry.date))}
                  {entry.nextDue && t.nextDue(longDate(entry.nextDue))}
                </span>
                <button type="button" className={button} onClick={() => myPumpStore.update((old) => removeRefill(old, i))} aria-label={t.removeRefillLabel(longDate(entry.date))}>
                  {t.removeRefill}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={fieldId('card-h')} className="mt-10" data-print-card-section>
        <h2 id={fieldId('card-h')} className="text-2xl font-bold" data-print="hide">
          {t.cardHeading}
        </h2>
        <p className="mt-1" data-print="hide">
          {t.cardHint}
        </p>
        <div className="mt-4">
          <WalletCard essentials={essentials} helpUrl={helpUrl} strings={strings.card} />
        </div>
        <div className="mt-4 flex flex-wrap gap-3" data-print="hide">
          <button type="button" className={primary} onClick={() => setPrintTarget('card')} data-print-card>
            {t.printCard}
          </button>
          <button type="button" className={button} onClick={() => void downloadLockScreen()} data-lock-screen>
            {t.downloadLockScreen}
          </button>
        </div>
      </section>

      <section aria-labelledby={fieldId('more-h')} className="mt-10" data-print="hide">
        <h2 id={fieldId('more-h')} className="text-2xl font-bold">
          {t.moreHeading}
        </h2>
        <p className="mt-1">{t.moreIntro}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className={primary} onClick={() => setPrintTarget('sheet')} data-print-sheet>
            {t.printSheet}
          </button>
          <button type="button" className={button} onClick={downloadCalendar} data-download-calendar>
            {t.downloadCalendar}
          </button>
        </div>
        <p className="mt-2 text-sm text-muted">{calendarCount === 0 ? t.calendarNeedsDates : t.calendarHas(calendarCount)}</p>
        <p className="mt-3 font-bold" role="status" data-my-pump-message>
          {message}
        </p>
      </section>

      <section aria-labelledby={fieldId('clear-h')} className="mt-10" data-print="hide">
        <h2 id={fieldId('clear-h')} className="text-xl font-bold">
          {t.clearHeading}
        </h2>
        {confirmClear ? (
          <div className="mt-2">
            <p>{t.clearWarning}</p>
            <div className="mt-2 flex flex-wrap gap-3">
              <button
                type="button"
                className={primary}
                onClick={() => {
                  myPumpStore.clear();
                  setConfirmClear(false);
                  setMessage(t.cleared);
                }}
                data-confirm-clear
              >
                {t.clearConfirm}
              </button>
              <button type="button" className={button} onClick={() => setConfirmClear(false)}>
                {t.clearKeep}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={`${button} mt-2`} onClick={() => setConfirmClear(true)} data-clear>
            {t.clearButton}
          </button>
        )}
      </section>

      <HandoverSheet
        essentials={essentials}
        pump={usable}
        today={today}
        pageUrl={`${origin}${window.location.pathname}`}
        siteName={siteName}
        lang={lang}
        strings={strings}
      />
    </div>
  );
}
