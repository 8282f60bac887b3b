/**
 * Words the search index itself holds (built at build time): names and descriptions of the tool
 * pages people look for by name, and the page names shown with glossary and question results.
 */
export const search = {
  glossaryName: 'Word list',
  questionsName: 'Questions to ask',
  toolPages: {
    getHelp: {
      title: 'Warning signs and who to call',
      description:
        'Something wrong with your pump? Every warning sign, how urgent it is, who to call, and what to do while you wait for help.',
    },
    guide: {
      title: 'The guide',
      description: 'All pages of the guide in reading order, from what a pump is to living with one.',
    },
    glossary: {
      title: 'Word list',
      description: 'Plain-language meanings of the medical words used in this guide (glossary).',
    },
    questions: {
      title: 'My questions',
      description: 'Build, print and share a list of questions to ask your doctor or care team.',
    },
    decide: {
      title: 'Compare options',
      description: 'Compare a pump with your other options side by side, and think about what matters most to you.',
    },
  },
} as const;
