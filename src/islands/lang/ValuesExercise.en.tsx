/**
 * ValuesExercise in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props). Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { tools } from '@/i18n/en/tools';
import ValuesExercise, { type Props } from '../ValuesExercise';

export default function ValuesExerciseEn(props: Omit<Props, 't'>) {
  return <ValuesExercise {...props} t={tools.decide} />;
}
