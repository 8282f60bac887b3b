/**
 * The list of what the site keeps on this device (/my-data/): each record with its summary, each
 * kept copy of unreadable data (show it, delete it) and a count of other keys the site does not know.
 */
import type { ToolStrings } from '@/i18n';
import { formatCount } from '@/lib/i18n/intl';
import type { Lang } from '@/lib/i18n/lang';
import type { SiteData } from '@/lib/storage/site-data';
import { Button, ButtonRow } from '../ui/Button';
import { KeptValue } from '../ui/KeptValue';
import type { RecordWords } from './record-words';

interface Props {
  data: SiteData;
  /** Kept copies the person opened, by key, with their text. */
  shown: Record<string, string>;
  onToggleCopy: (key: string) => void;
  onDeleteCopy: (key: string) => void;
  recordLabel: (id: string) => string;
  recordWords: (id: string) => RecordWords | undefined;
  when: (ms: number) => string;
  lang: Lang;
  t: ToolStrings['myData'];
}

export default function KeptList({
  data,
  shown,
  onToggleCopy,
  onDeleteCopy,
  recordLabel,
  recordWords,
  when,
  lang,
  t,
}: Props) {
  return (
    <ul className="mt-3 space-y-3">
      {data.records.map((record) => (
        <li key={record.kind.id} className="rounded border-2 border-line p-3" data-record={record.kind.id}>
          <h3 className="font-bold">{recordLabel(record.kind.id)}</h3>
          <p>{recordWords(record.kind.id)?.description}</p>
          {record.summary === null ? (
            <p className="mt-1 font-bold">{t.cannotRead}</p>
          ) : (
            <p className="mt-1">
              <span data-record-summary>{recordWords(record.kind.id)?.summary(record.summary)}</span>
              {record.dropped > 0 && t.someUnreadable}.
              {record.changedAt !== undefined && t.lastChanged(when(record.changedAt))}
            </p>
          )}
        </li>
      ))}
      {data.keptCopies.map((copy) => (
        <li key={copy.key} className="rounded border-2 border-urgent p-3" data-kept-copy={copy.key}>
          <h3 className="font-bold">{t.keptCopyHeading(recordLabel(copy.recordId))}</h3>
          <p>{t.keptCopyText(when(copy.keptAt), formatCount(copy.size, lang))}</p>
          <ButtonRow className="mt-2 gap-2">
            <Button aria-expanded={copy.key in shown} onClick={() => onToggleCopy(copy.key)}>
              {copy.key in shown ? t.hideCopy : t.showCopy}
            </Button>
            <Button onClick={() => onDeleteCopy(copy.key)}>{t.deleteCopy}</Button>
          </ButtonRow>
          {copy.key in shown && <KeptValue value={shown[copy.key]!} label={t.keptCopyLabel} />}
        </li>
      ))}
      {data.otherKeys.length > 0 && (
        <li className="rounded border-2 border-line p-3" data-other-keys>
          <h3 className="font-bold">{t.otherKeysHeading}</h3>
          <p>{t.otherKeys(data.otherKeys.length)}</p>
        </li>
      )}
    </ul>
  );
}
