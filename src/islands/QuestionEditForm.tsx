/** Changing one of the person's own questions in place (Save, Cancel, Escape to cancel). */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { ToolStrings } from '@/i18n';
import QuestionTextField from './QuestionTextField';

/** onSave returns a problem message to show, or null when the change was saved. */
export default function QuestionEditForm({
  text,
  onSave,
  onCancel,
  t,
}: {
  t: ToolStrings['questions'];
  text: string;
  onSave: (value: string) => string | null;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(text);
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = onSave(value);
    setError(problem);
    if (problem) fieldRef.current?.focus();
  };
  return (
    <form onSubmit={submit} className="mt-3" noValidate>
      <QuestionTextField
        id="edit-question"
        label={t.changeLabel}
        t={t}
        labelClassName="font-bold"
        value={value}
        error={error}
        fieldRef={fieldRef}
        onChange={setValue}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-bold text-on-brand">
          {t.save}
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand">
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

