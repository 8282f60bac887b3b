/**
 * SureCheck in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props). Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { tools } from '@/i18n/en/tools';
import SureCheck, { type Props } from '../SureCheck';

export default function SureCheckEn(props: Omit<Props, 't' | 'sure'>) {
  return <SureCheck {...props} t={tools.decide} sure={tools.sure} />;
}
