/**
 * The link to "My decision summary". When this browser cannot keep the person's answers, the link
 * carries them after a # (the part of an address browsers never send to the server), so the
 * summary page can still show them.
 */
import { useStore } from '@nanostores/react';
import { $decision, $decisionStorage } from '@/stores/decision';
import { serializeDecision } from '@/lib/decision/decision-record';

interface Props {
  href: string;
  label: string;
}

export default function SummaryLink({ href, label }: Props) {
  const decision = useStore($decision);
  const storage = useStore($decisionStorage);
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
