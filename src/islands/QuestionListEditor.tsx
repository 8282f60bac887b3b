/**
 * "Your list": the person's questions in their order, with buttons to mark up to three as most
 * important, move up and down, edit (own questions), and remove; plus the "write your own" form.
 * Focus follows the moved question; moves and changes are announced.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject, type SubmitEvent } from 'react';
import { removeQuestion, setQuestionList, updateQuestionList } from '@/stores/question-list';
import { resolveItems, type BankQuestion } from '@/lib/questions/question-bank';
import {
  addCustom,
  editCustom,
  move,
  QUESTION_LIMITS,
  setImportant,
  textLength,
  type ListProblem,
  type QuestionListState,
} from '@/lib/questions/question-list';
import type { Announce, UndoOffer } from './QuestionBuilder';

interface Props {
  list: QuestionListState;
  bankById: ReadonlyMap<string, BankQuestion>;
  announce: Announce;
  undo: UndoOffer | null;
  offerUndo: (offer: UndoOffer | null) => void;
}

/** Plain words for each limit or problem. */
export const PROBLEM_MESSAGES: Record<ListProblem, string> = {
  'list-full': `Your list is full. It can hold ${QUESTION_LIMITS.maxItems} questions. Remove one to add another.`,
  'text-empty': 'Type your question first.',
  'text-too-long': `Your question is too long. Please keep it to ${QUESTION_LIMITS.maxTextLength} characters or fewer.`,
  'important-limit': `You can mark up to ${QUESTION_LIMITS.maxImportant} questions as most important. To mark this one, first unmark another.`,
  'not-found': 'That question is no longer in your list.',
  duplicate: 'That question is already in your list.',
};

/** A stable, selector-safe DOM id for an item (custom ids start with "~"). */
function domId(id: string): string {
  return `list-item-${id.replace(/[^a-z0-9-]/g, '_')}`;
}

type Action = 'up' | 'down' | 'important' | 'edit' | 'remove';

export default function QuestionListEditor({ list, bankById, announce, undo, offerUndo }: Props) {
  const resolved = resolveItems(list.items, bankById);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const pendingFocus = useRef<{ id: string; action: Action } | 'heading' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // After the list changes, put focus where the person expects it (React may have moved the node).
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (!target) return;
    if (target === 'heading') {
      headingRef.current?.focus();
      return;
    }
    listRef.current
      ?.querySelector<HTMLElement>(`#${domId(target.id)} [data-action="${target.action}"]`)
      ?.focus();
  });

  const count = list.items.length;

  const doMove = (id: string, by: -1 | 1, index: number) => {
    const action = by < 0 ? 'up' : 'down';
    if ((by < 0 && index === 0) || (by > 0 && index === count - 1)) {
      announce(by < 0 ? 'This question is already first.' : 'This question is already last.');
      return;
    }
    updateQuestionList((state) => move(state, id, by));
    pendingFocus.current = { id, action };
    setListProblem(null);
    announce(`Moved to position ${index + by + 1} of ${count}.`);
  };

  const doImportant = (id: string, important: boolean) => {
    const result = updateQuestionList((state) => setImportant(state, id, important));
    if (!result.ok) {
      const message = PROBLEM_MESSAGES[result.problem];
      setListProblem(message);
      announce(message);
      return;
    }
    setListProblem(null);
    announce(important ? 'Marked as most important. It will print first.' : 'No longer marked as most important.');
  };

  const doRemove = (id: string, index: number, text: string) => {
    const before = list;
    removeQuestion(id);
    setListProblem(null);
    setEditing(null);
    offerUndo({ message: `Removed: ${text || 'a question'}`, previous: before });
    // Focus the same button on the question that took its place, or the heading when none is left.
    const next = list.items[index + 1] ?? list.items[index - 1];
    pendingFocus.current = next ? { id: next.id, action: 'remove' } : 'heading';
    announce(`Removed. You have ${count - 1} question${count - 1 === 1 ? '' : 's'}. You can undo this above the list.`);
  };

  const doUndo = () => {
    if (!undo) return;
    setQuestionList(undo.previous);
    offerUndo(null);
    pendingFocus.current = 'heading';
    announce(`Undone. You have ${undo.previous.items.length} questions.`);
  };

  return (
    <section aria-labelledby="your-list-heading" data-question-list-editor>
      <h2 id="your-list-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:shadow-none focus:outline-none">
        Your list{' '}
        <span className="font-normal">
          ({count} of {QUESTION_LIMITS.maxItems} questions)
        </span>
      </h2>
      {undo && (
        <div className="mt-3 flex flex-wrap items-center gap-3 rounded border-2 border-line bg-paper-alt p-3" data-question-undo>
          <p className="min-w-0 flex-1 break-words">{undo.message}</p>
          <button type="button" onClick={doUndo} className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand">
            Undo
          </button>
        </div>
      )}
      {listProblem && (
        <p role="alert" className="mt-3 font-bold text-emergency" data-question-problem>
          {listProblem}
        </p>
      )}
      {count === 0 ? (
        <p className="mt-3">
          Your list is empty. Tick questions above or below, or write your own. You can mark up to{' '}
          {QUESTION_LIMITS.maxImportant} as most important: they print first.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">
            Put them in the order you want to ask them. Mark up to {QUESTION_LIMITS.maxImportant} as most important: they
            print first.
          </p>
          <ol ref={listRef} className="mt-4 space-y-3" data-question-list>
            {resolved.map(({ item, text, known }, index) => {
              const textId = `${domId(item.id)}-text`;
              const isEditing = editing === item.id && item.kind === 'custom';
              return (
                <li
                  key={item.id}
                  id={domId(item.id)}
                  data-item-id={item.id}
                  data-important={item.important || undefined}
                  className="rounded border-2 border-line p-3 data-[important]:border-brand data-[important]:bg-brand-soft"
                >
                  <div className="flex gap-3">
                    <span className="font-bold" aria-hidden="true">
                      {index + 1}.
                    </span>
                    <div className="min-w-0 flex-1">
                      {item.important && <p className="text-sm font-bold uppercase tracking-wide text-brand">Most important</p>}
                      {known ? (
                        <p id={textId} className="break-words font-bold" dir={item.kind === 'custom' ? 'auto' : undefined} data-item-text>
                          {text}
                        </p>
                      ) : (
                        <p id={textId} className="break-words" data-item-text>
                          A question from another version of this site. We cannot show its words, and it will not print.
                          (Code: {item.id})
                        </p>
                      )}
                      {item.kind === 'custom' && <p className="text-sm text-muted">Your own question</p>}
                    </div>
                  </div>
                  {isEditing ? (
                    <EditForm
                      text={text}
                      onCancel={() => {
                        setEditing(null);
                        pendingFocus.current = { id: item.id, action: 'edit' };
                      }}
                      onSave={(value) => {
                        const result = updateQuestionList((state) => editCustom(state, item.id, value));
                        if (!result.ok) return PROBLEM_MESSAGES[result.problem];
                        setEditing(null);
                        pendingFocus.current = { id: item.id, action: 'edit' };
                        announce('Your question was changed.');
                        return null;
                      }}
                    />
                  ) : (
                    <div className="mt-3 flex flex-wrap gap-2">
                      <ItemButton
                        action="important"
                        describedBy={textId}
                        pressed={item.important}
                        onClick={() => doImportant(item.id, !item.important)}
                      >
                        Most important
                      </ItemButton>
                      <ItemButton action="up" describedBy={textId} atEdge={index === 0} onClick={() => doMove(item.id, -1, index)}>
                        Move up
                      </ItemButton>
                      <ItemButton
                        action="down"
                        describedBy={textId}
                        atEdge={index === count - 1}
                        onClick={() => doMove(item.id, 1, index)}
                      >
                        Move down
                      </ItemButton>
                      {item.kind === 'custom' && (
                        <ItemButton action="edit" describedBy={textId} onClick={() => setEditing(item.id)}>
                          Edit
                        </ItemButton>
                      )}
                      <ItemButton action="remove" describedBy={textId} onClick={() => doRemove(item.id, index, text)}>
                        Remove
                      </ItemButton>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <WriteOwn
        announce={announce}
        onAdded={() => {
          setListProblem(null);
        }}
      />
    </section>
  );
}

function ItemButton({
  action,
  describedBy,
  pressed,
  atEdge,
  onClick,
  children,
}: {
  action: Action;
  describedBy: string;
  pressed?: boolean;
  atEdge?: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      data-action={action}
      aria-describedby={describedBy}
      // aria-disabled, not disabled: the button keeps focus after a move to the top or bottom.
      aria-disabled={atEdge || undefined}
      aria-pressed={pressed}
      onClick={onClick}
      className="min-h-11 rounded border-2 border-brand px-3 font-bold text-brand aria-disabled:border-line aria-disabled:text-muted aria-pressed:bg-brand aria-pressed:text-on-brand"
    >
      {action === 'important' && <span aria-hidden="true">{pressed ? '★ ' : '☆ '}</span>}
      {children}
    </button>
  );
}

function CharacterCount({ value, id }: { value: string; id: string }) {
  const length = textLength(value.trim());
  const over = length > QUESTION_LIMITS.maxTextLength;
  return (
    <p id={id} className={`mt-1 text-sm ${over ? 'font-bold text-emergency' : 'text-muted'}`}>
      {length} of {QUESTION_LIMITS.maxTextLength} characters{over ? ': too long' : ''}
    </p>
  );
}

/**
 * A question's text box with its label, optional hint, error message and character count, wired
 * together for screen readers. Used to write a new question and to change one.
 */
function QuestionTextField({
  id,
  label,
  labelClassName,
  hint,
  value,
  error,
  fieldRef,
  onChange,
  onKeyDown,
}: {
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
  const describedBy = [hint ? `${id}-hint` : null, `${id}-count`, error ? `${id}-error` : null].filter(Boolean).join(' ');
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
        <p id={`${id}-error`} role="alert" className="mt-1 font-bold text-emergency">
          {error}
        </p>
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
      <CharacterCount value={value} id={`${id}-count`} />
    </>
  );
}

function EditForm({
  text,
  onSave,
  onCancel,
}: {
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
        label="Change your question"
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
          Save
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand">
          Cancel
        </button>
      </div>
    </form>
  );
}

function WriteOwn({ announce, onAdded }: { announce: Announce; onAdded: () => void }) {
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
