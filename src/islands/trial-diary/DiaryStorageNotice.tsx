/** Tells the person when the diary cannot be kept in this browser, or saved data could not be read. */
import { useStore } from '@nanostores/react';
import type { ReactNode } from 'react';
import type { DiaryWords } from '@/lib/trial-diary/diary';
import { trialDiaryStore } from '@/stores/trial-diary';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';

export default function DiaryStorageNotice({ myDataHref, t }: { myDataHref: string; t: DiaryWords }) {
  const status = useStore(trialDiaryStore.$status);
  const notes: ReactNode[] = [];
  const myData = <a href={myDataHref}>{t.myDataLink}</a>;
  if (status.load === 'repaired' || status.load === 'corrupt') {
    notes.push(
      <p key="unreadable">
        {status.load === 'corrupt' ? t.storageCorrupt : t.storageRepaired} {t.keptCopyBefore} {myData}
        {t.keptCopyAfter}
      </p>,
    );
  }
  if (status.locked) {
    notes.push(
      <p key="locked">
        {t.lockedNote} <Button onClick={() => trialDiaryStore.unlock()}>{t.unlock}</Button>
      </p>,
    );
  }
  if (status.save === 'unavailable' || status.load === 'unavailable') {
    notes.push(<p key="blocked">{t.storageBlocked}</p>);
  } else if (status.save === 'full') {
    notes.push(
      <p key="full">
        {t.storageFullBefore} {myData}
        {t.storageFullAfter}
      </p>,
    );
  }
  if (notes.length === 0) return null;
  return (
    <Notice className="mt-4" data-print="hide" data-diary-storage-notice>
      {notes}
    </Notice>
  );
}
