/** Interface text of the tools: the SURE check, in English (Spanish: src/i18n/es/tools/sure.ts). */
/** The SURE test (Légaré and others 2010): shown on Decide and printed with the question list. */
export const sure = {
  items: {
    sure: {
      stands: 'Sure of myself',
      question: 'Do you feel sure about the best choice for you?',
      firstPerson: 'Do I feel sure about the best choice for me?',
      ifNo: 'It can help to go over all your options again, including staying with the care you have now.',
    },
    understand: {
      stands: 'Understand the information',
      question: 'Do you know the benefits and risks of each option?',
      firstPerson: 'Do I know the benefits and risks of each option?',
      ifNo: 'Your care team can go over the benefits and risks of each option with you.',
    },
    'risk-benefit': {
      stands: 'Risk-benefit ratio',
      question: 'Are you clear about which benefits and risks matter most to you?',
      firstPerson: 'Am I clear about which benefits and risks matter most to me?',
      ifNo: 'The "What matters to you" part of this page may help. So can asking how likely each benefit and risk is for you.',
    },
    encouragement: {
      stands: 'Encouragement',
      question: 'Do you have enough support and advice to make a choice?',
      firstPerson: 'Do I have enough support and advice to make a choice?',
      ifNo: 'You can ask your care team for more advice. You can also bring a family member or friend to your visit.',
    },
  },
  yes: 'Yes',
  no: 'No',
} as const;
