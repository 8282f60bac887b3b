/**
 * What the person should know about keeping their pump details: storage blocked or full (the page
 * still works for this visit), or saved details that could not be read (kept aside, never lost).
 */
import type { ToolStrings } from '@/i18n';
import type { RecordStatus } from '@/stores/record-store';
import { myPumpStore } from '@/stores/my-pump';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';

interface Props {
  status: RecordStatus;
  strings: ToolStrings['myPump']['notices'];
  /** "What this site keeps on this device", in the page's language. */
  myDataHref: string;
}

export default function MyPumpNotices({ status, strings: t, myDataHref }: Props) {
  const unreadable = status.load === 'corrupt' || status.load === 'repaired';
  const myData = <a href={myDataHref}>{t.myDataLink}</a>;
  return (
    <>
      {status.save !== 'ok' && (
        <Notice
          className="mt-4"
          role="status"
          title={status.save === 'full' ? t.full : t.blocked}
          data-storage-notice={status.save}
        >
          <p className="mt-1">
            {t.stillWorks}
            {status.save === 'full' && (
              <>
                {' '}
                {t.makeRoomBefore} {myData}.
              </>
            )}
          </p>
        </Notice>
      )}
      {unreadable && (
        <Notice
          className="mt-4"
          role="status"
          title={status.load === 'corrupt' ? t.corrupt : t.repaired}
          data-unreadable-notice={status.load}
        >
          {status.keptKey ? (
            <p className="mt-1">
              {t.keptBefore} {myData}.
            </p>
          ) : null}
          {status.locked && (
            <>
              <p className="mt-1">
                {t.lockedBefore} {myData}.
              </p>
              <Button className="mt-2" onClick={() => myPumpStore.unlock()} data-unlock>
                {t.unlock}
              </Button>
            </>
          )}
        </Notice>
      )}
    </>
  );
}
