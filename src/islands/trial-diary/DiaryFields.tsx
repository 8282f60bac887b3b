/**
 * Pieces both trial diary forms use: the field look, the PEG number boxes, the list of problems
 * after a save that could not go ahead, and the rule for when a field's message shows.
 */
import { PEG_ITEMS, type DiaryWords, type FieldProblems, type PegItemId } from '@/lib/trial-diary/diary';
import type { Lang } from '@/lib/i18n/lang';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';

/** What every part of the diary needs to speak the page's language. */
export interface Speaks {
  t: DiaryWords;
  lang: Lang;
}

export const input = 'mt-1 block w-full rounded border-2 border-ink bg-paper px-3 py-2 text-ink';
const smallInput = 'mt-1 block w-24 rounded border-2 border-ink bg-paper px-3 py-2 text-ink';
/** The diary's hints are plain small text (the other tools mute theirs). */
export const hint = 'text-sm';

/** A list of problems after a save that could not go ahead, with links to the fields. */
export function ProblemSummary({ problems, prefix, t }: { problems: FieldProblems; prefix: string; t: DiaryWords }) {
  const keys = Object.keys(problems);
  if (keys.length === 0) return null;
  const labels: Record<string, string> = t.fieldLabels;
  return (
    <Notice role="alert" className="mt-4" title={t.problemSummary(keys.length)} data-form-problems>
      <ul className="mt-2 list-disc pl-6">
        {keys.map((key) => (
          <li key={key}>
            <a href={`#${prefix}-${key}`}>{labels[key] ?? key}</a>: {problems[key]}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** The three PEG questions as number boxes, checked as typed. */
export function PegFields({
  prefix,
  values,
  problems,
  onChange,
  period,
  t,
}: {
  prefix: string;
  values: Record<PegItemId, string>;
  problems: FieldProblems;
  onChange: (id: PegItemId, value: string) => void;
  period: string;
  t: DiaryWords;
}) {
  return (
    <fieldset className="mt-4">
      <legend className="text-lg font-bold">{t.pegLegend(period)}</legend>
      <p className={hint} id={`${prefix}-peg-hint`}>
        {t.pegHint}
      </p>
      <div className="mt-2 grid gap-4 sm:grid-cols-3">
        {PEG_ITEMS.map((item) => {
          const id = `${prefix}-peg-${item.id}`;
          return (
            <Field
              key={item.id}
              id={id}
              label={t.peg[item.id].label}
              hint={t.pegScale(t.peg[item.id].low, t.peg[item.id].high)}
              hintId={`${id}-scale`}
              problem={problems[`peg-${item.id}`]}
            >
              {(control) => (
                <input
                  {...control}
                  name={id}
                  className={smallInput}
                  inputMode="numeric"
                  autoComplete="off"
                  value={values[item.id]}
                  onChange={(event) => onChange(item.id, event.target.value)}
                />
              )}
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Shows a message as soon as a typed value breaks a rule; empty required fields wait until saving. */
export function liveProblems(fields: Record<string, string | null>, shown: FieldProblems): FieldProblems {
  const next: FieldProblems = { ...shown };
  for (const [key, problem] of Object.entries(fields)) {
    if (problem) next[key] = problem;
    else delete next[key];
  }
  return next;
}
