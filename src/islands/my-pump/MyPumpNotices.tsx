/**
 * What the person should know about keeping their pump details: storage blocked or full (the page
 * still works for this visit), or saved details that could not be read (kept aside, never lost).
 */
import type { ToolStrings } from '@/i18n';
import type { RecordStatus } from '@/stores/record-store';
import { myPumpStore } from '@/stores/my-pump';

const box = 'mt-4 rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';
const button = 'mt-2 min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';

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
        <div className={box} role="status" data-storage-notice={status.save}>
          <p className="font-bold">{status.save === 'full' ? t.full : t.blocked}</p>
          <p className="mt-1">
            {t.stillWorks}
            {status.save === 'full' && (
              <>
                {' '}
                {t.makeRoomBefore} {myData}.
              </>
            )}
          </p>
        </div>
      )}
      {unreadable && (
        <div className={box} role="status" data-unreadable-notice={status.load}>
          <p className="font-bold">{status.load === 'corrupt' ? t.corrupt : t.repaired}</p>
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
              <button type="button" className={button} onClick={() => myPumpStore.unlock()} data-unlock>
                {t.unlock}
              </button>
            </>
          )}
        </div>
      )}
    </>
  );
}
