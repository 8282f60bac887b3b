/**
 * Tells the person, in plain words, when their decision answers cannot be kept in this browser or
 * when old saved answers could not be read. Used inside the decision islands (not hydrated alone).
 */
import type { ToolStrings } from '@/i18n';
import type { DecisionStorageState } from '@/stores/decision';
import { Button } from './ui/Button';
import { Notice } from './ui/Notice';

interface Props {
  storage: DecisionStorageState;
  onUnlock: () => void;
  t: ToolStrings['decide'];
  /** "What this site keeps on this device", in the page's language. */
  myDataHref: string;
}

export default function DecisionStorageNotice({ storage, onUnlock, t, myDataHref }: Props) {
  const unreadable = storage.load === 'corrupt' || storage.load === 'repaired';
  if (!storage.locked && !unreadable && storage.save === 'ok') return null;
  const kind = storage.locked ? 'locked' : unreadable ? storage.load : 'unsaved';
  return (
    <Notice role="alert" className="mb-4" data-storage-notice={kind}>
      {storage.locked && (
        <>
          <p>{t.storageLocked}</p>
          <Button className="mt-3" onClick={onUnlock}>
            {t.replaceOld}
          </Button>
        </>
      )}
      {!storage.locked && unreadable && (
        <p>
          {storage.load === 'repaired' ? t.storageRepaired : t.storageCorrupt} {t.keptCopyBefore}{' '}
          <a href={myDataHref} className="font-bold underline">
            {t.myDataLink}
          </a>
          .
        </p>
      )}
      {kind === 'unsaved' && <p>{t.storageUnsaved}</p>}
    </Notice>
  );
}
