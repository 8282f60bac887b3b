/**
 * QuestionBuilder in Spanish: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props. The SURE items are content
 * (content/decision/sure.yaml): the view passes them in and they join the answer labels here.
 */
import { questions } from '@/i18n/es/tools/questions';
import type { SureItem } from '@/lib/decision/sure';
import { sure } from '@/i18n/es/tools/sure';
import QuestionBuilder, { type Props } from '../QuestionBuilder';

export default function QuestionBuilderEs({
  sureItems,
  ...props
}: Omit<Props, 'lang' | 'strings' | 'sure'> & { sureItems: readonly SureItem[] }) {
  return <QuestionBuilder {...props} lang="es" strings={questions} sure={{ ...sure, items: sureItems }} />;
}
