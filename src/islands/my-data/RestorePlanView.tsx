/**
 * What a backup file would change on this device (/my-data/), shown before anything is restored:
 * each record added, replaced or already the same, what is skipped and why, and the two choices.
 */
import type { RefObject } from 'react';
import type { ToolStrings } from '@/i18n';
import type { RestorePlan } from '@/lib/storage/backup';
import type { RecordFacts } from '@/lib/storage/record-kind';
import { Button, ButtonRow } from '../ui/Button';
import type { RecordWords } from './record-words';

interface Props {
  plan: RestorePlan;
  /** Gets focus when the plan appears, so keyboard and screen-reader users land on it. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRestore: () => void;
  onCancel: () => void;
  recordLabel: (id: string) => string;
  recordWords: (id: string) => RecordWords | undefined;
  summaryOf: (id: string, facts: RecordFacts) => string;
  t: ToolStrings['myData'];
}

export default function RestorePlanView({
  plan,
  headingRef,
  onRestore,
  onCancel,
  recordLabel,
  recordWords,
  summaryOf,
  t,
}: Props) {
  const SKIP_REASON = {
    'unknown-kind': t.skipUnknownKind,
    newer: t.skipNewer,
    unreadable: t.skipUnreadable,
    'bad-copies': t.skipBadCopies,
  };
  return (
    <div className="mt-4 rounded border-2 border-brand p-4" data-restore-plan>
      <h3 ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {t.planHeading}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {plan.changes.map((change) => (
          <li key={change.kind.id} data-restore-change={change.action}>
            <strong>{recordLabel(change.kind.id)}</strong>:{' '}
            {change.action === 'same'
              ? t.planSame
              : change.action === 'add'
                ? t.planAdd(summaryOf(change.kind.id, change.incoming))
                : t.planReplace(
                    change.current ? summaryOf(change.kind.id, change.current) : t.planCurrentUnreadable,
                    summaryOf(change.kind.id, change.incoming),
                  )}
            {change.dropped > 0 && t.planDropped}
          </li>
        ))}
        {plan.keptCopies.length > 0 && <li>{t.planKeptCopies(plan.keptCopies.length)}</li>}
        {plan.skipped.map((skip, i) => (
          <li key={`skip-${i}`} data-restore-skip>
            <strong>
              {skip.what === 'kept-copies' ? t.skipCopiesName(skip.count) : (recordWords(skip.id)?.label ?? skip.id)}
            </strong>{' '}
            {t.skipNotRestored} {SKIP_REASON[skip.reason]}
          </li>
        ))}
      </ul>
      <p className="mt-2">{t.planOthersStay}</p>
      <ButtonRow className="mt-3 gap-2">
        <Button variant="primary" onClick={onRestore}>
          {t.restoreThese}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </ButtonRow>
    </div>
  );
}
