/**
 * SiteDataManager in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { myData } from '@/i18n/en/tools/my-data';
import { records } from '@/i18n/en/tools/records';
import SiteDataManager, { type Props } from '../SiteDataManager';

export default function SiteDataManagerEn(props: Omit<Props, 'lang' | 'strings' | 'records'>) {
  return <SiteDataManager {...props} lang="en" strings={myData} records={records} />;
}
