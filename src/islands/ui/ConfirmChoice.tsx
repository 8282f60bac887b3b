/**
 * "Are you sure?" asked in place: the question, a button that goes ahead and one that keeps things
 * as they are. The group is named by the question, so a screen reader says what "Delete" deletes.
 * It appears in place of the button that asked for it, so focus moves to the question (the button
 * that had focus is gone) and the next Tab reaches the choices.
 */
import { useEffect, useRef } from 'react';
import { Button } from './Button';

export function ConfirmChoice({
  id,
  question,
  confirm,
  keep,
  onConfirm,
  onKeep,
  confirmData,
  className = 'mt-3',
}: {
  /** The question's id; the group is labelled by it. */
  id: string;
  question: string;
  confirm: string;
  keep: string;
  onConfirm: () => void;
  onKeep: () => void;
  /** data-* hooks for the confirm button. */
  confirmData?: Record<`data-${string}`, boolean>;
  /** Spacing above the group. */
  className?: string;
}) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={id} className={`${className} flex flex-wrap items-center gap-3`}>
      <p id={id} ref={questionRef} className="font-bold" tabIndex={-1}>
        {question}
      </p>
      <Button variant="primary" onClick={onConfirm} {...confirmData}>
        {confirm}
      </Button>
      <Button onClick={onKeep}>{keep}</Button>
    </div>
  );
}
