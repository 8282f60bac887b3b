/**
 * SiteDataManager in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props). Views pick the wrapper of
 * their language; everything else is passed through as props.
 */
import { tools } from '@/i18n/en/tools';
import SiteDataManager, { type Props } from '../SiteDataManager';

export default function SiteDataManagerEn(props: Omit<Props, 'lang' | 'strings' | 'records'>) {
  return <SiteDataManager {...props} lang="en" strings={tools.myData} records={tools.records} />;
}
