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
import { useState } from 'react';
import { isEmptyDiary, type DiaryWords, type DiaryEntry } from '@/lib/trial-diary/diary';
import type { Lang } from '@/lib/i18n/lang';
import { trialDiaryStore } from '@/stores/trial-diary';
import BaselineForm from './trial-diary/BaselineForm';
import DiaryStorageNotice from './trial-diary/DiaryStorageNotice';
import EntryForm from './trial-diary/EntryForm';
import EntryList from './trial-diary/EntryList';
import TrialDiarySummary, { type SourceRef } from './TrialDiarySummary';
import { Button, ButtonRow } from './ui/Button';
import { ConfirmChoice } from './ui/ConfirmChoice';
import { Section } from './ui/Section';

export interface Props {
  trialQuestions: { id: string; text: string }[];
  questionsHref: string;
  myDataHref: string;
  sources: { peg: SourceRef; insurer: SourceRef; medicare: SourceRef };
  /** The page's language, and its words (src/i18n/<lang>/tools.ts). */
  lang: Lang;
  strings: DiaryWords;
}

export default function TrialDiary({ trialQuestions, questionsHref, myDataHref, sources, lang, strings: t }: Props) {
  const diary = useStore(trialDiaryStore.$value);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<DiaryEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [confirmClear, setConfirmClear] = useState(false);

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
        <DiaryStorageNotice myDataHref={myDataHref} t={t} />
        <Section headingId="before-heading" heading={t.beforeHeading} className="mt-8">
          <p className="mt-2">{t.beforeIntro}</p>
          <BaselineForm key={`baseline-${formKey}`} onSaved={announceBaseline} t={t} lang={lang} />
          <p className="mt-2" aria-hidden="true" data-baseline-saved>
            {baselineNote ? announcement : ''}
          </p>
        </Section>

        <Section headingId="during-heading" heading={t.duringHeading} className="mt-10">
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
        </Section>
      </div>

      <section aria-labelledby="summary" className="mt-10">
        <TrialDiarySummary {...{ trialQuestions, questionsHref, sources, lang }} strings={t} />
        <ButtonRow className="mt-4 gap-3" data-print="hide">
          <Button variant="primary" onClick={() => window.print()}>
            {t.printSummary}
          </Button>
        </ButtonRow>
      </section>

      {/* The heading takes focus after the diary is deleted (the confirm buttons are gone). */}
      <Section
        headingId="clear-heading"
        heading={t.clearHeading}
        headingProps={{ tabIndex: -1 }}
        className="mt-10"
        data-print="hide"
      >
        <p className="mt-2">
          {t.clearIntroBefore} <a href={myDataHref}>{t.myDataLink}</a>
          {t.clearIntroAfter}
        </p>
        {confirmClear ? (
          <ConfirmChoice
            id="clear-confirm"
            question={t.clearQuestion}
            confirm={t.clearConfirm}
            keep={t.keepIt}
            confirmData={{ 'data-confirm-clear': true }}
            onConfirm={() => {
              trialDiaryStore.clear();
              setConfirmClear(false);
              setEditing(null);
              setFormKey((k) => k + 1);
              announce(t.cleared);
              focusLater('#clear-heading');
            }}
            onKeep={() => setConfirmClear(false)}
          />
        ) : (
          <Button className="mt-3" disabled={isEmptyDiary(diary)} onClick={() => setConfirmClear(true)}>
            {t.clearButton}
          </Button>
        )}
      </Section>
    </div>
  );
}
