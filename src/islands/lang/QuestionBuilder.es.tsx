/**
 * QuestionBuilder in Spanish: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { questions } from '@/i18n/es/tools/questions';
import { sure } from '@/i18n/es/tools/sure';
import QuestionBuilder, { type Props } from '../QuestionBuilder';

export default function QuestionBuilderEs(props: Omit<Props, 'lang' | 'strings' | 'sure'>) {
  return <QuestionBuilder {...props} lang="es" strings={questions} sure={sure} />;
}
