/**
 * SureCheck in Spanish: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { decide } from '@/i18n/es/tools/decide';
import { sure } from '@/i18n/es/tools/sure';
import SureCheck, { type Props } from '../SureCheck';

export default function SureCheckEs(props: Omit<Props, 't' | 'sure'>) {
  return <SureCheck {...props} t={decide} sure={sure} />;
}
