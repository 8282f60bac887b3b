/**
 * A question's text box (label, hint, error, character count), shared by "Write your own question"
 * and "Change your question".
 */
import type { KeyboardEvent, RefObject } from 'react';
import type { ToolStrings } from '@/i18n';
import { QUESTION_LIMITS, textLength } from '@/lib/questions/question-list';
import { AlertLine } from './ui/Notice';

function CharacterCount({ value, id, t }: { value: string; id: string; t: ToolStrings['questions'] }) {
  const length = textLength(value.trim());
  const over = length > QUESTION_LIMITS.maxTextLength;
  return (
    <p id={id} className={`mt-1 text-sm ${over ? 'font-bold text-emergency' : 'text-muted'}`}>
      {t.characters(length, QUESTION_LIMITS.maxTextLength)}
      {over ? t.tooLongMark : ''}
    </p>
  );
}

/**
 * A question's text box with its label, optional hint, error message and character count, wired
 * together for screen readers. Used to write a new question and to change one.
 */
export default function QuestionTextField({
  id,
  label,
  labelClassName,
  hint,
  value,
  error,
  fieldRef,
  onChange,
  onKeyDown,
  t,
}: {
  t: ToolStrings['questions'];
  id: string;
  label: string;
  labelClassName: string;
  hint?: string;
  value: string;
  error: string | null;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : null, `${id}-count`, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <AlertLine id={`${id}-error`} className="mt-1">
          {error}
        </AlertLine>
      )}
      <textarea
        id={id}
        ref={fieldRef}
        value={value}
        rows={3}
        dir="auto"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        className="mt-1 block w-full rounded border-2 border-line bg-paper p-2 text-ink"
      />
      <CharacterCount value={value} id={`${id}-count`} t={t} />
    </>
  );
}
