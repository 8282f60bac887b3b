/**
 * The question bank as checkboxes: the "Ask 3 Questions" starter set (part="starter", shown first)
 * or every other question grouped by topic (part="groups"), each with its "why ask this".
 * Ticking adds the question to the list; unticking removes it.
 */
import { useId, useMemo, useState } from 'react';
import type { ToolStrings } from '@/i18n';
import { problemMessage } from '@/lib/questions/problem-messages';
import { addBankQuestions, removeQuestion } from '@/stores/question-list';
import { groupBank, type BankQuestion } from '@/lib/questions/question-bank';
import { hasBankQuestion, type QuestionListState } from '@/lib/questions/question-list';
import type { Announce } from './QuestionBuilder';

interface Props {
  bank: BankQuestion[];
  list: QuestionListState;
  announce: Announce;
  part: 'starter' | 'groups';
  t: ToolStrings['questions'];
}

export default function QuestionBankPicker({ bank, list, announce, part, t }: Props) {
  const { starter, groups } = useMemo(() => groupBank(bank, t.groups), [bank, t]);
  const FULL_MESSAGE = problemMessage('list-full', t.problems);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (question: BankQuestion, add: boolean) => {
    if (!add) {
      removeQuestion(question.id);
      setProblem(null);
      announce(t.removedFromList(question.text));
      return;
    }
    const result = addBankQuestions([question.id]);
    if (!result.ok && result.problem === 'list-full') {
      setProblem(FULL_MESSAGE);
      announce(FULL_MESSAGE);
      return;
    }
    setProblem(null);
    announce(t.addedToList(question.text, result.state.items.length));
  };

  if (part === 'starter') {
    const missing = starter.filter((q) => !hasBankQuestion(list, q.id));
    const addAll = () => {
      const result = addBankQuestions(missing.map((q) => q.id));
      const message =
        !result.ok && result.problem === 'list-full'
          ? FULL_MESSAGE
          : t.addedStarter(result.added ?? 0);
      setProblem(result.ok ? null : message);
      announce(message);
    };
    return (
      <section aria-labelledby="starter-heading" className="rounded border-2 border-brand bg-brand-soft p-5" data-question-starter>
        <h2 id="starter-heading" className="text-2xl font-bold">
          {t.starterHeading}
        </h2>
        <p className="mt-2">{t.starterIntro}</p>
        <QuestionChecklist questions={starter} list={list} onToggle={toggle} t={t} />
        {missing.length > 0 && (
          <button
            type="button"
            onClick={addAll}
            className="mt-4 min-h-11 rounded bg-brand px-4 font-bold text-on-brand"
          >
            {missing.length === starter.length ? t.addAllThree : t.addTheRest}
          </button>
        )}
        {problem && (
          <p role="alert" className="mt-3 font-bold text-emergency">
            {problem}
          </p>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="bank-heading" data-question-bank>
      <h2 id="bank-heading" className="text-2xl font-bold">
        {t.bankHeading}
      </h2>
      <p className="mt-2">{t.bankIntro}</p>
      {problem && (
        <p role="alert" className="mt-3 font-bold text-emergency">
          {problem}
        </p>
      )}
      <div className="mt-4 space-y-3">
        {groups.map((group) => {
          const picked = group.questions.filter((q) => hasBankQuestion(list, q.id)).length;
          return (
            <details key={group.id} className="rounded border-2 border-line" data-question-group={group.id}>
              <summary className="min-h-11 cursor-pointer px-4 py-2 text-lg font-bold">
                {group.label}{' '}
                <span className="font-normal">{t.pickedOf(picked, group.questions.length)}</span>
              </summary>
              <div className="px-4 pb-4">
                <QuestionChecklist questions={group.questions} list={list} onToggle={toggle} t={t} />
              </div>
            </details>
          );
        })}
      </div>
    </section>
  );
}

function QuestionChecklist({
  questions,
  list,
  onToggle,
  t,
}: {
  questions: BankQuestion[];
  list: QuestionListState;
  onToggle: (question: BankQuestion, add: boolean) => void;
  t: ToolStrings['questions'];
}) {
  const prefix = useId();
  return (
    <ul className="mt-3 space-y-4">
      {questions.map((q) => {
        const id = `${prefix}-${q.id}`;
        return (
          <li key={q.id} className="flex items-start gap-3">
            <input
              type="checkbox"
              id={id}
              checked={hasBankQuestion(list, q.id)}
              onChange={(event) => onToggle(q, event.currentTarget.checked)}
              aria-describedby={`${id}-why`}
              className="mt-1 size-6 shrink-0 accent-brand"
              data-bank-question={q.id}
            />
            <div>
              <label htmlFor={id} className="font-bold">
                {q.text}
              </label>
              <p id={`${id}-why`} className="text-sm text-muted">
                {t.whyAsk(q.why)}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
