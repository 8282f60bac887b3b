/**
 * QuestionBuilder in Spanish: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props). Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { tools } from '@/i18n/es/tools';
import QuestionBuilder, { type Props } from '../QuestionBuilder';

export default function QuestionBuilderEs(props: Omit<Props, 'lang' | 'strings' | 'sure'>) {
  return <QuestionBuilder {...props} lang="es" strings={tools.questions} sure={tools.sure} />;
}
