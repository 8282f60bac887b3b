/**
 * The link to "My decision summary". When this browser cannot keep the person's answers, the link
 * carries them after a # (the part of an address browsers never send to the server), so the
 * summary page can still show them.
 */
import { $decision, $decisionStorage, decisionStore } from '@/stores/decision';
import { FRESH_STATUS } from '@/stores/record-store';
import { useStoreAfterHydration } from './ui/hydration';
import { serializeDecision } from '@/lib/decision/decision-record';

interface Props {
  href: string;
  label: string;
}

export default function SummaryLink({ href, label }: Props) {
  // Rendered on the server (client:visible) as the plain link; the answers go in once hydrated.
  const decision = useStoreAfterHydration($decision, decisionStore.kind.empty);
  const storage = useStoreAfterHydration($decisionStorage, FRESH_STATUS);
  const target = storage.save === 'ok' ? href : `${href}#answers=${encodeURIComponent(serializeDecision(decision))}`;
  return (
    <a
      href={target}
      className="inline-flex min-h-11 items-center rounded bg-brand px-4 font-bold text-on-brand no-underline visited:text-on-brand"
      data-summary-link
    >
      {label}
    </a>
  );
}
