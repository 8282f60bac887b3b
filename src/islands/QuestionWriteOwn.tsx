/** "Write your own question": adds a custom question to the list, with plain-word limits. */
import { useRef, useState, type SubmitEvent } from 'react';
import { updateQuestionList } from '@/stores/question-list';
import { addCustom, QUESTION_LIMITS } from '@/lib/questions/question-list';
import { problemMessage } from '@/lib/questions/problem-messages';
import type { ToolStrings } from '@/i18n';
import QuestionTextField from './QuestionTextField';
import type { Announce } from './QuestionBuilder';
import { Button } from './ui/Button';

export default function QuestionWriteOwn({
  announce,
  onAdded,
  t,
}: {
  announce: Announce;
  onAdded: () => void;
  t: ToolStrings['questions'];
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = updateQuestionList((state) => addCustom(state, value));
    if (!result.ok) {
      setError(problemMessage(result.problem, t.problems));
      fieldRef.current?.focus();
      return;
    }
    setValue('');
    setError(null);
    onAdded();
    announce(t.ownAdded(result.state.items.length));
    fieldRef.current?.focus();
  };
  return (
    <form onSubmit={submit} className="mt-6 rounded border-2 border-line p-4" noValidate data-question-write-own>
      <QuestionTextField
        id="own-question"
        label={t.writeOwnLabel}
        labelClassName="text-lg font-bold"
        hint={t.writeOwnHint(QUESTION_LIMITS.maxTextLength)}
        t={t}
        value={value}
        error={error}
        fieldRef={fieldRef}
        onChange={setValue}
      />
      <Button type="submit" variant="primary" className="mt-2">
        {t.addMine}
      </Button>
    </form>
  );
}
