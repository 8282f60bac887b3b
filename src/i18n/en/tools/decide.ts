/** Interface text of the tools: Compare your options, in English (Spanish: src/i18n/es/tools/decide.ts). */
import { s } from '../../plural';

export const decide = {
  kicker: 'Decision aid',
  decisionHeading: 'The decision',
  notTellChoose:
    'This page does not tell you what to choose. It helps you get ready to decide together with your care team.',
  whoForHeading: 'Who this page is for',
  whoNotForHeading: 'Who it is not for',
  see: 'See',
  stepsHeading: 'How to use this page, step by step',
  steps: {
    options: 'Look at your options side by side.',
    numbers: 'See the main numbers as pictures of 100 people.',
    values: 'Rate what matters most to you.',
    sure: 'Check if you feel ready to decide (the SURE check).',
    summary: 'Print your summary and take it to your visit.',
  },
  optionsHeading: 'Your options side by side',
  optionsIntro:
    'There are four kinds of options. The table does not rank them, and the order does not mean one is better. Some can be used together.',
  optionsReadAcross: 'Read across a row to compare the options on one question. ',
  optionsNotKnown: 'Where we did not find good evidence, the table says "Not known".',
  optionsListLabel: 'The four options',
  cancerHeading: 'If your pain comes from cancer',
  moreDetailBefore: 'Each option is described in more detail on the',
  moreDetailLink: 'your options',
  moreDetailAfter: 'page of the guide.',
  numbersHeading: 'The numbers as pictures',
  numbersIntro:
    'Each picture shows 100 people. Solid figures had the result named above the picture. Outline figures did not.',
  numbersWho:
    'Each picture also says who was studied, over what time, and how sure we are. Most of these numbers come from small studies.',
  benefitsHeading: 'Possible benefits of a pump',
  harmsHeading: 'Possible harms of a pump',
  otherNumbersHeading: 'Numbers for the other options',
  otherNumbers:
    'We did not find numbers we could show as pictures for keeping your current care, changing it, or other procedures. That does not mean they work better or worse than a pump. It means good numbers were not in our sources. You can ask your care team what results their patients get with each option.',
  valuesHeading: 'What matters to you',
  valuesIntro:
    'How much does each of these matter to you? There are no right or wrong answers. Your answers stay in this browser, on this device. They are never sent to us.',
  valuesNoScript: 'This exercise needs JavaScript. You can still think about how much each of these matters to you:',
  choices: (list: string) => `Choices: ${list}.`,
  sureHeading: 'Are you ready to decide? The SURE check',
  sureIntro:
    'These four questions help you see if you feel ready to make a choice. If you answer "no" to any of them, we suggest questions you can add to your list for your care team.',
  sureNoScript: (questions: string) => `The SURE check needs JavaScript. The four questions are: ${questions}`,
  summaryHeading: 'Your decision summary',
  summaryIntro:
    "Your summary puts what matters to you, your SURE answers and your questions on one page, with today's date. Print it or save it as a PDF, and take it to your visit.",
  summaryPrivacy: 'It is made in your browser. Nothing you entered leaves this device.',
  makeSummary: 'Make my decision summary',

  /** "What matters to you" (ValuesExercise). */
  ratings: { 0: 'Not important to me', 1: 'A little important', 2: 'Quite important', 3: 'Very important' },
  ratingsInSentence: { 0: 'not important to me', 1: 'a little important', 2: 'quite important', 3: 'very important' },
  statementOf: (n: number, total: number) => `Statement ${n} of ${total}: `,
  prioritiesHeading: 'Your top priorities',
  prioritiesEmpty: 'When you rate the statements above, your top priorities will show here.',
  rated: (n: number, total: number) => `You have rated ${n} of ${total} statements.`,
  mattersMost: 'What matters most to you:',
  noneImportant: 'You have not rated any statement as quite or very important yet.',
  alsoImportant: 'Also important to you:',
  rowsAbout: 'These rows of the table above are about what matters most to you:',
  notPointing: 'This does not point to any option. Take it to your care team so you can weigh the options together.',
  clearAnswers: 'Clear my answers',
  clearAnswersGroup: 'Clear your answers?',
  clearAnswersQuestion: 'Clear all your answers above?',
  clearYes: 'Yes, clear them',
  clearNo: 'No, keep them',
  answersCleared: 'Your answers have been cleared.',

  /** The SURE check (SureCheck). */
  questionsYouCouldAsk: 'Questions you could ask:',
  inYourList: ' (in your list)',
  allInList: 'All these questions are in your list',
  addQuestions: (n: number) => `Add ${n} ${s(n, 'question', 'questions')} to my list`,
  addedSome: (n: number) => `Added ${n} ${s(n, 'question', 'questions')}. `,
  listFull: 'Your list is full, so not all of them could be added. You can remove some on the questions page.',
  alreadyInList: 'These questions are already in your list.',
  noneAdded: 'No questions were added.',
  added: (n: number, total: number) =>
    `Added ${n} ${s(n, 'question', 'questions')} to your list. You now have ${total} ${s(total, 'question', 'questions')}.`,
  seeList: 'See and print my question list',
  answeredOf: (n: number, total: number) => `You have answered ${n} of ${total} questions.`,
  allYes:
    'You answered yes to all four questions. You may feel ready to talk about a choice with your care team. You can still ask them anything you like.',
  someNo: (n: number) =>
    `You answered no to ${n} ${s(n, 'question', 'questions')}. Many people do. You may want more help before you decide. The questions above can help you get it.`,
  clearSure: 'Clear my SURE answers',
  sureCleared: 'Your SURE answers have been cleared.',

  /** Storage notices (DecisionStorageNotice). */
  storageLocked:
    'Some answers saved earlier in this browser could not be read. We have not changed them. Your new answers will not be kept until you choose to replace the old ones.',
  replaceOld: 'Replace the old answers',
  storageRepaired:
    'Some of the answers saved earlier in this browser could not be read, so they are not shown. The rest are here.',
  storageCorrupt: 'The answers saved earlier in this browser could not be read, so they are not shown.',
  keptCopyBefore:
    'A copy of what was saved is kept in this browser, in case you need it. You can see it or delete it on the page',
  myDataLink: 'What this site keeps on this device',
  storageUnsaved:
    'This browser is not letting the site keep your answers. They work on this page, but they will be gone when you close it. Your summary link below still carries them.',

  /** My decision summary (/decide/summary/). */
  summary: {
    pageTitle: 'My decision summary',
    pageDescription:
      'Your own summary to print: what matters to you, your SURE answers and your questions, made in your browser.',
    heading: 'My decision summary',
    choiceLabel: 'The choice I am thinking about:',
    noScriptBefore: 'Your summary is made in your browser and needs JavaScript. You can still print the',
    decisionPageLink: 'decision page',
    noScriptMiddle: 'and your',
    questionListLink: 'question list',
    madeOn: 'Made on',
    lastReviewed: 'Site facts last reviewed',
    nextReviewBefore: '(next review due',
    emptyBefore: 'There is nothing in your summary yet. Fill in',
    emptyValuesLink: 'what matters to you',
    emptyAnd: 'and',
    emptySureLink: 'the SURE check',
    emptyAndChoose: ', and',
    emptyQuestionsLink: 'choose your questions',
    print: 'Print or save as PDF',
    changeAnswers: 'Change my answers',
    changeQuestions: 'Change my questions',
    valuesHeading: 'What matters to me',
    notFilled: 'Not filled in yet.',
    rateLink: 'Rate what matters to you',
    mattersMost: 'Matters most to me:',
    noneImportant: 'I did not rate anything as quite or very important.',
    alsoImportant: 'Also important to me:',
    lessImportant: 'Less important to me:',
    rowsToTalkAbout: 'Questions from the comparison table to talk about:',
    sureHeading: 'My SURE answers',
    answerSureLink: 'Answer the four SURE questions',
    sureCaption: 'My answers to the four SURE questions',
    questionColumn: 'Question',
    answerColumn: 'My answer',
    notAnswered: 'Not answered',
    answeredNo: (n: number) => `I answered no to ${n} of 4. I may want more help before I decide.`,
    questionsHeading: 'My questions',
    noQuestions: 'No questions yet.',
    chooseLink: 'Choose or write your questions',
    mostImportantTag: ' (most important to me)',
    unknownQuestions: (n: number) =>
      n === 1
        ? 'One question in your list could not be shown, because the site no longer has it.'
        : `${n} questions in your list could not be shown, because the site no longer has them.`,
    notesHeading: 'Notes from my visit',
    notesPrompt: 'Who I saw, and what we talked about:',
    contactsHeading: 'Who to call',
    footer:
      'This summary was made in your browser. Nothing you entered has been sent to us or anyone else. It does not say which option to choose: it is for you and your care team to talk through together.',
  },
} as const;
