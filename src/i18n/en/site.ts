/**
 * Interface text of the site shell and content pages (header, footer, page tools, cards, search,
 * printouts, messages), in English. Every other language has the same keys (src/i18n/es/site.ts).
 * Message functions take numbers and names; pages and components never hold text of their own.
 * Client scripts get their messages from data attributes the page renders (templates with {n}
 * and {q} placeholders, filled by src/lib/i18n/format.ts), so a page ships one language.
 */

/**
 * Card headings, leads and footnotes of the warning-sign cards (src/lib/warning-signs/warning-signs.ts
 * `levelAction`). A named export too, so code that only needs these (My pump) does not bundle the rest.
 */
export const careCards = {
  emergency: {
    heading: (emergency: string) => `Emergency: call ${emergency} now`,
    lead: (emergency: string) => `Call ${emergency} (or the local emergency number where you are) now if:`,
    contact: 'Emergency services',
    footnote: 'Tell them you have an implanted pump and which medicine is in it.',
  },
  now: {
    heading: 'Call your pump clinic now',
    lead: (clinic: string) => `Call ${clinic} now if:`,
    footnote: 'If you cannot reach them at once, go to an emergency department.',
  },
  today: {
    heading: 'Call your pump clinic today',
    lead: (clinic: string) => `Call ${clinic} today if:`,
    footnote: 'If you cannot reach them today, go to urgent care or an emergency department.',
  },
  /** Used where the edition names no clinic. */
  yourPumpClinic: 'your pump clinic',
  outsideHours: 'Outside those hours',
} as const;

/**
 * Messages of the search app (src/scripts/search/), as templates: {n} a number, {q} the words.
 * A named export: each language's search app bundles only its own (src/scripts/search/search-app-<lang>.ts).
 */
export const searchScript = {
  countNone: 'No results for {q}. Try other words, or see the topics listed below the search box.',
  countOne: '{n} result. Use the up and down arrow keys to choose one, then press Enter.',
  countOther: '{n} results. Use the up and down arrow keys to choose one, then press Enter.',
  noResults: 'No results for “{q}”.',
  tryOther: 'Try other words, check the spelling, or pick a topic:',
  glossaryBefore: 'Or look up a medical word in the ',
  glossaryLink: 'word list',
  glossaryAfter: '.',
  seeAllFor: 'See all results for “{q}”',
  loadFailed: 'Search could not load. Check your internet connection and try again, or press the Search button.',
  searching: 'Searching…',
  loading: 'Loading search…',
  summaryNone: 'No results for “{q}”. Try other words, check the spelling, or pick a topic from the list below.',
  summaryOne: '{n} result for “{q}”.',
  summaryOther: '{n} results for “{q}”.',
  kindPage: 'Page',
} as const;

export const site = {
  /** The language's own name, for the language link ("English" / "Español"). */
  languageName: 'English',
  /** One line on what the site is: home page description, web manifest, preview card. */
  tagline:
    'Plain-language facts about implanted pain pumps (intrathecal drug delivery), to help you decide with your care team.',
  notMedicalAdvice:
    'This site does not replace advice from your care team. Talk to them before you make any change to your treatment.',
  /** The one plain link to the warning signs, near the top of the home page and every guide page. */
  getHelpLink: 'Something wrong with your pump? Warning signs and who to call',
  skipLink: 'Skip to main content',
  header: {
    mainNav: 'Main',
    guide: 'The guide',
    decide: 'Compare options',
    glossary: 'Word list',
    myQuestions: 'My questions',
    /** Screen-reader words after the count on "My questions": " 3 questions in your list". */
    questionCountOne: ' question in your list',
    questionCountOther: ' questions in your list',
  },
  search: {
    formLabel: 'Site',
    inputLabel: 'Search the guide',
    placeholder: 'Try: MRI with a pump',
    button: 'Search',
    resultsLabel: 'Search results',
    seeAll: 'See all results',
    script: searchScript,
  },
  footer: {
    lastReviewed: 'This page was last reviewed on ',
    nextReview: 'Next review due: ',
    yourClinic: 'Your pump clinic: ',
    afterHours: 'After hours: ',
    nav: 'About this site',
    about: 'About and methods',
    accessibility: 'Accessibility',
    privacy: 'Privacy',
    myData: 'What this site keeps',
    clinicians: 'For clinicians',
    glossary: 'Word list',
    publishedBy: ', published by ',
    noTracking: 'No ads, no tracking, no accounts.',
  },
  edition: {
    exampleBanner: (organisation: string) =>
      `Example edition: ${organisation} is a fictional clinic. Its phone numbers and reviewers are made up. Do not call them. In an emergency, call your local emergency number.`,
    publishedBy: 'This edition is published by ',
    fundingLabel: 'Who pays for it:',
    noFunding:
      'We do not yet have a funding statement to show you. How this work is paid for is not published here yet. Until it is, please treat it as unknown.',
    conflictsLabel: 'Conflicts of interest:',
    noConflicts:
      'Nor is it published yet whether anyone who worked on it has had money from companies that make pumps or drugs. Until it is, please treat that as unknown.',
    noReviewers:
      'No doctor, nurse or other clinician has checked these pages yet. Each page says so. When a clinician does review the pages, we will name them and state their conflicts of interest.',
    reviewersIntro: 'These clinicians checked pages of this edition. Each page names who checked it and when.',
    checked: 'Checked',
    everyPage: 'every page',
    pages: (count: number, ids: string) => `${count === 1 ? 'one page' : `${count} pages`} (${ids})`,
    on: 'on',
    notListed: 'Pages not listed here have not been checked by a clinician yet, and say so.',
  },
  reviewDates: {
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review due',
    clinicalReview: 'Clinical review',
    reviewedBy: (names: string) => `Reviewed by ${names} on `,
    notReviewed: 'Not yet reviewed by a clinician.',
    howWeCheck: 'How we check our facts',
  },
  pageTools: {
    share: 'Share',
    shareRest: ' this page',
    copyLink: 'Copy link',
    copyLinkRest: ' to this page',
    print: 'Print',
    printRest: ' this page',
    listen: 'Listen',
    stop: 'Stop',
    listenUnavailable:
      'Listen is not available here: this device has no built-in voice, and we do not send page text to online voices.',
    linkCopied: 'Link copied',
    printedFrom: (site: string) => `From ${site}: `,
    /** Live-region messages of src/scripts/share/page-tools.ts. */
    pageCopied: 'Link to this page copied.',
    sectionCopied: 'Link to this section copied.',
    copyFailed: 'Could not copy the link. Copy it from the address bar.',
    presetCopied: 'Link copied.',
    presetCopyFailed: 'Could not copy. Select the link and copy it.',
    copySectionLink: (heading: string) => `Copy link to section: ${heading}`,
  },
  topic: {
    skipToQuestions: 'Skip to questions you might ask',
    keyPoints: 'Key points',
    guideNav: 'Pages in this guide',
    pagination: 'Previous and next pages',
    previous: 'Previous page',
    next: 'Next page',
  },
  relatedQuestions: {
    heading: 'Questions you might ask your care team',
    buildList: 'Build and print your list of questions',
    /** The list buttons' words (src/scripts/questions/content-page.ts); {n} is a number. */
    script: {
      add: 'Add to my list',
      remove: 'Remove from my list',
      unreadable: 'We could not read your saved list, so we did not change it. See My questions.',
      full: 'Your list is full ({n} questions). Remove one on My questions first.',
      notSaving: ' Your browser is not saving your list, so it will be lost when you leave.',
      addedOne: 'Added to your list. You have {n} question.',
      addedOther: 'Added to your list. You have {n} questions.',
      removedOne: 'Removed from your list. You have {n} question.',
      removedOther: 'Removed from your list. You have {n} questions.',
    },
  },
  understanding: {
    heading: 'Check your understanding',
    intro: 'Pick an answer to see why. Not a test: nothing is scored, saved or sent.',
    /** Feedback after a choice (src/scripts/understanding/check.ts): {a} the right answer, {why} the explanation. */
    right: 'Yes, that is right. {why}',
    wrong: 'Not quite. The answer is: {a}. {why}',
  },
  sources: {
    heading: 'Sources',
    intro:
      'The numbers in the text point to these sources. "Strong", "moderate" and "weak" say how much weight each source can bear.',
    noDate: 'no date',
    cite: (n: number) => `Source ${n}`,
    kinds: {
      label: 'Drug label',
      guideline: 'Clinical guideline or consensus',
      regulator: 'Regulator notice',
      policy: 'Health service or insurer policy',
      trial: 'Randomised trial',
      review: 'Review of studies',
      study: 'Single study',
      'patient-leaflet': 'Patient leaflet',
      manufacturer: 'Manufacturer information',
    },
    strengths: {
      strong: 'Strong evidence',
      moderate: 'Moderate evidence',
      weak: 'Weak evidence',
    },
  },
  sections: {
    overview: 'What it is',
    candidacy: 'Who it may help',
    trial: 'The trial',
    surgery: 'Surgery and recovery',
    medicines: 'Medicines',
    benefits: 'Benefits',
    risks: 'Risks',
    aftercare: 'Living with a pump',
    options: 'Your options',
    faq: 'Questions and answers',
  },
  term: {
    showMeaning: ' (show meaning)',
    close: 'Close',
  },
  warningSigns: {
    medicines: {
      opioid: 'With an opioid pump (morphine, hydromorphone or fentanyl)',
      baclofen: 'With a baclofen pump',
      ziconotide: 'With ziconotide (Prialt)',
      clonidine: 'With clonidine in the pump',
      bupivacaine: 'With bupivacaine in the pump',
    },
    /** Joins medicine labels: "With a baclofen pump, or With …". */
    or: ', or ',
    crisisLine: 'You can also call the crisis line, ',
    whoToCall: 'Who to call',
    whileYouWaitLink: 'What to do while you wait for help',
    whileYouWait: 'While you wait for help',
    whereFrom: 'Where these signs come from: ',
    whereFromLink: 'warning signs and who to call',
    whereFromAfter: ' lists the sources for each one.',
  },
  careCards,
  iconArray: {
    people: 'people',
    didNot: 'did not',
    outOf: (affected: number) => `${affected} out of 100`,
    statement: (approximate: boolean, affected: number, unit: string, outcome: string) =>
      `${approximate ? 'About ' : ''}${affected} out of 100 ${unit} ${outcome}.`,
    picture: (unit: string) => `Picture of 100 ${unit}. `,
    solid: (approximate: boolean, affected: number, outcome: string) =>
      `${affected} solid figures: ${approximate ? 'about ' : ''}${affected} out of 100 ${outcome}. `,
    outline: (rest: number, notOutcome: string) => `${rest} outline figures: the other ${rest} ${notOutcome}.`,
    both: (unit: string, when: string) => `Both are out of 100 ${unit}, ${when}.`,
    key: 'Key to the picture',
    solidKey: 'Solid figure: ',
    outlineKey: 'Outline figure: ',
    who: 'Who was studied',
    time: 'Time',
    certainty: 'How sure we are',
    note: 'Good to know',
    source: 'Source',
    certaintyPhrases: {
      strong: 'We are fairly sure of this.',
      moderate: 'We are not very sure of this.',
      weak: 'We are unsure of this.',
    },
  },
  optionGrid: {
    caption: 'Your options side by side: the questions people ask, answered for each option',
    question: 'Question',
    notKnown: 'Not known:',
  },
  readability: {
    caption: (fk: number, smog: number) =>
      `Reading level of each page (US school grade; our limit is ${fk} by Flesch-Kincaid and ${smog} by SMOG)`,
    page: 'Page',
    fleschKincaid: 'Flesch-Kincaid grade',
    smog: 'SMOG grade',
    words: 'Words measured',
    /** The table on translated pages, which are measured with the INFLESZ scale (Spanish). */
    infleszCaption: (min: number) =>
      `Reading ease of each page (INFLESZ scale, higher is easier; our limit is ${min}, "fairly easy")`,
    inflesz: 'INFLESZ score',
    band: 'Band',
    bands: {
      'very hard': 'very hard',
      'somewhat hard': 'somewhat hard',
      normal: 'normal',
      'fairly easy': 'fairly easy',
      'very easy': 'very easy',
    },
  },
  presets: {
    linkLabel: 'Link to send to a patient',
    copy: 'Copy link',
    copied: 'Link copied',
    preview: 'Preview this list',
    email: 'Send by email',
    emailSubject: (title: string) => `Questions for your visit: ${title}`,
    emailBody: (link: string) =>
      `Before your visit, please look at these questions. Pick the ones that matter to you, add your own, and bring the list with you:\n\n${link}\n`,
  },
  contacts: {
    emergency: (number: string) => `In an emergency, call ${number}.`,
    crisis: (name: string, number: string) => `For thoughts of suicide or self-harm: ${name}, ${number}.`,
    clinic: (name: string, phone: string, hours: string) =>
      `Your pump clinic: ${name}, ${phone}${hours ? ` (${hours})` : ''}.`,
    noClinic: 'Your pump clinic: write its day and night numbers here: ____________________',
    afterHours: (phone: string) => `After hours: ${phone}.`,
  },
  home: {
    heading: 'Implanted pain pumps: facts to help you decide',
    intro1:
      'An implanted pain pump sends medicine into the fluid around your spinal cord. Doctors call it intrathecal drug delivery. Some people call it a morphine pump, a baclofen pump, or back or lumbar infusion.',
    intro2:
      'This guide is for people with long-term back pain, cancer pain or severe muscle stiffness (spasticity) who have been offered a pump, and for their families. It explains the good and the bad in plain words, with the sources for every fact. It does not tell you what to choose.',
    start: 'Where do you want to start?',
    learnTitle: 'Learn about the treatment',
    learnText: 'What a pain pump is, who it may help, the trial, surgery, medicines, benefits and risks.',
    compareTitle: 'Compare your options',
    compareText: 'See a pump side by side with other choices, including keeping your current care.',
    questionsTitle: 'Prepare questions for your doctor',
    questionsText: 'Pick the questions that matter to you, then print them or share them as a link.',
    pumpTitle: 'Already have a pump? Make your wallet card',
    pumpText: 'Keep your pump details on this device, and print a wallet card, refill dates and a handover sheet.',
    privacyHeading: 'Your privacy',
    privacyText:
      'There are no accounts, ads or tracking. What you type stays on this device, unless you choose to share a link.',
    privacyLink: 'Read our privacy promise',
  },
  guideIndex: {
    title: 'The guide',
    description: 'All pages of the Pain Pump Guide in reading order, from what a pump is to living with one.',
    intro: 'Read the pages in order, or go straight to the one you need.',
  },
  glossary: {
    title: 'Word list',
    description: 'Plain-language meanings of the medical words used in the Pain Pump Guide.',
    intro: 'The medical words used in this guide, with their meaning in plain words.',
    alsoCalled: 'Also called: ',
  },
  searchPage: {
    title: 'Search',
    description: 'Search the Pain Pump Guide in your own words, or browse every topic.',
    heading: 'Search the guide',
    formLabel: 'Search this guide',
    label: 'Search for',
    hint: 'Use your own words, for example “can I have an MRI with a pump”.',
    button: 'Search',
    noScript:
      'Searching needs JavaScript, which is turned off in your browser. You can still find every topic in the list below.',
    results: 'Results',
    allTopics: 'All topics',
    glossaryBefore: 'Look up a medical word in the ',
    glossaryLink: 'word list',
    glossaryAfter: '.',
    aboutSite: 'About this site',
  },
  getHelp: {
    title: 'Warning signs and who to call',
    description:
      'Signs that something is wrong with a pain pump or its medicine, how urgent each one is, and who to call.',
    intro:
      'Find the sign that matches what is happening. The most urgent signs come first. Signs marked with a medicine are only about pumps that hold that medicine. If you are not sure, call anyway.',
    yourClinic: 'Your pump clinic: ',
    outsideHours: 'Outside those hours: ',
    noClinic: "Keep your pump clinic's phone numbers, for day and night, on your pump card and in your phone.",
    walletCardLink: 'Make a wallet card for your pump',
    walletCardAfter: ", with the signs that fit your medicine and your clinic's numbers.",
    takeCard:
      'Take your pump ID card when you go for help, and tell every doctor, nurse and paramedic which medicine is in your pump.',
  },
  kit: {
    title: 'Clinic kit: links and QR codes to hand out',
    description:
      "A printable sheet for a pump clinic: QR codes and addresses for the guide's key pages and ready-made question lists.",
    heading: (site: string) => `${site}: links for patients`,
    intro: 'Print this page to hand out or pin up. Each item has a QR code to scan and an address to type.',
    backBefore: 'Back to ',
    backLink: 'For clinicians',
    backAfter: '.',
    noAddress:
      'This copy of the guide was built without its web address (SITE_URL), so this sheet shows no QR codes and only the part of each address after the site name. Ask whoever runs this site to build it with SITE_URL set.',
    keyPages: 'Key pages',
    lists: 'Ready-made question lists',
    qr: (title: string) => `QR code: ${title}`,
    pages: {
      'get-help': {
        title: 'Warning signs and who to call',
        note: 'Signs that something is wrong, and how fast to act.',
      },
      'the-trial': {
        title: 'The trial before a pump',
        note: 'What happens in a trial, and what counts as a good result.',
      },
      risks: { title: 'Serious risks and warning signs', note: 'How common each risk is.' },
      decide: { title: 'Compare your options', note: 'The options side by side, and what matters to you.' },
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'We could not find the page you asked for. Search the guide or pick a topic.',
    intro: 'We could not find a page at this address. The link may be old, or the address may have a typing mistake.',
    searchOrPick: 'You can search the guide, or pick a topic below.',
    searchHeading: 'Search the guide',
    searchLabel: 'What are you looking for?',
    button: 'Search',
    topics: 'Topics in the guide',
    more: 'Other places to go',
    home: 'Home page',
    guide: 'The whole guide, in reading order',
    glossary: 'Word list (glossary)',
    questions: 'Questions to ask your care team',
  },
} as const;
