/**
 * The trial diary on /trial-diary/: the starting point before the trial, diary entries during it
 * (add, change, delete), the one-page summary, and deleting the whole diary. Everything is kept in
 * this browser through the trial-diary record store; all rules and sums live in
 * src/lib/trial-diary/. The wording works for the person and for a caregiver filling it in for them.
 *
 * accessibilityCriteria:
 * - Every field has a visible label; hints and messages are linked with aria-describedby, and a
 *   field with a problem has aria-invalid.
 * - A message shows as soon as a typed value breaks a rule; saving with problems lists them in an
 *   alert box with links to each field, and keeps everything typed.
 * - Saved, changed and deleted entries are announced in a polite live region; focus moves to the
 *   form when changing an entry and back to the list afterwards.
 * - Choices are native radio buttons and checkboxes in fieldsets with legends.
 */
import { useStore } from '@nanostores/react';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import {
  baselineDraftFrom,
  checkBaseline,
  checkEntry,
  dateProblem,
  deleteEntry,
  DIARY_LIMITS,
  emptyEntryDraft,
  entryDraftFrom,
  GOAL_IDS,
  GOAL_RESULTS,
  isEmptyDiary,
  lengthProblem,
  localIsoDate,
  newEntryId,
  PEG_ITEMS,
  pegProblem,
  saveEntry,
  setBaseline,
  SIDE_EFFECTS,
  entryWhen,
  TIMES_OF_DAY,
  type BaselineDraft,
  type DiaryWords,
  type DiaryEntry,
  type EntryDraft,
  type FieldProblems,
  type PegItemId,
} from '@/lib/trial-diary/diary';
import { formatScore, pegScore } from '@/lib/trial-diary/summary';
import { formatLocalDate } from '@/lib/i18n/intl';
import type { Lang } from '@/lib/i18n/lang';
import { trialDiaryStore } from '@/stores/trial-diary';
import TrialDiarySummary, { type SourceRef } from './TrialDiarySummary';

export interface Props {
  trialQuestions: { id: string; text: string }[];
  questionsHref: string;
  myDataHref: string;
  sources: { peg: SourceRef; insurer: SourceRef; medicare: SourceRef };
  /** The page's language, and its words (src/i18n/<lang>/tools.ts). */
  lang: Lang;
  strings: DiaryWords;
}

/** What every part of the diary needs to speak the page's language. */
interface Speaks {
  t: DiaryWords;
  lang: Lang;
}

const input = 'mt-1 block w-full rounded border-2 border-ink bg-paper px-3 py-2 text-ink';
const smallInput = 'mt-1 block w-24 rounded border-2 border-ink bg-paper px-3 py-2 text-ink';
const primary = 'min-h-11 rounded border-2 border-brand bg-brand px-4 font-bold text-on-brand';
const secondary = 'min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';
const problemBox = 'mt-4 rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';

/** A message under a field, linked to it by id. */
function Message({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="mt-1 font-bold text-urgent" data-field-problem>
      {text}
    </p>
  );
}

/** A list of problems after a save that could not go ahead, with links to the fields. */
function ProblemSummary({ problems, prefix, t }: { problems: FieldProblems; prefix: string; t: DiaryWords }) {
  const keys = Object.keys(problems);
  if (keys.length === 0) return null;
  const labels: Record<string, string> = t.fieldLabels;
  return (
    <div role="alert" className={problemBox} data-form-problems>
      <p className="font-bold">{t.problemSummary(keys.length)}</p>
      <ul className="mt-2 list-disc pl-6">
        {keys.map((key) => (
          <li key={key}>
            <a href={`#${prefix}-${key}`}>{labels[key] ?? key}</a>: {problems[key]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The three PEG questions as number boxes, checked as typed. */
function PegFields({
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
      <p className="text-sm" id={`${prefix}-peg-hint`}>
        {t.pegHint}
      </p>
      <div className="mt-2 grid gap-4 sm:grid-cols-3">
        {PEG_ITEMS.map((item) => {
          const id = `${prefix}-peg-${item.id}`;
          const problem = problems[`peg-${item.id}`];
          return (
            <div key={item.id}>
              <label htmlFor={id} className="font-bold">
                {t.peg[item.id].label}
              </label>
              <p id={`${id}-scale`} className="text-sm text-muted">
                {t.pegScale(t.peg[item.id].low, t.peg[item.id].high)}
              </p>
              <input
                id={id}
                name={id}
                className={smallInput}
                inputMode="numeric"
                autoComplete="off"
                value={values[item.id]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={`${id}-scale${problem ? ` ${id}-problem` : ''}`}
                onChange={(event) => onChange(item.id, event.target.value)}
              />
              <Message id={`${id}-problem`} text={problem} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Shows a message as soon as a typed value breaks a rule; empty required fields wait until saving. */
function liveProblems(fields: Record<string, string | null>, shown: FieldProblems): FieldProblems {
  const next: FieldProblems = { ...shown };
  for (const [key, problem] of Object.entries(fields)) {
    if (problem) next[key] = problem;
    else delete next[key];
  }
  return next;
}

function BaselineForm({ onSaved, t }: { onSaved: (message: string) => void } & Speaks) {
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
    setProblems((shown) => liveProblems({ [GOAL_IDS[index]!]: lengthProblem(value, DIARY_LIMITS.goalLength, p) }, shown));
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
      <PegFields prefix="baseline" values={draft.peg} problems={problems} onChange={setPeg} period={t.periodBefore} t={t} />
      <fieldset className="mt-6">
        <legend className="text-lg font-bold">{t.goalsLegend}</legend>
        <p className="text-sm" id="baseline-goals-hint">
          {t.goalsHint}
        </p>
        {GOAL_IDS.map((goalId, index) => (
          <div className="mt-3" key={goalId}>
            <label htmlFor={`baseline-${goalId}`} className="font-bold">
              {t.goalLabel(index + 1)}
            </label>
            <input
              id={`baseline-${goalId}`}
              className={input}
              value={draft.goals[index]}
              aria-invalid={problems[goalId] ? true : undefined}
              aria-describedby={`baseline-goals-hint${problems[goalId] ? ` baseline-${goalId}-problem` : ''}`}
              onChange={(event) => setGoal(index, event.target.value)}
            />
            <Message id={`baseline-${goalId}-problem`} text={problems[goalId]} />
          </div>
        ))}
      </fieldset>
      <div className="mt-6">
        <label htmlFor="baseline-medicines" className="text-lg font-bold">
          {t.medicinesLabel}
        </label>
        <p id="baseline-medicines-hint" className="text-sm">
          {t.medicinesHint}
        </p>
        <textarea
          id="baseline-medicines"
          className={input}
          rows={3}
          value={draft.medicines}
          aria-invalid={problems.medicines ? true : undefined}
          aria-describedby={`baseline-medicines-hint${problems.medicines ? ' baseline-medicines-problem' : ''}`}
          onChange={(event) => {
            const value = event.target.value;
            setDraft((d) => ({ ...d, medicines: value }));
            setProblems((shown) => liveProblems({ medicines: lengthProblem(value, DIARY_LIMITS.medicinesLength, p) }, shown));
          }}
        />
        <Message id="baseline-medicines-problem" text={problems.medicines} />
      </div>
      <button type="submit" className={`${primary} mt-6`}>
        {t.saveBaseline}
      </button>
    </form>
  );
}

function EntryForm({
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
    <form onSubmit={save} noValidate aria-labelledby="entry-form-heading" className="rounded border-2 border-line p-4" data-entry-form>
      <h3 id="entry-form-heading" className="text-xl font-bold" tabIndex={-1}>
        {heading}
      </h3>
      <ProblemSummary problems={submitted} prefix="entry" t={t} />
      <div className="mt-4 flex flex-wrap gap-6">
        <div>
          <label htmlFor="entry-date" className="font-bold">
            {t.dateLabel}
          </label>
          <input
            id="entry-date"
            type="date"
            className={input}
            max={today}
            value={draft.date}
            aria-invalid={problems.date ? true : undefined}
            aria-describedby={problems.date ? 'entry-date-problem' : undefined}
            onChange={(event) => {
              const value = event.target.value;
              setDraft((d) => ({ ...d, date: value }));
              setProblems((shown) => liveProblems({ date: value === '' ? null : dateProblem(value, today, p) }, shown));
            }}
          />
          <Message id="entry-date-problem" text={problems.date} />
        </div>
        <fieldset id="entry-time" tabIndex={-1} aria-describedby={problems.time ? 'entry-time-problem' : undefined}>
          <legend className="font-bold">{t.timeLegend}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4">
            {TIMES_OF_DAY.map((time) => (
              <label key={time.id} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="entry-time"
                  value={time.id}
                  className="size-5 accent-brand"
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
          <Message id="entry-time-problem" text={problems.time} />
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
          setProblems((shown) => liveProblems({ [`peg-${id}`]: value.trim() === '' ? null : pegProblem(value, p) }, shown));
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
                  <label key={result.id} className="flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name={`entry-${goal.id}`}
                      value={result.id}
                      className="size-5 accent-brand"
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
        <p className="text-sm">{t.sideEffectsHint}</p>
        <div className="mt-1 grid sm:grid-cols-2">
          {SIDE_EFFECTS.map((s) => (
            <label key={s.id} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                value={s.id}
                className="size-5 accent-brand"
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
          <div className="mt-2">
            <label htmlFor="entry-otherSideEffect" className="font-bold">
              {t.otherSideEffectLabel}
            </label>
            <input
              id="entry-otherSideEffect"
              className={input}
              value={draft.otherSideEffect}
              aria-invalid={problems.otherSideEffect ? true : undefined}
              aria-describedby={problems.otherSideEffect ? 'entry-otherSideEffect-problem' : undefined}
              onChange={(event) => setText('otherSideEffect', event.target.value, DIARY_LIMITS.otherSideEffectLength)}
            />
            <Message id="entry-otherSideEffect-problem" text={problems.otherSideEffect} />
          </div>
        )}
      </fieldset>
      <div className="mt-6">
        <label htmlFor="entry-extraMedicine" className="font-bold">
          {t.extraMedicineLabel}
        </label>
        <p id="entry-extraMedicine-hint" className="text-sm">
          {t.extraMedicineHint}
        </p>
        <input
          id="entry-extraMedicine"
          className={input}
          value={draft.extraMedicine}
          aria-invalid={problems.extraMedicine ? true : undefined}
          aria-describedby={`entry-extraMedicine-hint${problems.extraMedicine ? ' entry-extraMedicine-problem' : ''}`}
          onChange={(event) => setText('extraMedicine', event.target.value, DIARY_LIMITS.extraMedicineLength)}
        />
        <Message id="entry-extraMedicine-problem" text={problems.extraMedicine} />
      </div>
      <div className="mt-6">
        <label htmlFor="entry-note" className="font-bold">
          {t.noteLabel}
        </label>
        <textarea
          id="entry-note"
          className={input}
          rows={3}
          value={draft.note}
          aria-invalid={problems.note ? true : undefined}
          aria-describedby={problems.note ? 'entry-note-problem' : undefined}
          onChange={(event) => setText('note', event.target.value, DIARY_LIMITS.noteLength)}
        />
        <Message id="entry-note-problem" text={problems.note} />
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="submit" className={primary}>
          {editing ? t.saveChanges : t.saveEntry}
        </button>
        {editing && (
          <button type="button" className={secondary} onClick={() => onDone(t.nothingChanged, editing.id)}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

function EntryList({
  onEdit,
  onDeleted,
  t,
  lang,
}: { onEdit: (entry: DiaryEntry) => void; onDeleted: (message: string) => void } & Speaks) {
  const diary = useStore(trialDiaryStore.$value);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (diary.entries.length === 0) return <p className="mt-4">{t.noEntries}</p>;
  const goalText = (id: string) => diary.baseline.goals.find((g) => g.id === id)?.text;
  return (
    <ol className="mt-4 space-y-4" data-entry-list>
      {diary.entries.map((entry) => {
        const when = entryWhen(entry, t, lang);
        const sideEffects = SIDE_EFFECTS.filter((s) => entry.sideEffects.includes(s.id)).map((s) =>
          s.id === 'other' ? t.otherSideEffectNamed(entry.otherSideEffect) : t.sideEffectsInSentence[s.id],
        );
        return (
          <li key={entry.id} className="rounded border-2 border-line p-4" data-entry={entry.id}>
            <h4 id={`entry-${entry.id}`} className="text-lg font-bold" tabIndex={-1}>
              {when}
            </h4>
            <p>{t.entryPeg(entry.peg.pain, entry.peg.enjoyment, entry.peg.activity, formatScore(pegScore(entry.peg)))}</p>
            {Object.entries(entry.goals).map(([goalId, result]) => {
              const goal = goalText(goalId);
              return goal ? <p key={goalId}>{t.entryGoal(goal, t.goalResultsInSentence[result])}</p> : null;
            })}
            <p>{t.entrySideEffects(sideEffects.length ? sideEffects.join(', ') : t.noneTicked)}</p>
            {entry.extraMedicine && <p>{t.entryExtraMedicine(entry.extraMedicine)}</p>}
            {entry.note && <p className="whitespace-pre-line">{t.entryNote(entry.note)}</p>}
            {confirming === entry.id ? (
              <div role="group" aria-labelledby={`confirm-${entry.id}`} className="mt-3 flex flex-wrap items-center gap-3">
                <p id={`confirm-${entry.id}`} className="font-bold">
                  {t.deleteEntryQuestion(when)}
                </p>
                <button
                  type="button"
                  className={primary}
                  onClick={() => {
                    trialDiaryStore.update((d) => deleteEntry(d, entry.id));
                    setConfirming(null);
                    onDeleted(t.entryDeleted(when));
                  }}
                >
                  {t.deleteEntryConfirm}
                </button>
                <button type="button" className={secondary} onClick={() => setConfirming(null)}>
                  {t.keepIt}
                </button>
              </div>
            ) : (
              <div className="mt-3 flex flex-wrap gap-3">
                <button type="button" className={secondary} onClick={() => onEdit(entry)} aria-describedby={`entry-${entry.id}`}>
                  {t.change}
                </button>
                <button type="button" className={secondary} onClick={() => setConfirming(entry.id)} aria-describedby={`entry-${entry.id}`}>
                  {t.delete}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function StorageNotice({ myDataHref, t }: { myDataHref: string; t: DiaryWords }) {
  const status = useStore(trialDiaryStore.$status);
  const notes: ReactNode[] = [];
  const myData = <a href={myDataHref}>{t.myDataLink}</a>;
  if (status.load === 'repaired' || status.load === 'corrupt') {
    notes.push(
      <p key="unreadable">
        {status.load === 'corrupt' ? t.storageCorrupt : t.storageRepaired} {t.keptCopyBefore} {myData}
        {t.keptCopyAfter}
      </p>,
    );
  }
  if (status.locked) {
    notes.push(
      <p key="locked">
        {t.lockedNote}{' '}
        <button type="button" className={secondary} onClick={() => trialDiaryStore.unlock()}>
          {t.unlock}
        </button>
      </p>,
    );
  }
  if (status.save === 'unavailable' || status.load === 'unavailable') {
    notes.push(<p key="blocked">{t.storageBlocked}</p>);
  } else if (status.save === 'full') {
    notes.push(
      <p key="full">
        {t.storageFullBefore} {myData}
        {t.storageFullAfter}
      </p>,
    );
  }
  if (notes.length === 0) return null;
  return (
    <div className={problemBox} data-print="hide" data-diary-storage-notice>
      {notes}
    </div>
  );
}

export default function TrialDiary({ trialQuestions, questionsHref, myDataHref, sources, lang, strings: t }: Props) {
  const diary = useStore(trialDiaryStore.$value);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<DiaryEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [confirmClear, setConfirmClear] = useState(false);
  const today = formatLocalDate(new Date(), lang);

  // Which message the baseline section repeats on screen (its own saves), instead of matching words.
  const [baselineNote, setBaselineNote] = useState(false);
  const announce = (message: string) => {
    setAnnouncement(message);
    setBaselineNote(false);
  };
  const announceBaseline = (message: string) => {
    setAnnouncement(message);
    setBaselineNote(true);
  };
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => (document.querySelector(selector) as HTMLElement | null)?.focus());

  return (
    <div>
      <p role="status" aria-live="polite" className="sr-only" data-diary-announcement>
        {announcement}
      </p>
      <div data-print="hide">
        <StorageNotice myDataHref={myDataHref} t={t} />
        <section aria-labelledby="before-heading" className="mt-8">
          <h2 id="before-heading" className="text-2xl font-bold">
            {t.beforeHeading}
          </h2>
          <p className="mt-2">{t.beforeIntro}</p>
          <BaselineForm key={`baseline-${formKey}`} onSaved={announceBaseline} t={t} lang={lang} />
          <p className="mt-2" aria-hidden="true" data-baseline-saved>
            {baselineNote ? announcement : ''}
          </p>
        </section>

        <section aria-labelledby="during-heading" className="mt-10">
          <h2 id="during-heading" className="text-2xl font-bold">
            {t.duringHeading}
          </h2>
          <p className="mt-2">{t.duringIntro}</p>
          <div className="mt-4">
            <EntryForm
              key={editing ? `edit-${editing.id}` : `new-${formKey}`}
              editing={editing}
              t={t}
              lang={lang}
              onDone={(message, entryId) => {
                announce(message);
                const wasEditing = editing !== null;
                setEditing(null);
                if (wasEditing && entryId) focusLater(`#entry-${entryId}`);
              }}
            />
          </div>
          <p className="mt-2" aria-hidden="true" data-entry-saved>
            {baselineNote ? '' : announcement}
          </p>
          <h3 className="mt-8 text-xl font-bold">{t.entriesSoFar(diary.entries.length)}</h3>
          <EntryList
            t={t}
            lang={lang}
            onEdit={(entry) => {
              setEditing(entry);
              focusLater('#entry-form-heading');
            }}
            onDeleted={announce}
          />
        </section>
      </div>

      <section aria-labelledby="summary" className="mt-10">
        <TrialDiarySummary
          diary={diary}
          trialQuestions={trialQuestions}
          questionsHref={questionsHref}
          sources={sources}
          today={today}
          lang={lang}
          strings={t}
        />
        <div className="mt-4 flex flex-wrap gap-3" data-print="hide">
          <button type="button" className={primary} onClick={() => window.print()}>
            {t.printSummary}
          </button>
        </div>
      </section>

      <section aria-labelledby="clear-heading" className="mt-10" data-print="hide">
        <h2 id="clear-heading" className="text-2xl font-bold">
          {t.clearHeading}
        </h2>
        <p className="mt-2">
          {t.clearIntroBefore} <a href={myDataHref}>{t.myDataLink}</a>
          {t.clearIntroAfter}
        </p>
        {confirmClear ? (
          <div role="group" aria-labelledby="clear-confirm" className="mt-3 flex flex-wrap items-center gap-3">
            <p id="clear-confirm" className="font-bold" tabIndex={-1}>
              {t.clearQuestion}
            </p>
            <button
              type="button"
              className={primary}
              data-confirm-clear
              onClick={() => {
                trialDiaryStore.clear();
                setConfirmClear(false);
                setEditing(null);
                setFormKey((k) => k + 1);
                announce(t.cleared);
                focusLater('#clear-heading');
              }}
            >
              {t.clearConfirm}
            </button>
            <button type="button" className={secondary} onClick={() => setConfirmClear(false)}>
              {t.keepIt}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className={`${secondary} mt-3`}
            disabled={isEmptyDiary(diary)}
            onClick={() => {
              setConfirmClear(true);
              focusLater('#clear-confirm');
            }}
          >
            {t.clearButton}
          </button>
        )}
      </section>
    </div>
  );
}
