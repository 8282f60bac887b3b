/**
 * MyPumpTool in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { myPump } from '@/i18n/en/tools/my-pump';
import MyPumpTool, { type Props } from '../MyPumpTool';

export default function MyPumpToolEn(props: Omit<Props, 'lang' | 'strings'>) {
  return <MyPumpTool {...props} lang="en" strings={myPump} />;
}
