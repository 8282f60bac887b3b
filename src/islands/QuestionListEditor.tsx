/**
 * "Your list": the person's questions in their order, with buttons to mark up to three as most
 * important, move up and down, edit (own questions), and remove; plus the "write your own" form.
 * Focus follows the moved question; moves and changes are announced. A limit met on one question
 * (a fourth "most important") is shown and announced right under that question's buttons, where
 * the person is looking, not at the top of the list.
 */
import { useEffect, useRef, useState } from 'react';
import type { ToolStrings } from '@/i18n';

import { removeQuestion, setQuestionList, updateQuestionList } from '@/stores/question-list';
import { resolveItems, type BankQuestion } from '@/lib/questions/question-bank';
import { editCustom, move, QUESTION_LIMITS, setImportant, type QuestionListState } from '@/lib/questions/question-list';
import { problemMessage } from '@/lib/questions/problem-messages';
import QuestionEditForm from './QuestionEditForm';
import QuestionWriteOwn from './QuestionWriteOwn';
import { useHydrated } from './ui/hydration';
import type { Announce, UndoOffer } from './QuestionBuilder';
import { Button } from './ui/Button';
import { AlertLine } from './ui/Notice';
import { Section } from './ui/Section';

interface Props {
  list: QuestionListState;
  bankById: ReadonlyMap<string, BankQuestion>;
  announce: Announce;
  undo: UndoOffer | null;
  offerUndo: (offer: UndoOffer | null) => void;
  t: ToolStrings['questions'];
}

/** A stable, selector-safe DOM id for an item (custom ids start with "~"). */
function domId(id: string): string {
  return `list-item-${id.replace(/[^a-z0-9-]/g, '_')}`;
}

type Action = 'up' | 'down' | 'important' | 'edit' | 'remove';

export default function QuestionListEditor({ list, bankById, announce, undo, offerUndo, t }: Props) {
  const resolved = resolveItems(list.items, bankById);
  // A problem belongs to the question whose button caused it, and shows next to that button.
  const [listProblem, setListProblem] = useState<{ id: string; message: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const pendingFocus = useRef<{ id: string; action: Action } | 'heading' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const hydrated = useHydrated();

  // After the list changes, put focus where the person expects it (React may have moved the node).
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (!target) return;
    if (target === 'heading') {
      headingRef.current?.focus();
      return;
    }
    listRef.current?.querySelector<HTMLElement>(`#${domId(target.id)} [data-action="${target.action}"]`)?.focus();
  });

  const count = list.items.length;

  const doMove = (id: string, by: -1 | 1, index: number) => {
    const action = by < 0 ? 'up' : 'down';
    if ((by < 0 && index === 0) || (by > 0 && index === count - 1)) {
      announce(by < 0 ? t.alreadyFirst : t.alreadyLast);
      return;
    }
    updateQuestionList((state) => move(state, id, by));
    pendingFocus.current = { id, action };
    setListProblem(null);
    announce(t.movedTo(index + by + 1, count));
  };

  const doImportant = (id: string, important: boolean) => {
    const result = updateQuestionList((state) => setImportant(state, id, important));
    if (!result.ok) {
      // Shown in a role="alert" next to the button, which also announces it.
      setListProblem({ id, message: problemMessage(result.problem, t.problems) });
      return;
    }
    setListProblem(null);
    announce(important ? t.markedImportant : t.unmarkedImportant);
  };

  const doRemove = (id: string, index: number, text: string) => {
    const before = list;
    removeQuestion(id);
    setListProblem(null);
    setEditing(null);
    offerUndo({ message: t.removedUndo(text || t.aQuestion), previous: before });
    // Focus the same button on the question that took its place, or the heading when none is left.
    const next = list.items[index + 1] ?? list.items[index - 1];
    pendingFocus.current = next ? { id: next.id, action: 'remove' } : 'heading';
    announce(t.removedAnnounce(count - 1));
  };

  const doUndo = () => {
    if (!undo) return;
    setQuestionList(undo.previous);
    offerUndo(null);
    pendingFocus.current = 'heading';
    announce(t.undone(undo.previous.items.length));
  };

  return (
    <Section
      headingId="your-list-heading"
      headingRef={headingRef}
      headingClassName="text-2xl font-bold focus:shadow-none focus:outline-none"
      heading={
        <>
          {t.listHeading} <span className="font-normal">{t.listCount(count, QUESTION_LIMITS.maxItems)}</span>
        </>
      }
      data-question-list-editor
    >
      {undo && (
        <div
          className="mt-3 flex flex-wrap items-center gap-3 rounded border-2 border-line bg-paper-alt p-3"
          data-question-undo
        >
          <p className="min-w-0 flex-1 break-words">{undo.message}</p>
          <Button onClick={doUndo}>{t.undo}</Button>
        </div>
      )}
      {count === 0 ? (
        <p className="mt-3">{t.emptyList(QUESTION_LIMITS.maxImportant)}</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">{t.orderHint(QUESTION_LIMITS.maxImportant)}</p>
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
                      {item.important && (
                        <p className="text-sm font-bold uppercase tracking-wide text-brand">{t.mostImportant}</p>
                      )}
                      {known ? (
                        <p
                          id={textId}
                          className="break-words font-bold"
                          dir={item.kind === 'custom' ? 'auto' : undefined}
                          data-item-text
                        >
                          {text}
                        </p>
                      ) : (
                        <p id={textId} className="break-words" data-item-text>
                          {t.unknownQuestion(item.id)}
                        </p>
                      )}
                      {item.kind === 'custom' && <p className="text-sm text-muted">{t.ownQuestion}</p>}
                    </div>
                  </div>
                  {isEditing ? (
                    <QuestionEditForm
                      text={text}
                      t={t}
                      onCancel={() => {
                        setEditing(null);
                        pendingFocus.current = { id: item.id, action: 'edit' };
                      }}
                      onSave={(value) => {
                        const result = updateQuestionList((state) => editCustom(state, item.id, value));
                        if (!result.ok) return problemMessage(result.problem, t.problems);
                        setEditing(null);
                        pendingFocus.current = { id: item.id, action: 'edit' };
                        announce(t.questionChanged);
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
                        {t.mostImportant}
                      </ItemButton>
                      <ItemButton
                        action="up"
                        describedBy={textId}
                        atEdge={index === 0}
                        onClick={() => doMove(item.id, -1, index)}
                      >
                        {t.moveUp}
                      </ItemButton>
                      <ItemButton
                        action="down"
                        describedBy={textId}
                        atEdge={index === count - 1}
                        onClick={() => doMove(item.id, 1, index)}
                      >
                        {t.moveDown}
                      </ItemButton>
                      {item.kind === 'custom' && (
                        <ItemButton action="edit" describedBy={textId} onClick={() => setEditing(item.id)}>
                          {t.edit}
                        </ItemButton>
                      )}
                      <ItemButton action="remove" describedBy={textId} onClick={() => doRemove(item.id, index, text)}>
                        {t.remove}
                      </ItemButton>
                    </div>
                  )}
                  {listProblem?.id === item.id && (
                    <AlertLine className="mt-2" data-question-problem>
                      {listProblem.message}
                    </AlertLine>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {/* Sent before the island runs, the browser would submit the form itself (reloading the page
          and losing the words), so it shows once hydrated. */}
      {hydrated && (
        <QuestionWriteOwn
          t={t}
          announce={announce}
          onAdded={() => {
            setListProblem(null);
          }}
        />
      )}
    </Section>
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
