/** The diary entries so far, newest first, each with Change and Delete (Delete asks first). */
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { deleteEntry, entryWhen, SIDE_EFFECTS, type DiaryEntry } from '@/lib/trial-diary/diary';
import { formatScore, pegScore } from '@/lib/trial-diary/summary';
import { trialDiaryStore } from '@/stores/trial-diary';
import { Button, ButtonRow } from '../ui/Button';
import { ConfirmChoice } from '../ui/ConfirmChoice';
import type { Speaks } from './DiaryFields';

export default function EntryList({
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
            <p>
              {t.entryPeg(entry.peg.pain, entry.peg.enjoyment, entry.peg.activity, formatScore(pegScore(entry.peg)))}
            </p>
            {Object.entries(entry.goals).map(([goalId, result]) => {
              const goal = goalText(goalId);
              return goal ? <p key={goalId}>{t.entryGoal(goal, t.goalResultsInSentence[result])}</p> : null;
            })}
            <p>{t.entrySideEffects(sideEffects.length ? sideEffects.join(', ') : t.noneTicked)}</p>
            {entry.extraMedicine && <p>{t.entryExtraMedicine(entry.extraMedicine)}</p>}
            {entry.note && <p className="whitespace-pre-line">{t.entryNote(entry.note)}</p>}
            {confirming === entry.id ? (
              <ConfirmChoice
                id={`confirm-${entry.id}`}
                question={t.deleteEntryQuestion(when)}
                confirm={t.deleteEntryConfirm}
                keep={t.keepIt}
                onConfirm={() => {
                  trialDiaryStore.update((d) => deleteEntry(d, entry.id));
                  setConfirming(null);
                  onDeleted(t.entryDeleted(when));
                }}
                onKeep={() => setConfirming(null)}
              />
            ) : (
              <ButtonRow className="mt-3 gap-3">
                <Button onClick={() => onEdit(entry)} aria-describedby={`entry-${entry.id}`}>
                  {t.change}
                </Button>
                <Button onClick={() => setConfirming(entry.id)} aria-describedby={`entry-${entry.id}`}>
                  {t.delete}
                </Button>
              </ButtonRow>
            )}
          </li>
        );
      })}
    </ol>
  );
}
