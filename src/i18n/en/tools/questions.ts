/** Interface text of the tools: My questions, in English (Spanish: src/i18n/es/tools/questions.ts). */
import { s } from '../../plural';

export const questions = {
  pageTitle: 'Questions to ask your care team',
  pageDescription:
    'Pick the questions that matter to you, add your own, put them in order, then print them or share them as a link.',
  heading: 'Questions to ask your care team',
  intro:
    'It is OK to ask questions. Pick the ones that matter to you, add your own, and put the most important first. Then print your list or send it to yourself, and take it to your visit. You can bring someone with you, too.',
  keptHint: (max: number) =>
    `Your list stays in this browser. It is never sent to us. You can keep up to ${max} questions.`,
  trialDiaryBefore: 'Having a trial? Keep a',
  trialDiaryLink: 'trial diary',
  trialDiaryAfter: 'and print one page for the visit.',
  noScript:
    'This page works best with JavaScript turned on: then you can save your list, put it in order and share it. Without it, you can still tick the questions below and print this page.',
  fallbackHeading: 'All questions, as a checklist',
  fallbackIntro: 'Tick the questions you want to ask. Then print this page and take it with you.',
  whyAsk: (why: string) => `Why ask this: ${why}`,
  groups: {
    deciding: 'Deciding',
    trial: 'The trial',
    surgery: 'Surgery',
    medicines: 'Medicines',
    risks: 'Risks',
    'living-with-a-pump': 'Living with a pump',
    costs: 'Costs and insurance',
    alternatives: 'Other options',
  },
  problems: {
    'list-full': (max: number) => `Your list is full. It can hold ${max} questions. Remove one to add another.`,
    'text-empty': 'Type your question first.',
    'text-too-long': (max: number) => `Your question is too long. Please keep it to ${max} characters or fewer.`,
    'important-limit': (max: number) =>
      `You can mark up to ${max} questions as most important. To mark this one, first unmark another.`,
    'not-found': 'That question is no longer in your list.',
    duplicate: 'That question is already in your list.',
  },

  starterHeading: 'Start here: three key questions',
  starterIntro:
    'These three questions help with any choice about your care. They come from a program called Ask 3 Questions.',
  addAllThree: 'Add all three',
  addTheRest: 'Add the rest of these',
  addedStarter: (n: number) => `Added ${n} starter ${s(n, 'question', 'questions')} to your list.`,
  bankHeading: 'More questions, by topic',
  bankIntro: 'Open a topic to see its questions. Tick the ones you want to ask.',
  pickedOf: (picked: number, total: number) => `(${picked} of ${total} picked)`,
  removedFromList: (text: string) => `Removed from your list: ${text}`,
  addedToList: (text: string, n: number) =>
    `Added to your list: ${text}. You have ${n} ${s(n, 'question', 'questions')}.`,

  listHeading: 'Your list',
  listCount: (count: number, max: number) => `(${count} of ${max} questions)`,
  undo: 'Undo',
  emptyList: (max: number) =>
    `Your list is empty. Tick questions above or below, or write your own. You can mark up to ${max} as most important: they print first.`,
  orderHint: (max: number) =>
    `Put them in the order you want to ask them. Mark up to ${max} as most important: they print first.`,
  mostImportant: 'Most important',
  unknownQuestion: (code: string) =>
    `A question from another version of this site. We cannot show its words, and it will not print. (Code: ${code})`,
  ownQuestion: 'Your own question',
  moveUp: 'Move up',
  moveDown: 'Move down',
  edit: 'Edit',
  remove: 'Remove',
  alreadyFirst: 'This question is already first.',
  alreadyLast: 'This question is already last.',
  movedTo: (position: number, count: number) => `Moved to position ${position} of ${count}.`,
  markedImportant: 'Marked as most important. It will print first.',
  unmarkedImportant: 'No longer marked as most important.',
  removedUndo: (text: string) => `Removed: ${text}`,
  aQuestion: 'a question',
  removedAnnounce: (n: number) =>
    `Removed. You have ${n} ${s(n, 'question', 'questions')}. You can undo this above the list.`,
  undone: (n: number) => `Undone. You have ${n} ${s(n, 'question', 'questions')}.`,
  questionChanged: 'Your question was changed.',
  changeLabel: 'Change your question',
  save: 'Save',
  cancel: 'Cancel',
  characters: (length: number, max: number) => `${length} of ${max} characters`,
  tooLongMark: ': too long',
  writeOwnLabel: 'Write your own question',
  writeOwnHint: (max: number) => `Any language is fine. Up to ${max} characters.`,
  addMine: 'Add my question',
  ownAdded: (n: number) => `Your question was added. You have ${n} ${s(n, 'question', 'questions')}.`,

  oldListReplaced: 'Your old list was replaced.',
  nowHasShared: (n: number) => `Your list now has the ${n} shared ${s(n, 'question', 'questions')}.`,
  addedShared: (n: number) => `Added ${n} ${s(n, 'question', 'questions')} to your list.`,
  addedSharedFull: (max: number) => ` Your list is full (${max} questions), so some were not added.`,
  addedSharedUndo: (n: number) => `Added ${n} shared ${s(n, 'question', 'questions')}.`,

  outputHeading: 'Print or share your list',
  addFirst: 'Add some questions first. Then you can print them, save them or send them.',
  outputIntro: 'The printed page has space to write answers, and a few questions to ask yourself before you decide.',
  printButton: 'Print my questions',
  printBilingual: 'Print in Spanish and English',
  printBilingualHint:
    'Each question prints in Spanish with the English under it, so an English-speaking clinician can read along.',
  downloadText: 'Download as text',
  email: 'Email my questions',
  linkLabel: 'Link to your list',
  linkHint:
    'The questions are inside the link itself, so they are not stored on our site. Anyone you send it to can see them.',
  copyLink: 'Copy link',
  copied: 'Link copied. Paste it into a message or a note to keep it.',
  copyFailed: 'We could not copy the link. Select the link above and copy it yourself.',
  downloaded: 'Your list was saved as a text file in your downloads.',
  fileName: (date: string) => `my-questions-${date}.txt`,
  clearList: 'Clear my list',
  clearHeading: 'Clear your list?',
  clearText: (n: number) =>
    `This removes all ${n} ${s(n, 'question', 'questions')} from this browser. You can undo it right after.`,
  keepList: 'No, keep my list',
  yesClear: 'Yes, clear my list',
  clearedUndo: (n: number) => `Your list was cleared (${n} ${s(n, 'question', 'questions')}).`,
  clearedAnnounce: 'Your list was cleared. You can undo this.',

  shareErrors: {
    empty: 'This link has no questions in it.',
    'too-long': 'This link is too long to be a question list from this site, so we did not open it.',
    'newer-version':
      'This link was made by a newer version of this site. Reload the page to get the newest version, then open the link again.',
    damaged:
      'This link is not complete or has been changed, so we could not read it. Ask the person who sent it to send it again.',
    'too-many': (max: number) => `This link has more than ${max} questions, which is more than a list can hold.`,
  },
  sharedCouldNotOpen: 'We could not open this shared list',
  ownUnchanged: 'Your own list has not been changed.',
  closeMessage: 'Close this message',
  sharedHeading: 'A list of questions was shared with you',
  sharedCount: (n: number) =>
    `It has ${n} ${s(n, 'question', 'questions')}. Nothing has been saved yet, and your own list has not been changed.`,
  sharedUnknown: (n: number) =>
    n === 1
      ? '1 question in this link came from a newer or older version of this site, so we cannot show it. Reloading the page may help.'
      : `${n} questions in this link came from a newer or older version of this site, so we cannot show them. Reloading the page may help.`,
  sharedDropped: (n: number) =>
    n === 1
      ? '1 question was left out because it was empty, repeated or too long.'
      : `${n} questions were left out because they were empty, repeated or too long.`,
  mostImportantTag: ' (most important)',
  whatToDo: 'What would you like to do?',
  addThese: 'Add these to my list',
  replaceWithThese: 'Replace my list with these',
  saveAsMine: 'Save these as my list',
  printThis: 'Print this list',
  closeWithoutSaving: 'Close without saving',
  ownCountNote: (n: number) =>
    `Your list has ${n} ${s(n, 'question', 'questions')}. If you replace it, you can undo that right after.`,

  notices: {
    full: 'Your browser’s storage is full, so your list is not being saved.',
    blocked: 'Your browser is not letting this site save your list.',
    stillWorks:
      'You can still build, print and share your list now, but it will be gone when you close this page. To keep it, copy the link to your list below and save it, or print it.',
    repaired: 'Some questions in the list saved in this browser could not be read, so we left them out.',
    corrupt: 'We could not read the list saved in this browser, so we started a new one.',
    earlier: 'Earlier, a list saved in this browser could not be read, so a new one was started.',
    locked: 'There is no room to keep a copy of the old data, so we will not save over it until you choose.',
    kept: 'Nothing was thrown away: we kept a copy of the old saved data in this browser.',
    showOld: 'Show the old data',
    unlock: 'Start saving my new list',
    deleteCopies: 'Delete the copies',
    deleteCopy: 'Delete the copy',
    hide: 'Hide this message',
    oldDataLabel: 'The old saved data',
    unreadable: '(We could not read it.)',
    unknown: (n: number) =>
      n === 1
        ? '1 question in your list came from another version of this site. We cannot show its words, so it will not print. You can remove it from your list.'
        : `${n} questions in your list came from another version of this site. We cannot show their words, so they will not print. You can remove them from your list.`,
  },

  /** The printed page and the text download (src/lib/questions/list-output.ts). */
  print: {
    title: 'My questions for my care team',
    /** Under the title of a printout in two languages. */
    bilingualNote: 'Printed in Spanish and English',
    clinicianNote: 'To my care team: please go through these questions with me.',
    importantHeading: 'Most important to me',
    otherHeading: 'My other questions',
    myQuestions: 'My questions',
    sureHeading: 'Before I decide: how ready do I feel?',
    sureHint: 'If you tick any "No", tell your care team. It is a sign you may need more time, facts or support.',
    date: 'Date:',
    whoISaw: 'Who I saw:',
    answer: 'Answer:',
    mostImportant: 'Most important:',
    empty: (address: string) => `No questions yet. Pick your questions at ${address}`,
    reviewed: (date: string) => `Guide last reviewed ${date}`,
    notAdvice: 'This list does not replace advice from your care team.',
    qrLabel: 'QR code of the link to this list',
    scan: 'Scan to open this list',
    openAgain: (link: string) => `Open this list again: ${link}`,
  },
} as const;
