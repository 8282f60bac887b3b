/**
 * Tells the person, in plain words, when their decision answers cannot be kept in this browser or
 * when old saved answers could not be read. Used inside the decision islands (not hydrated alone).
 */
import type { DecisionStorageState } from '@/stores/decision';

interface Props {
  storage: DecisionStorageState;
  onUnlock: () => void;
}

export default function DecisionStorageNotice({ storage, onUnlock }: Props) {
  if (storage.locked) {
    return (
      <div role="alert" className="mb-4 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-storage-notice="locked">
        <p>
          Some answers saved earlier in this browser could not be read. We have not changed them. Your new answers will not
          be kept until you choose to replace the old ones.
        </p>
        <button type="button" className="mt-3 min-h-11 rounded border-2 border-ink px-4 font-bold" onClick={onUnlock}>
          Replace the old answers
        </button>
      </div>
    );
  }
  if (storage.load === 'corrupt' || storage.load === 'repaired') {
    return (
      <div role="alert" className="mb-4 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-storage-notice={storage.load}>
        <p>
          {storage.load === 'repaired'
            ? 'Some of the answers saved earlier in this browser could not be read, so they are not shown. The rest are here.'
            : 'The answers saved earlier in this browser could not be read, so they are not shown.'}{' '}
          A copy of what was saved is kept in this browser, in case you need it. You can see it or delete it on the page{' '}
          <a href="/my-data/" className="font-bold underline">
            What this site keeps on this device
          </a>
          .
        </p>
      </div>
    );
  }
  if (storage.save !== 'ok') {
    return (
      <div role="alert" className="mb-4 rounded border-l-8 border-urgent bg-urgent-soft p-4" data-storage-notice="unsaved">
        <p>
          This browser is not letting the site keep your answers. They work on this page, but they will be gone when you
          close it. Your summary link below still carries them.
        </p>
      </div>
    );
  }
  return null;
}
