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
  formatDay,
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
  timeLabel,
  TIMES_OF_DAY,
  type BaselineDraft,
  type DiaryEntry,
  type EntryDraft,
  type FieldProblems,
  type PegItemId,
} from '@/lib/trial-diary/diary';
import { formatScore, pegScore } from '@/lib/trial-diary/summary';
import { trialDiaryStore } from '@/stores/trial-diary';
import TrialDiarySummary, { type SourceRef } from './TrialDiarySummary';

interface Props {
  trialQuestions: { id: string; text: string }[];
  questionsHref: string;
  myDataHref: string;
  sources: { peg: SourceRef; insurer: SourceRef; medicare: SourceRef };
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
function ProblemSummary({ problems, prefix, labels }: { problems: FieldProblems; prefix: string; labels: Record<string, string> }) {
  const keys = Object.keys(problems);
  if (keys.length === 0) return null;
  return (
    <div role="alert" className={problemBox} data-form-problems>
      <p className="font-bold">
        {keys.length === 1 ? 'One thing needs fixing' : `${keys.length} things need fixing`} before this can be saved.
        Nothing you typed has been lost.
      </p>
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
}: {
  prefix: string;
  values: Record<PegItemId, string>;
  problems: FieldProblems;
  onChange: (id: PegItemId, value: string) => void;
  period: string;
}) {
  return (
    <fieldset className="mt-4">
      <legend className="text-lg font-bold">Pain and daily life ({period})</legend>
      <p className="text-sm" id={`${prefix}-peg-hint`}>
        Give each a number from 0 to 10. These are the three PEG questions.
      </p>
      <div className="mt-2 grid gap-4 sm:grid-cols-3">
        {PEG_ITEMS.map((item) => {
          const id = `${prefix}-peg-${item.id}`;
          const problem = problems[`peg-${item.id}`];
          return (
            <div key={item.id}>
              <label htmlFor={id} className="font-bold">
                {item.label}
              </label>
              <p id={`${id}-scale`} className="text-sm text-muted">
                0 = {item.low}, 10 = {item.high}
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

const BASELINE_LABELS: Record<string, string> = {
  'peg-pain': 'Pain on average',
  'peg-enjoyment': 'Enjoying life',
  'peg-activity': 'General activity',
  'goal-1': 'Goal 1',
  'goal-2': 'Goal 2',
  'goal-3': 'Goal 3',
  medicines: 'Pain medicines',
};
const ENTRY_LABELS: Record<string, string> = {
  date: 'Date',
  time: 'Time of day',
  'peg-pain': 'Pain on average',
  'peg-enjoyment': 'Enjoying life',
  'peg-activity': 'General activity',
  otherSideEffect: 'Other side effect',
  extraMedicine: 'Extra pain medicine',
  note: 'Note',
};

function BaselineForm({ onSaved }: { onSaved: (message: string) => void }) {
  const diary = useStore(trialDiaryStore.$value);
  const [draft, setDraft] = useState<BaselineDraft>(() => baselineDraftFrom(diary.baseline));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [submitted, setSubmitted] = useState<FieldProblems>({});

  const setPeg = (id: PegItemId, value: string) => {
    setDraft((d) => ({ ...d, peg: { ...d.peg, [id]: value } }));
    setProblems((p) => liveProblems({ [`peg-${id}`]: value.trim() === '' ? null : pegProblem(value) }, p));
  };
  const setGoal = (index: number, value: string) => {
    setDraft((d) => {
      const goals = [...d.goals] as BaselineDraft['goals'];
      goals[index] = value;
      return { ...d, goals };
    });
    setProblems((p) => liveProblems({ [GOAL_IDS[index]!]: lengthProblem(value, DIARY_LIMITS.goalLength) }, p));
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = checkBaseline(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      setSubmitted(checked.problems);
      return;
    }
    setProblems({});
    setSubmitted({});
    const saved = trialDiaryStore.update((d) => setBaseline(d, checked.value));
    onSaved(saved ? 'Starting point saved.' : 'Starting point shown, but this browser could not save it. See the note at the top.');
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby="before-heading" data-baseline-form>
      <ProblemSummary problems={submitted} prefix="baseline" labels={BASELINE_LABELS} />
      <PegFields prefix="baseline" values={draft.peg} problems={problems} onChange={setPeg} period="in the week before the trial" />
      <fieldset className="mt-6">
        <legend className="text-lg font-bold">Goals for the trial (up to three)</legend>
        <p className="text-sm" id="baseline-goals-hint">
          In the words of the person having the trial. For example: “walk to the mailbox” or “sleep through the night”.
        </p>
        {GOAL_IDS.map((goalId, index) => (
          <div className="mt-3" key={goalId}>
            <label htmlFor={`baseline-${goalId}`} className="font-bold">
              Goal {index + 1}
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
          Pain medicines taken now
        </label>
        <p id="baseline-medicines-hint" className="text-sm">
          Write them as they are on the labels or as the person takes them: name, how much and how often.
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
            setProblems((p) => liveProblems({ medicines: lengthProblem(value, DIARY_LIMITS.medicinesLength) }, p));
          }}
        />
        <Message id="baseline-medicines-problem" text={problems.medicines} />
      </div>
      <button type="submit" className={`${primary} mt-6`}>
        Save the starting point
      </button>
    </form>
  );
}

function EntryForm({
  editing,
  onDone,
}: {
  /** The entry being changed, or null for a new entry. */
  editing: DiaryEntry | null;
  onDone: (message: string, entryId: string | null) => void;
}) {
  const diary = useStore(trialDiaryStore.$value);
  const today = localIsoDate(new Date());
  const [draft, setDraft] = useState<EntryDraft>(() => (editing ? entryDraftFrom(editing) : emptyEntryDraft(today)));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [submitted, setSubmitted] = useState<FieldProblems>({});
  const goals = diary.baseline.goals;
  const heading = editing ? `Change the entry for ${formatDay(editing.date)}, ${timeLabel(editing.time).toLowerCase()}` : 'Add a diary entry';

  const setText = (field: 'otherSideEffect' | 'extraMedicine' | 'note', value: string, max: number) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems((p) => liveProblems({ [field]: lengthProblem(value, max) }, p));
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = checkEntry(draft, editing?.id ?? newEntryId(diary), today);
    if (!checked.ok) {
      setProblems(checked.problems);
      setSubmitted(checked.problems);
      return;
    }
    const next = saveEntry(diary, checked.value);
    if (!next) {
      setSubmitted({ date: `The diary is full (${DIARY_LIMITS.maxEntries} entries). Delete an old entry first.` });
      return;
    }
    const saved = trialDiaryStore.set(next);
    const when = `${formatDay(checked.value.date)}, ${timeLabel(checked.value.time).toLowerCase()}`;
    setProblems({});
    setSubmitted({});
    if (!editing) setDraft(emptyEntryDraft(draft.date));
    onDone(
      `${editing ? 'Entry changed' : 'Entry saved'} for ${when}.${saved ? '' : ' This browser could not save it: see the note at the top.'}`,
      checked.value.id,
    );
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby="entry-form-heading" className="rounded border-2 border-line p-4" data-entry-form>
      <h3 id="entry-form-heading" className="text-xl font-bold" tabIndex={-1}>
        {heading}
      </h3>
      <ProblemSummary problems={submitted} prefix="entry" labels={ENTRY_LABELS} />
      <div className="mt-4 flex flex-wrap gap-6">
        <div>
          <label htmlFor="entry-date" className="font-bold">
            Date
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
              setProblems((p) => liveProblems({ date: value === '' ? null : dateProblem(value, today) }, p));
            }}
          />
          <Message id="entry-date-problem" text={problems.date} />
        </div>
        <fieldset id="entry-time" tabIndex={-1} aria-describedby={problems.time ? 'entry-time-problem' : undefined}>
          <legend className="font-bold">Time of day</legend>
          <div className="mt-1 flex flex-wrap gap-x-4">
            {TIMES_OF_DAY.map((t) => (
              <label key={t.id} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="entry-time"
                  value={t.id}
                  className="size-5 accent-brand"
                  checked={draft.time === t.id}
                  onChange={() => {
                    setDraft((d) => ({ ...d, time: t.id }));
                    setProblems((p) => liveProblems({ time: null }, p));
                  }}
                />
                {t.label}
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
        period="since the last entry"
        onChange={(id, value) => {
          setDraft((d) => ({ ...d, peg: { ...d.peg, [id]: value } }));
          setProblems((p) => liveProblems({ [`peg-${id}`]: value.trim() === '' ? null : pegProblem(value) }, p));
        }}
      />
      {goals.length > 0 && (
        <div className="mt-6">
          <h4 className="text-lg font-bold">Goals</h4>
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
                    {result.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      )}
      <fieldset className="mt-6">
        <legend className="text-lg font-bold">Side effects since the last entry</legend>
        <p className="text-sm">Tick all that the person having the trial noticed. Leave all empty if there were none.</p>
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
                  if (!on && s.id === 'other') setProblems((p) => liveProblems({ otherSideEffect: null }, p));
                }}
              />
              {s.label}
            </label>
          ))}
        </div>
        {draft.sideEffects.includes('other') && (
          <div className="mt-2">
            <label htmlFor="entry-otherSideEffect" className="font-bold">
              What else was noticed?
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
          Extra pain medicine taken (if any)
        </label>
        <p id="entry-extraMedicine-hint" className="text-sm">
          Name, how much and when. Leave empty if none.
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
          Note (optional)
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
          {editing ? 'Save changes' : 'Save this entry'}
        </button>
        {editing && (
          <button type="button" className={secondary} onClick={() => onDone('Nothing was changed.', editing.id)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function EntryList({ onEdit, onDeleted }: { onEdit: (entry: DiaryEntry) => void; onDeleted: (message: string) => void }) {
  const diary = useStore(trialDiaryStore.$value);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (diary.entries.length === 0) return <p className="mt-4">No diary entries yet.</p>;
  const goalText = (id: string) => diary.baseline.goals.find((g) => g.id === id)?.text;
  return (
    <ol className="mt-4 space-y-4" data-entry-list>
      {diary.entries.map((entry) => {
        const when = `${formatDay(entry.date)}, ${timeLabel(entry.time).toLowerCase()}`;
        const sideEffects = SIDE_EFFECTS.filter((s) => entry.sideEffects.includes(s.id)).map((s) =>
          s.id === 'other' ? `something else (${entry.otherSideEffect})` : s.label.toLowerCase(),
        );
        return (
          <li key={entry.id} className="rounded border-2 border-line p-4" data-entry={entry.id}>
            <h4 id={`entry-${entry.id}`} className="text-lg font-bold" tabIndex={-1}>
              {when}
            </h4>
            <p>
              Pain {entry.peg.pain}, enjoying life {entry.peg.enjoyment}, general activity {entry.peg.activity} (PEG score{' '}
              {formatScore(pegScore(entry.peg))}).
            </p>
            {Object.entries(entry.goals).map(([goalId, result]) =>
              goalText(goalId) ? (
                <p key={goalId}>
                  {goalText(goalId)}: {GOAL_RESULTS.find((r) => r.id === result)!.label.toLowerCase()}.
                </p>
              ) : null,
            )}
            <p>Side effects: {sideEffects.length ? sideEffects.join(', ') : 'none ticked'}.</p>
            {entry.extraMedicine && <p>Extra pain medicine: {entry.extraMedicine}</p>}
            {entry.note && <p className="whitespace-pre-line">Note: {entry.note}</p>}
            {confirming === entry.id ? (
              <div role="group" aria-labelledby={`confirm-${entry.id}`} className="mt-3 flex flex-wrap items-center gap-3">
                <p id={`confirm-${entry.id}`} className="font-bold">
                  Delete the entry for {when}?
                </p>
                <button
                  type="button"
                  className={primary}
                  onClick={() => {
                    trialDiaryStore.update((d) => deleteEntry(d, entry.id));
                    setConfirming(null);
                    onDeleted(`Entry for ${when} deleted.`);
                  }}
                >
                  Yes, delete it
                </button>
                <button type="button" className={secondary} onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </div>
            ) : (
              <div className="mt-3 flex flex-wrap gap-3">
                <button type="button" className={secondary} onClick={() => onEdit(entry)} aria-describedby={`entry-${entry.id}`}>
                  Change
                </button>
                <button type="button" className={secondary} onClick={() => setConfirming(entry.id)} aria-describedby={`entry-${entry.id}`}>
                  Delete
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function StorageNotice({ myDataHref }: { myDataHref: string }) {
  const status = useStore(trialDiaryStore.$status);
  const notes: ReactNode[] = [];
  if (status.load === 'repaired' || status.load === 'corrupt') {
    notes.push(
      <p key="unreadable">
        {status.load === 'corrupt' ? 'Your saved diary could not be read.' : 'Some parts of your saved diary could not be read.'} A
        copy of what was saved is kept on the <a href={myDataHref}>What this site keeps</a> page.
      </p>,
    );
  }
  if (status.locked) {
    notes.push(
      <p key="locked">
        Nothing new will be saved over it until you choose.{' '}
        <button type="button" className={secondary} onClick={() => trialDiaryStore.unlock()}>
          Start saving my new diary
        </button>
      </p>,
    );
  }
  if (status.save === 'unavailable' || status.load === 'unavailable') {
    notes.push(
      <p key="blocked">This browser is not letting the site keep anything. The diary works, but it will be gone when you close the page. Print the summary before you leave.</p>,
    );
  } else if (status.save === 'full') {
    notes.push(
      <p key="full">
        This browser’s storage is full, so the latest change was not saved. Deleting kept copies on the{' '}
        <a href={myDataHref}>What this site keeps</a> page may make room.
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

export default function TrialDiary({ trialQuestions, questionsHref, myDataHref, sources }: Props) {
  const diary = useStore(trialDiaryStore.$value);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<DiaryEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [confirmClear, setConfirmClear] = useState(false);
  const today = new Date().toLocaleDateString('en-US', { dateStyle: 'long' });

  const focusLater = (selector: string) =>
    requestAnimationFrame(() => (document.querySelector(selector) as HTMLElement | null)?.focus());

  return (
    <div>
      <p role="status" aria-live="polite" className="sr-only" data-diary-announcement>
        {announcement}
      </p>
      <div data-print="hide">
        <StorageNotice myDataHref={myDataHref} />
        <section aria-labelledby="before-heading" className="mt-8">
          <h2 id="before-heading" className="text-2xl font-bold">
            1. Before the trial: the starting point
          </h2>
          <p className="mt-2">Fill this in before the trial starts, thinking about the week before.</p>
          <BaselineForm key={`baseline-${formKey}`} onSaved={setAnnouncement} />
          <p className="mt-2" aria-hidden="true" data-baseline-saved>
            {announcement.startsWith('Starting point') ? announcement : ''}
          </p>
        </section>

        <section aria-labelledby="during-heading" className="mt-10">
          <h2 id="during-heading" className="text-2xl font-bold">
            2. During the trial: diary entries
          </h2>
          <p className="mt-2">
            Add an entry for each part of the day you want to record, for example each morning and evening. Each entry is
            about the time since the last one.
          </p>
          <div className="mt-4">
            <EntryForm
              key={editing ? `edit-${editing.id}` : `new-${formKey}`}
              editing={editing}
              onDone={(message, entryId) => {
                setAnnouncement(message);
                const wasEditing = editing !== null;
                setEditing(null);
                if (wasEditing && entryId) focusLater(`#entry-${entryId}`);
              }}
            />
          </div>
          <p className="mt-2" aria-hidden="true" data-entry-saved>
            {announcement.startsWith('Starting point') ? '' : announcement}
          </p>
          <h3 className="mt-8 text-xl font-bold">Entries so far ({diary.entries.length})</h3>
          <EntryList
            onEdit={(entry) => {
              setEditing(entry);
              focusLater('#entry-form-heading');
            }}
            onDeleted={setAnnouncement}
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
        />
        <div className="mt-4 flex flex-wrap gap-3" data-print="hide">
          <button type="button" className={primary} onClick={() => window.print()}>
            Print the summary or save it as a PDF
          </button>
        </div>
      </section>

      <section aria-labelledby="clear-heading" className="mt-10" data-print="hide">
        <h2 id="clear-heading" className="text-2xl font-bold">
          Delete the diary
        </h2>
        <p className="mt-2">
          This deletes the starting point, the goals and every entry from this browser. You can download a backup first on
          the <a href={myDataHref}>What this site keeps</a> page.
        </p>
        {confirmClear ? (
          <div role="group" aria-labelledby="clear-confirm" className="mt-3 flex flex-wrap items-center gap-3">
            <p id="clear-confirm" className="font-bold" tabIndex={-1}>
              Delete the whole trial diary? This cannot be undone.
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
                setAnnouncement('The trial diary was deleted.');
                focusLater('#clear-heading');
              }}
            >
              Yes, delete the diary
            </button>
            <button type="button" className={secondary} onClick={() => setConfirmClear(false)}>
              Keep it
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
            Delete the diary…
          </button>
        )}
      </section>
    </div>
  );
}
