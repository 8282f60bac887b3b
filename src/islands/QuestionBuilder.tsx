/**
 * The question builder on /questions/. Wires the pure list logic (src/lib/questions) and the shared
 * store (src/stores/question-list) to the page; the parts live in the other Question*.tsx files.
 *
 * Accessibility criteria (tested in tests/e2e/questions-builder.spec.ts):
 *  - every action is a native button, checkbox or link, usable by keyboard alone;
 *  - after Move up / Move down, focus stays on the same button of the moved question and the new
 *    position is announced in a polite live region;
 *  - limits (list length, question length, three "most important") are explained in words.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ToolStrings } from '@/i18n';
import type { Lang } from '@/lib/i18n/lang';
import type { SureWords } from '@/lib/decision/sure';
import {
  $questionList,
  $questionStorage,
  commitQuestionList,
  questionStore,
  setQuestionList,
} from '@/stores/question-list';
import { FRESH_STATUS } from '@/stores/record-store';
import { itemsForOutput, type BankQuestion } from '@/lib/questions/question-bank';
import { merge, QUESTION_LIMITS, type QuestionListState } from '@/lib/questions/question-list';
import { decodeShareFragment, shareUrl, type DecodeResult } from '@/lib/questions/share-code';
import QuestionBankPicker from './QuestionBankPicker';
import QuestionListEditor from './QuestionListEditor';
import QuestionNotices from './QuestionNotices';
import QuestionOutputActions from './QuestionOutputActions';
import QuestionPrintSheet, { type EnglishPrint } from './QuestionPrintSheet';
import QuestionSharedList from './QuestionSharedList';
import { currentPageAddress, useStoreAfterHydration } from './ui/hydration';

export interface Props {
  bank: BankQuestion[];
  /** Newest review date of the guide, printed on the list. */
  reviewed: string;
  siteName: string;
  /** The edition's clinic and emergency numbers, printed on the list (src/lib/edition/contacts.ts). */
  contacts: string[];
  /** The page's language and its words (src/i18n/<lang>/tools.ts). */
  lang: Lang;
  strings: ToolStrings['questions'];
  sure: SureWords;
  /** On a page in another language: the English words and bank texts for a bilingual printout. */
  english: EnglishPrint | null;
}

/** A message for the polite live region; `n` changes so the same words are announced again. */
interface Announcement {
  text: string;
  n: number;
}

/** Something the person can take back (after Remove, Clear or Replace). */
export interface UndoOffer {
  message: string;
  previous: QuestionListState;
}

export type Announce = (text: string) => void;

export default function QuestionBuilder({
  bank,
  reviewed,
  siteName,
  contacts,
  lang,
  strings: t,
  sure,
  english,
}: Props) {
  const [bilingual, setBilingual] = useState(false);
  // The page renders on the server with an empty list and is hydrated; the saved list and how it
  // was read show straight after (src/islands/ui/hydration.ts).
  const list = useStoreAfterHydration($questionList, questionStore.kind.empty);
  const storage = useStoreAfterHydration($questionStorage, FRESH_STATUS);
  const bankById = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const knownIds = useMemo(() => new Set(bank.map((q) => q.id)), [bank]);

  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback<Announce>((text) => setAnnouncement((a) => ({ text, n: (a?.n ?? 0) + 1 })), []);
  const [undo, setUndo] = useState<UndoOffer | null>(null);

  // A shared list arrives in the fragment (#q=…). Read once hydrated and again if the fragment changes.
  const [shared, setShared] = useState<DecodeResult | null>(null);
  useEffect(() => {
    const onHashChange = () => setShared(decodeShareFragment(window.location.hash, knownIds));
    onHashChange();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [knownIds]);

  const closeShared = useCallback(() => {
    // Drop the fragment so a reload does not ask again; replaceState adds no history entry.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setShared(null);
    // The panel that had focus is gone: continue at the person's list.
    setTimeout(() => document.getElementById('your-list-heading')?.focus());
  }, []);

  const offerUndo = useCallback((offer: UndoOffer | null) => setUndo(offer), []);

  const importShared = useCallback(
    (incoming: QuestionListState, mode: 'merge' | 'replace') => {
      const before = $questionList.get();
      if (mode === 'replace') {
        setQuestionList(incoming);
        if (before.items.length > 0) offerUndo({ message: t.oldListReplaced, previous: before });
        announce(t.nowHasShared(incoming.items.length));
      } else {
        const result = commitQuestionList(merge(before, incoming));
        const added = result.added ?? 0;
        const full = !result.ok && result.problem === 'list-full';
        announce(t.addedShared(added) + (full ? t.addedSharedFull(QUESTION_LIMITS.maxItems) : ''));
        if (added > 0) offerUndo({ message: t.addedSharedUndo(added), previous: before });
      }
      closeShared();
    },
    [announce, closeShared, offerUndo, t],
  );

  // The print sheet is never on the screen, and building it is slow on a phone (the date in words
  // and the QR code take about 0.4 s at 4x CPU slowdown, issue 17), so it renders only when
  // printing starts: the Print button, or the browser's own Print, which sends "beforeprint" first.
  // It holds this page's address (for its link and QR code), null until then.
  const [sheetAddress, setSheetAddress] = useState<string | null>(null);

  // Printing: the sheet shows the person's list, or the shared list while that one is printed.
  const [printList, setPrintList] = useState<QuestionListState | null>(null);
  useEffect(() => {
    // The browser's own Print (Ctrl+P, the phone's share menu) must find the sheet on the page.
    const beforePrint = () => flushSync(() => setSheetAddress(currentPageAddress()));
    const reset = () => setPrintList(null);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', reset);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', reset);
    };
  }, []);
  const print = useCallback((state: QuestionListState | null) => {
    flushSync(() => {
      setSheetAddress(currentPageAddress());
      setPrintList(state);
    });
    window.print();
  }, []);

  // While a shared list is open and not yet saved, it is what the person is looking at, so the
  // browser's own Print (Ctrl+P, the phone's share menu) prints it too, not their own list.
  const sharedOpen = shared?.ok && shared.state.items.length > 0 ? shared.state : null;
  const sheetState = printList ?? sharedOpen ?? list;
  const sheetItems = useMemo(() => itemsForOutput(sheetState, bankById), [sheetState, bankById]);
  const sheetLink = useMemo(() => (sheetAddress ? shareUrl(sheetAddress, sheetState) : ''), [sheetAddress, sheetState]);
  const today = useRef(new Date()).current;
  // What the list editor and the output actions both get: the list, its words, and ways to report back.
  const listParts = { list, bankById, announce, offerUndo, t };

  return (
    <div className="mt-8">
      <div data-print="hide" className="space-y-10">
        <div className="sr-only" role="status" aria-live="polite" data-question-announcer>
          {announcement && <span key={announcement.n}>{announcement.text}</span>}
        </div>
        <QuestionNotices storage={storage} list={list} bankById={bankById} t={t.notices} />
        {shared && (
          <QuestionSharedList
            result={shared}
            bankById={bankById}
            ownCount={list.items.length}
            onImport={importShared}
            onPrint={(state) => print(state)}
            onClose={closeShared}
            t={t}
          />
        )}
        <QuestionBankPicker bank={bank} list={list} announce={announce} part="starter" t={t} />
        <QuestionListEditor {...listParts} undo={undo} />
        <QuestionOutputActions
          {...listParts}
          siteName={siteName}
          onPrint={() => print(null)}
          lang={lang}
          sure={sure}
          bilingual={{ available: english !== null, on: bilingual, set: setBilingual }}
        />
        <QuestionBankPicker bank={bank} list={list} announce={announce} part="groups" t={t} />
      </div>
      {sheetAddress && (
        <QuestionPrintSheet
          items={sheetItems}
          date={today}
          shareLink={sheetLink}
          siteAddress={sheetAddress}
          siteName={siteName}
          reviewed={reviewed}
          contacts={contacts}
          lang={lang}
          words={{ print: t.print, sure }}
          english={bilingual ? english : null}
        />
      )}
    </div>
  );
}
