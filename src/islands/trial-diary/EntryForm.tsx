/** A diary entry: add a new one or change one (date, time of day, PEG, goals, side effects, notes). */
import { useStore } from '@nanostores/react';
import { useState, type SubmitEvent } from 'react';
import {
  checkEntry,
  dateProblem,
  DIARY_LIMITS,
  emptyEntryDraft,
  entryDraftFrom,
  entryWhen,
  GOAL_RESULTS,
  lengthProblem,
  localIsoDate,
  newEntryId,
  pegProblem,
  saveEntry,
  SIDE_EFFECTS,
  TIMES_OF_DAY,
  type DiaryEntry,
  type EntryDraft,
  type FieldProblems,
} from '@/lib/trial-diary/diary';
import { trialDiaryStore } from '@/stores/trial-diary';
import { Button, ButtonRow } from '../ui/Button';
import { Field, FieldProblem } from '../ui/Field';
import { hint, input, liveProblems, PegFields, ProblemSummary, type Speaks } from './DiaryFields';

const choice = 'flex min-h-11 items-center gap-2';
const choiceInput = 'size-5 accent-brand';

export default function EntryForm({
  editing,
  onDone,
  t,
  lang,
}: {
  /** The entry being changed, or null for a new entry. */
  editing: DiaryEntry | null;
  onDone: (message: string, entryId: string | null) => void;
} & Speaks) {
  const p = t.problems;
  const diary = useStore(trialDiaryStore.$value);
  const today = localIsoDate(new Date());
  const [draft, setDraft] = useState<EntryDraft>(() => (editing ? entryDraftFrom(editing) : emptyEntryDraft(today)));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [submitted, setSubmitted] = useState<FieldProblems>({});
  const goals = diary.baseline.goals;
  const heading = editing ? t.changeEntryHeading(entryWhen(editing, t, lang)) : t.addEntryHeading;

  const setText = (field: 'otherSideEffect' | 'extraMedicine' | 'note', value: string, max: number) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems((shown) => liveProblems({ [field]: lengthProblem(value, max, p) }, shown));
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = checkEntry(draft, editing?.id ?? newEntryId(diary), today, p);
    if (!checked.ok) {
      setProblems(checked.problems);
      setSubmitted(checked.problems);
      return;
    }
    const next = saveEntry(diary, checked.value);
    if (!next) {
      setSubmitted({ date: p.diaryFull(DIARY_LIMITS.maxEntries) });
      return;
    }
    const saved = trialDiaryStore.set(next);
    const when = entryWhen(checked.value, t, lang);
    setProblems({});
    setSubmitted({});
    if (!editing) setDraft(emptyEntryDraft(draft.date));
    onDone(`${editing ? t.entryChanged(when) : t.entrySaved(when)}${saved ? '' : t.notSavedNote}`, checked.value.id);
  };

  return (
    <form
      onSubmit={save}
      noValidate
      aria-labelledby="entry-form-heading"
      className="rounded border-2 border-line p-4"
      data-entry-form
    >
      <h3 id="entry-form-heading" className="text-xl font-bold" tabIndex={-1}>
        {heading}
      </h3>
      <ProblemSummary problems={submitted} prefix="entry" t={t} />
      <div className="mt-4 flex flex-wrap gap-6">
        <Field id="entry-date" label={t.dateLabel} problem={problems.date}>
          {(control) => (
            <input
              {...control}
              type="date"
              className={input}
              max={today}
              value={draft.date}
              onChange={(event) => {
                const value = event.target.value;
                setDraft((d) => ({ ...d, date: value }));
                setProblems((shown) =>
                  liveProblems({ date: value === '' ? null : dateProblem(value, today, p) }, shown),
                );
              }}
            />
          )}
        </Field>
        <fieldset id="entry-time" tabIndex={-1} aria-describedby={problems.time ? 'entry-time-problem' : undefined}>
          <legend className="font-bold">{t.timeLegend}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4">
            {TIMES_OF_DAY.map((time) => (
              <label key={time.id} className={choice}>
                <input
                  type="radio"
                  name="entry-time"
                  value={time.id}
                  className={choiceInput}
                  checked={draft.time === time.id}
                  onChange={() => {
                    setDraft((d) => ({ ...d, time: time.id }));
                    setProblems((shown) => liveProblems({ time: null }, shown));
                  }}
                />
                {t.timesOfDay[time.id]}
              </label>
            ))}
          </div>
          <FieldProblem id="entry-time-problem" text={problems.time} />
        </fieldset>
      </div>
      <PegFields
        prefix="entry"
        values={draft.peg}
        problems={problems}
        period={t.periodSince}
        t={t}
        onChange={(id, value) => {
          setDraft((d) => ({ ...d, peg: { ...d.peg, [id]: value } }));
          setProblems((shown) =>
            liveProblems({ [`peg-${id}`]: value.trim() === '' ? null : pegProblem(value, p) }, shown),
          );
        }}
      />
      {goals.length > 0 && (
        <div className="mt-6">
          <h4 className="text-lg font-bold">{t.goalsHeading}</h4>
          {goals.map((goal) => (
            <fieldset key={goal.id} className="mt-2">
              <legend className="font-bold">{goal.text}</legend>
              <div className="flex flex-wrap gap-x-4">
                {GOAL_RESULTS.map((result) => (
                  <label key={result.id} className={choice}>
                    <input
                      type="radio"
                      name={`entry-${goal.id}`}
                      value={result.id}
                      className={choiceInput}
                      checked={draft.goals[goal.id] === result.id}
                      onChange={() => setDraft((d) => ({ ...d, goals: { ...d.goals, [goal.id]: result.id } }))}
                    />
                    {t.goalResults[result.id]}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      )}
      <fieldset className="mt-6">
        <legend className="text-lg font-bold">{t.sideEffectsLegend}</legend>
        <p className={hint}>{t.sideEffectsHint}</p>
        <div className="mt-1 grid sm:grid-cols-2">
          {SIDE_EFFECTS.map((s) => (
            <label key={s.id} className={choice}>
              <input
                type="checkbox"
                value={s.id}
                className={choiceInput}
                checked={draft.sideEffects.includes(s.id)}
                onChange={(event) => {
                  const on = event.target.checked;
                  setDraft((d) => ({
                    ...d,
                    sideEffects: on ? [...d.sideEffects, s.id] : d.sideEffects.filter((x) => x !== s.id),
                  }));
                  if (!on && s.id === 'other') setProblems((shown) => liveProblems({ otherSideEffect: null }, shown));
                }}
              />
              {t.sideEffects[s.id]}
            </label>
          ))}
        </div>
        {draft.sideEffects.includes('other') && (
          <Field
            className="mt-2"
            id="entry-otherSideEffect"
            label={t.otherSideEffectLabel}
            problem={problems.otherSideEffect}
          >
            {(control) => (
              <input
                {...control}
                className={input}
                value={draft.otherSideEffect}
                onChange={(event) => setText('otherSideEffect', event.target.value, DIARY_LIMITS.otherSideEffectLength)}
              />
            )}
          </Field>
        )}
      </fieldset>
      <Field
        className="mt-6"
        id="entry-extraMedicine"
        label={t.extraMedicineLabel}
        hint={t.extraMedicineHint}
        hintClassName={hint}
        problem={problems.extraMedicine}
      >
        {(control) => (
          <input
            {...control}
            className={input}
            value={draft.extraMedicine}
            onChange={(event) => setText('extraMedicine', event.target.value, DIARY_LIMITS.extraMedicineLength)}
          />
        )}
      </Field>
      <Field className="mt-6" id="entry-note" label={t.noteLabel} problem={problems.note}>
        {(control) => (
          <textarea
            {...control}
            className={input}
            rows={3}
            value={draft.note}
            onChange={(event) => setText('note', event.target.value, DIARY_LIMITS.noteLength)}
          />
        )}
      </Field>
      <ButtonRow className="mt-6 gap-3">
        <Button type="submit" variant="primary">
          {editing ? t.saveChanges : t.saveEntry}
        </Button>
        {editing && <Button onClick={() => onDone(t.nothingChanged, editing.id)}>{t.cancel}</Button>}
      </ButtonRow>
    </form>
  );
}
