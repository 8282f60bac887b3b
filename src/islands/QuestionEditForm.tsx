/** Changing one of the person's own questions in place (Save, Cancel, Escape to cancel). */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { ToolStrings } from '@/i18n';
import QuestionTextField from './QuestionTextField';
import { Button, ButtonRow } from './ui/Button';

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
      <ButtonRow className="mt-2 gap-2">
        <Button type="submit" variant="primary">
          {t.save}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </ButtonRow>
    </form>
  );
}
