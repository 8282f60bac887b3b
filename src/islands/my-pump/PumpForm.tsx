/**
 * "About your pump": the pump model, medicines, doses, dates, clinic and emergency contact. Each
 * change is saved at once (src/stores/my-pump.ts); a value that breaks a rule gets a message under
 * its field and is left off the card and sheet until it is fixed.
 */
import { useId } from 'react';
import type { ToolStrings } from '@/i18n';
import type { Edition } from '@/lib/edition/edition-schema';
import {
  STORED_TEXT_MAX,
  type DateField,
  type FieldName,
  type MyPump,
  type TextField,
} from '@/lib/my-pump/my-pump-record';
import type { PumpModel } from '@/lib/my-pump/pump-models';
import { MEDICINE_IDS, type MedicineId, type PumpModelId } from '@/lib/my-pump/vocabulary';
import { myPumpStore } from '@/stores/my-pump';
import { Field, FieldProblem } from '../ui/Field';

interface Props {
  /** The record with the clinic's defaults filled in. */
  pump: MyPump;
  models: PumpModel[];
  edition: Edition;
  /** The message for a field whose value breaks a rule. */
  problem: (name: FieldName) => string | undefined;
  strings: ToolStrings['myPump'];
}

export const pumpInput = 'mt-1 block min-h-11 w-full rounded border-2 border-line bg-paper px-3 text-base';
const choice = 'mt-2 flex min-h-11 items-center gap-3';

const setField = (field: TextField | DateField, value: string) =>
  myPumpStore.update((old) => ({ ...old, [field]: value }));
const setModel = (model: PumpModelId) => myPumpStore.update((old) => ({ ...old, model }));
const toggleMedicine = (id: MedicineId, on: boolean) =>
  myPumpStore.update((old) => ({
    ...old,
    medicines: MEDICINE_IDS.filter((m) => (m === id ? on : old.medicines.includes(m))),
  }));

export default function PumpForm({ pump, models, edition, problem, strings: t }: Props) {
  const f = t.fields;
  const idBase = useId();
  const fieldId = (name: string) => `${idBase}-${name}`;

  const field = (
    name: TextField | DateField,
    label: string,
    hint: string | undefined,
    type: 'text' | 'tel' | 'date',
  ) => (
    <Field
      className="mt-4"
      id={fieldId(name)}
      label={label}
      labelClassName="block font-bold"
      hint={hint}
      problem={problem(name)}
    >
      {(control) => (
        <input
          {...control}
          type={type}
          className={pumpInput}
          value={pump[name] ?? ''}
          {...(type === 'date' ? {} : { maxLength: STORED_TEXT_MAX, autoComplete: 'off' })}
          onChange={(e) => setField(name, e.currentTarget.value)}
          data-field={name}
        />
      )}
    </Field>
  );
  const textField = (name: TextField, label: string, hint?: string, type: 'text' | 'tel' = 'text') =>
    field(name, label, hint, type);
  const dateField = (name: DateField, label: string, hint?: string) => field(name, label, hint, 'date');

  return (
    <form className="mt-8" onSubmit={(e) => e.preventDefault()} aria-labelledby={fieldId('form-h')} data-print="hide">
      <h2 id={fieldId('form-h')} className="text-2xl font-bold">
        {t.formHeading}
      </h2>
      <p className="mt-1 text-sm text-muted">{t.formHint}</p>

      <fieldset className="mt-4">
        <legend className="font-bold">{t.modelLegend}</legend>
        <p className="text-sm text-muted">{t.modelHint}</p>
        {models.map((model) => (
          <label key={model.id} className={choice}>
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
          <label key={id} className={choice}>
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
        <FieldProblem id={fieldId('medicines-problem')} text={problem('medicines')} />
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
  );
}
