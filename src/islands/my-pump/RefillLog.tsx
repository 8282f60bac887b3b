/** "Refill log": add a refill (its date, and the next one if known) and remove one added by mistake. */
import { useId, useState } from 'react';
import type { ToolStrings } from '@/i18n';
import { addRefill, removeRefill, type RefillEntry } from '@/lib/my-pump/my-pump-record';
import { myPumpStore } from '@/stores/my-pump';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Section } from '../ui/Section';
import { pumpInput } from './PumpForm';

interface Props {
  refills: RefillEntry[];
  /** Today (YYYY-MM-DD), the refill date to start with. */
  today: string;
  longDate: (date: string) => string;
  /** Says what happened, in the page's message line. */
  onLogged: (message: string) => void;
  strings: ToolStrings['myPump'];
}

export default function RefillLog({ refills, today, longDate, onLogged, strings: t }: Props) {
  const idBase = useId();
  const fieldId = (name: string) => `${idBase}-${name}`;
  const [refillDate, setRefillDate] = useState(today);
  const [refillNext, setRefillNext] = useState('');

  const logRefill = () => {
    myPumpStore.update((old) =>
      addRefill(old, refillNext ? { date: refillDate, nextDue: refillNext } : { date: refillDate }),
    );
    setRefillNext('');
    onLogged(refillNext ? t.refillAddedNext(longDate(refillNext)) : t.refillAdded);
  };
  const refillProblem =
    refillDate === ''
      ? t.refillNeedsDate
      : refillNext !== '' && refillNext <= refillDate
        ? t.refillNextAfter
        : undefined;

  const dateField = (name: string, label: string, value: string, set: (value: string) => void, hook: object) => (
    <Field id={fieldId(name)} label={label} labelClassName="block font-bold">
      {(control) => (
        <input
          {...control}
          type="date"
          className={pumpInput}
          value={value}
          onChange={(e) => set(e.currentTarget.value)}
          {...hook}
        />
      )}
    </Field>
  );

  return (
    <Section headingId={fieldId('log-h')} heading={t.logHeading} className="mt-10" data-refill-log data-print="hide">
      <div className="mt-2 flex flex-wrap items-end gap-4">
        {dateField('refill-date', t.refillDate, refillDate, setRefillDate, { 'data-refill-date': true })}
        {dateField('refill-next', t.refillNext, refillNext, setRefillNext, { 'data-refill-next': true })}
        <Button
          variant="primary"
          onClick={logRefill}
          disabled={refillProblem !== undefined}
          aria-describedby={refillProblem ? fieldId('refill-problem') : undefined}
          data-add-refill
        >
          {t.addToLog}
        </Button>
      </div>
      {refillProblem && (
        <p id={fieldId('refill-problem')} className="mt-1 text-sm">
          {refillProblem}
        </p>
      )}
      {refills.length === 0 ? (
        <p className="mt-3 text-muted">{t.noRefills}</p>
      ) : (
        <ul className="mt-3 space-y-2" data-refill-entries>
          {refills.map((entry, i) => (
            <li key={`${entry.date}-${i}`} className="flex flex-wrap items-center gap-3">
              <span>
                {t.refilled(longDate(entry.date))}
                {entry.nextDue && t.nextDue(longDate(entry.nextDue))}
              </span>
              <Button
                onClick={() => myPumpStore.update((old) => removeRefill(old, i))}
                aria-label={t.removeRefillLabel(longDate(entry.date))}
              >
                {t.removeRefill}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
