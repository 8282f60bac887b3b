/**
 * TrialDiary in Spanish: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props). Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { tools } from '@/i18n/es/tools';
import TrialDiary, { type Props } from '../TrialDiary';

export default function TrialDiaryEs(props: Omit<Props, 'lang' | 'strings'>) {
  return <TrialDiary {...props} lang="es" strings={tools.trialDiary} />;
}
