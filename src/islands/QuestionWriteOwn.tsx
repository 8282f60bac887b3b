/** "Write your own question": adds a custom question to the list, with plain-word limits. */
import { useRef, useState, type SubmitEvent } from 'react';
import { updateQuestionList } from '@/stores/question-list';
import { addCustom, QUESTION_LIMITS } from '@/lib/questions/question-list';
import { PROBLEM_MESSAGES } from '@/lib/questions/problem-messages';
import QuestionTextField from './QuestionTextField';
import type { Announce } from './QuestionBuilder';

export default function QuestionWriteOwn({ announce, onAdded }: { announce: Announce; onAdded: () => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = updateQuestionList((state) => addCustom(state, value));
    if (!result.ok) {
      setError(PROBLEM_MESSAGES[result.problem]);
      fieldRef.current?.focus();
      return;
    }
    setValue('');
    setError(null);
    onAdded();
    announce(`Your question was added. You have ${result.state.items.length} questions.`);
    fieldRef.current?.focus();
  };
  return (
    <form onSubmit={submit} className="mt-6 rounded border-2 border-line p-4" noValidate data-question-write-own>
      <QuestionTextField
        id="own-question"
        label="Write your own question"
        labelClassName="text-lg font-bold"
        hint={`Any language is fine. Up to ${QUESTION_LIMITS.maxTextLength} characters.`}
        value={value}
        error={error}
        fieldRef={fieldRef}
        onChange={setValue}
      />
      <button type="submit" className="mt-2 min-h-11 rounded bg-brand px-4 font-bold text-on-brand">
        Add my question
      </button>
    </form>
  );
}
