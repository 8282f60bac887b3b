/** The trial diary's starting point: PEG scores before the trial, up to three goals, and medicines. */
import { useStore } from '@nanostores/react';
import { useState, type SubmitEvent } from 'react';
import {
  baselineDraftFrom,
  checkBaseline,
  DIARY_LIMITS,
  GOAL_IDS,
  lengthProblem,
  pegProblem,
  setBaseline,
  type BaselineDraft,
  type FieldProblems,
  type PegItemId,
} from '@/lib/trial-diary/diary';
import { trialDiaryStore } from '@/stores/trial-diary';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { hint, input, liveProblems, PegFields, ProblemSummary, type Speaks } from './DiaryFields';

export default function BaselineForm({ onSaved, t }: { onSaved: (message: string) => void } & Speaks) {
  const p = t.problems;
  const diary = useStore(trialDiaryStore.$value);
  const [draft, setDraft] = useState<BaselineDraft>(() => baselineDraftFrom(diary.baseline));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [submitted, setSubmitted] = useState<FieldProblems>({});

  const setPeg = (id: PegItemId, value: string) => {
    setDraft((d) => ({ ...d, peg: { ...d.peg, [id]: value } }));
    setProblems((shown) => liveProblems({ [`peg-${id}`]: value.trim() === '' ? null : pegProblem(value, p) }, shown));
  };
  const setGoal = (index: number, value: string) => {
    setDraft((d) => {
      const goals = [...d.goals] as BaselineDraft['goals'];
      goals[index] = value;
      return { ...d, goals };
    });
    setProblems((shown) =>
      liveProblems({ [GOAL_IDS[index]!]: lengthProblem(value, DIARY_LIMITS.goalLength, p) }, shown),
    );
  };
  const setMedicines = (value: string) => {
    setDraft((d) => ({ ...d, medicines: value }));
    setProblems((shown) => liveProblems({ medicines: lengthProblem(value, DIARY_LIMITS.medicinesLength, p) }, shown));
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = checkBaseline(draft, p);
    if (!checked.ok) {
      setProblems(checked.problems);
      setSubmitted(checked.problems);
      return;
    }
    setProblems({});
    setSubmitted({});
    const saved = trialDiaryStore.update((d) => setBaseline(d, checked.value));
    onSaved(saved ? t.baselineSaved : t.baselineNotSaved);
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby="before-heading" data-baseline-form>
      <ProblemSummary problems={submitted} prefix="baseline" t={t} />
      <PegFields
        prefix="baseline"
        values={draft.peg}
        problems={problems}
        onChange={setPeg}
        period={t.periodBefore}
        t={t}
      />
      <fieldset className="mt-6">
        <legend className="text-lg font-bold">{t.goalsLegend}</legend>
        <p className={hint} id="baseline-goals-hint">
          {t.goalsHint}
        </p>
        {GOAL_IDS.map((goalId, index) => (
          <Field
            key={goalId}
            className="mt-3"
            id={`baseline-${goalId}`}
            label={t.goalLabel(index + 1)}
            describedByOutside="baseline-goals-hint"
            problem={problems[goalId]}
          >
            {(control) => (
              <input
                {...control}
                className={input}
                value={draft.goals[index]}
                onChange={(event) => setGoal(index, event.target.value)}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <Field
        className="mt-6"
        id="baseline-medicines"
        label={t.medicinesLabel}
        labelClassName="text-lg font-bold"
        hint={t.medicinesHint}
        hintClassName={hint}
        problem={problems.medicines}
      >
        {(control) => (
          <textarea
            {...control}
            className={input}
            rows={3}
            value={draft.medicines}
            onChange={(event) => setMedicines(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" className="mt-6">
        {t.saveBaseline}
      </Button>
    </form>
  );
}
