/**
 * DecisionSummary in English: the island with this language's interface text built in, so a page
 * ships one language (message functions cannot travel as island props), and only the
 * parts of the tools' words it uses. Views pick the wrapper of
 * their language; everything else is passed through as props. The SURE items are content
 * (content/decision/sure.yaml): the view passes them in and they join the answer labels here.
 */
import { decide } from '@/i18n/en/tools/decide';
import type { SureItem } from '@/lib/decision/sure';
import { sure } from '@/i18n/en/tools/sure';
import DecisionSummary, { type Props } from '../DecisionSummary';

export default function DecisionSummaryEn({
  sureItems,
  ...props
}: Omit<Props, 'lang' | 't' | 'sure'> & { sureItems: readonly SureItem[] }) {
  return <DecisionSummary {...props} lang="en" t={decide} sure={{ ...sure, items: sureItems }} />;
}
