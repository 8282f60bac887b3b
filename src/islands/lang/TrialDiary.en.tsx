/**
 * TrialDiary in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { trialDiary } from '@/i18n/en/tools/trial-diary';
import TrialDiary, { type Props } from '../TrialDiary';

export default function TrialDiaryEn(props: Omit<Props, 'lang' | 'strings'>) {
  return <TrialDiary {...props} lang="en" strings={trialDiary} />;
}
