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
import { Button } from './ui/Button';
import { CheckboxField } from './ui/Field';
import { AlertLine } from './ui/Notice';
import { Section } from './ui/Section';

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

  const problemLine = problem && <AlertLine className="mt-3">{problem}</AlertLine>;

  if (part === 'starter') {
    const missing = starter.filter((q) => !hasBankQuestion(list, q.id));
    const addAll = () => {
      const result = addBankQuestions(missing.map((q) => q.id));
      const message = !result.ok && result.problem === 'list-full' ? FULL_MESSAGE : t.addedStarter(result.added ?? 0);
      setProblem(result.ok ? null : message);
      announce(message);
    };
    return (
      <Section
        headingId="starter-heading"
        heading={t.starterHeading}
        className="rounded border-2 border-brand bg-brand-soft p-5"
        data-question-starter
      >
        <p className="mt-2">{t.starterIntro}</p>
        <QuestionChecklist questions={starter} list={list} onToggle={toggle} t={t} />
        {missing.length > 0 && (
          <Button variant="primary" onClick={addAll} className="mt-4">
            {missing.length === starter.length ? t.addAllThree : t.addTheRest}
          </Button>
        )}
        {problemLine}
      </Section>
    );
  }

  return (
    <Section headingId="bank-heading" heading={t.bankHeading} data-question-bank>
      <p className="mt-2">{t.bankIntro}</p>
      {problemLine}
      <div className="mt-4 space-y-3">
        {groups.map((group) => {
          const picked = group.questions.filter((q) => hasBankQuestion(list, q.id)).length;
          return (
            <details key={group.id} className="rounded border-2 border-line" data-question-group={group.id}>
              <summary className="min-h-11 cursor-pointer px-4 py-2 text-lg font-bold">
                {group.label} <span className="font-normal">{t.pickedOf(picked, group.questions.length)}</span>
              </summary>
              <div className="px-4 pb-4">
                <QuestionChecklist questions={group.questions} list={list} onToggle={toggle} t={t} />
              </div>
            </details>
          );
        })}
      </div>
    </Section>
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
            <CheckboxField
              id={id}
              hintId={`${id}-why`}
              label={q.text}
              hint={t.whyAsk(q.why)}
              checked={hasBankQuestion(list, q.id)}
              onChange={(checked) => onToggle(q, checked)}
              data={{ 'data-bank-question': q.id }}
            />
          </li>
        );
      })}
    </ul>
  );
}
