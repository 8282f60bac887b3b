/**
 * QuestionBuilder in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { questions } from '@/i18n/en/tools/questions';
import { sure } from '@/i18n/en/tools/sure';
import QuestionBuilder, { type Props } from '../QuestionBuilder';

export default function QuestionBuilderEn(props: Omit<Props, 'lang' | 'strings' | 'sure'>) {
  return <QuestionBuilder {...props} lang="en" strings={questions} sure={sure} />;
}
