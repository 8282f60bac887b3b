/**
 * What the person should know about keeping their pump details: storage blocked or full (the page
 * still works for this visit), or saved details that could not be read (kept aside, never lost).
 */
import type { RecordStatus } from '@/stores/record-store';
import { myPumpStore } from '@/stores/my-pump';
import { ROUTES } from '@/lib/site';

const box = 'mt-4 rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';
const button = 'mt-2 min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';

export default function MyPumpNotices({ status }: { status: RecordStatus }) {
  const unreadable = status.load === 'corrupt' || status.load === 'repaired';
  return (
    <>
      {status.save !== 'ok' && (
        <div className={box} role="status" data-storage-notice={status.save}>
          <p className="font-bold">
            {status.save === 'full'
              ? 'Your browser’s storage is full, so your pump details are not being saved.'
              : 'Your browser is not letting this site save your pump details.'}
          </p>
          <p className="mt-1">
            You can still fill in the page and print your card and handover sheet now, but what you type will be gone
            when you close this page.
            {status.save === 'full' && (
              <>
                {' '}
                To make room, delete kept copies on <a href={ROUTES.myData}>What this site keeps on this device</a>.
              </>
            )}
          </p>
        </div>
      )}
      {unreadable && (
        <div className={box} role="status" data-unreadable-notice={status.load}>
          <p className="font-bold">
            {status.load === 'corrupt'
              ? 'Your saved pump details could not be read, so this page started empty.'
              : 'Some of your saved pump details could not be read. The rest are shown below.'}
          </p>
          {status.keptKey ? (
            <p className="mt-1">
              Nothing is lost: we kept a copy of what was saved. You can see it or delete it on{' '}
              <a href={ROUTES.myData}>What this site keeps on this device</a>.
            </p>
          ) : null}
          {status.locked && (
            <>
              <p className="mt-1">
                There was no room to keep a copy, so nothing you type now is saved over it. Download a backup on{' '}
                <a href={ROUTES.myData}>What this site keeps on this device</a> first if you want to keep it.
              </p>
              <button type="button" className={button} onClick={() => myPumpStore.unlock()} data-unlock>
                Start saving my new details
              </button>
            </>
          )}
        </div>
      )}
    </>
  );
}
