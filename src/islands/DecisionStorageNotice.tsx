/**
 * Tells the person, in plain words, when their decision answers cannot be kept in this browser or
 * when old saved answers could not be read. Used inside the decision islands (not hydrated alone).
 */
import type { ToolStrings } from '@/i18n';
import type { DecisionStorageState } from '@/stores/decision';

interface Props {
  storage: DecisionStorageState;
  onUnlock: () => void;
  t: ToolStrings['decide'];
  /** "What this site keeps on this device", in the page's language. */
  myDataHref: string;
}

export default function DecisionStorageNotice({ storage, onUnlock, t, myDataHref }: Props) {
  if (storage.locked) {
    return (
      <div role="alert" className="mb-4 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-storage-notice="locked">
        <p>{t.storageLocked}</p>
        <button type="button" className="mt-3 min-h-11 rounded border-2 border-ink px-4 font-bold" onClick={onUnlock}>
          {t.replaceOld}
        </button>
      </div>
    );
  }
  if (storage.load === 'corrupt' || storage.load === 'repaired') {
    return (
      <div role="alert" className="mb-4 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-storage-notice={storage.load}>
        <p>
          {storage.load === 'repaired' ? t.storageRepaired : t.storageCorrupt} {t.keptCopyBefore}{' '}
          <a href={myDataHref} className="font-bold underline">
            {t.myDataLink}
          </a>
          .
        </p>
      </div>
    );
  }
  if (storage.save !== 'ok') {
    return (
      <div role="alert" className="mb-4 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-storage-notice="unsaved">
        <p>{t.storageUnsaved}</p>
      </div>
    );
  }
  return null;
}
