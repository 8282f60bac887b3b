/**
 * ValuesExercise in Spanish: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { decide } from '@/i18n/es/tools/decide';
import ValuesExercise, { type Props } from '../ValuesExercise';

export default function ValuesExerciseEs(props: Omit<Props, 't'>) {
  return <ValuesExercise {...props} t={decide} />;
}
