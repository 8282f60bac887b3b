/**
 * Form field rows for the tools: a visible label, an optional hint, the control, and a message when
 * what was typed breaks a rule. The row wires the hint and the message to the control
 * (aria-describedby, aria-invalid), so every tool says the same thing to a screen reader.
 */
import { useRef, type ReactNode } from 'react';
import { useEarlyChoice } from './hydration';

/** What a field row gives its control, spread on it: `<input {...control} />`. */
interface ControlWiring {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** The ids that describe a control, in reading order, or undefined when there are none. */
function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** A message under a field (or a group of fields), linked to it by id. Nothing when there is no problem. */
export function FieldProblem({ id, text }: { id: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="mt-1 font-bold text-urgent" data-field-problem>
      {text}
    </p>
  );
}

interface FieldProps {
  /** The control's id; the hint is `<id>-hint` and the message `<id>-problem` unless said otherwise. */
  id: string;
  label: ReactNode;
  /** The label's classes: the tools use different sizes. */
  labelClassName?: string;
  hint?: ReactNode;
  /** The hint's id, where a tool names it differently (the PEG scale). */
  hintId?: string;
  hintClassName?: string;
  /** Ids of text outside the row that also describes the control (a fieldset's shared hint). */
  describedByOutside?: string;
  /** The message to show, if what was typed breaks a rule. */
  problem?: string | null | undefined;
  /** Classes of the row's wrapper (its spacing). */
  className?: string;
  children: (control: ControlWiring) => ReactNode;
}

/** A labelled field row: label, hint, control and message, wired together for screen readers. */
export function Field({
  id,
  label,
  labelClassName = 'font-bold',
  hint,
  hintId = `${id}-hint`,
  hintClassName = 'text-sm text-muted',
  describedByOutside,
  problem,
  className,
  children,
}: FieldProps) {
  const problemId = `${id}-problem`;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={hintClassName}>
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy(describedByOutside, hint ? hintId : null, problem ? problemId : null),
        'aria-invalid': problem ? true : undefined,
      })}
      <FieldProblem id={problemId} text={problem} />
    </div>
  );
}

/** A checkbox with its label and a hint beside it (ticking a bank question, printing in two languages). */
export function CheckboxField({
  id,
  label,
  hint,
  hintId = `${id}-hint`,
  checked,
  onChange,
  data,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  /** The hint's id, where a tool names it differently. */
  hintId?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The checkbox's data-* attributes, for tests and scripts. */
  data?: Record<`data-${string}`, string | boolean>;
}) {
  const box = useRef<HTMLInputElement>(null);
  useEarlyChoice(box, checked, onChange);
  return (
    <>
      <input
        ref={box}
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        aria-describedby={hintId}
        className="mt-1 size-6 shrink-0 accent-brand"
        {...data}
      />
      <div>
        <label htmlFor={id} className="font-bold">
          {label}
        </label>
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      </div>
    </>
  );
}

/**
 * One choice of a radio group, as a label at least 44 px tall that shows when it is chosen (the
 * values exercise, the SURE check). `className` adds the row's own spacing.
 */
export function RadioOption({
  id,
  name,
  value,
  label,
  checked,
  onSelect,
  className,
}: {
  id: string;
  name: string;
  value: string | number;
  label: ReactNode;
  checked: boolean;
  onSelect: () => void;
  className: string;
}) {
  const radio = useRef<HTMLInputElement>(null);
  // A radio cannot be unchosen by a tap, so only a choice made before the island ran is handed on.
  useEarlyChoice(radio, checked, (chosen) => chosen && onSelect());
  return (
    <label
      htmlFor={id}
      className={`flex min-h-11 cursor-pointer items-center gap-3 rounded border-2 border-transparent has-[:checked]:border-brand has-[:checked]:bg-brand-soft ${className}`}
    >
      <input
        ref={radio}
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onSelect}
        className="h-6 w-6 shrink-0 accent-brand"
      />
      <span>{label}</span>
    </label>
  );
}
