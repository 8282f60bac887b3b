/** Interface text of the tools: What this site keeps on this device, in English (Spanish: src/i18n/es/tools/my-data.ts). */

export const myData = {
  pageTitle: 'What this site keeps on this device',
  pageDescription:
    'See everything this site keeps in your browser, download it as a backup file, restore it, or delete all of it.',
  heading: 'What this site keeps on this device',
  introBefore:
    'Some parts of this site remember what you enter, so you do not lose it. It is kept only in this browser, on this device. It is never sent to us or to anyone else. Read more on the',
  privacyLink: 'privacy page',
  noScript:
    'This page needs JavaScript to show what is kept. Without JavaScript, this site does not keep anything on your device.',
  storageFull: 'Your browser’s storage is full, so this site cannot save anything new on this device.',
  storageBlocked: 'Your browser is not letting this site keep anything on this device right now.',
  storageWhy:
    'This can happen in a private window or with some privacy settings. The site still works, but what you enter is forgotten when you close the page.',
  keptNowHeading: 'What is kept now',
  keepsNothing: 'This site keeps nothing on this device right now.',
  cannotRead: 'We could not read this. Open its page and we will keep a copy and tell you more.',
  someUnreadable: '. Some parts could not be read',
  lastChanged: (when: string) => ` Last changed ${when}.`,
  keptCopyHeading: (record: string) => `A kept copy of ${record.replace(/^Your /, 'your ')}`,
  keptCopyText: (when: string, size: string) =>
    `Saved data that this site could not read, kept on ${when} so that nothing was lost (${size} characters).`,
  unknownRecord: 'data from another version of this site',
  showCopy: 'Show the copy',
  hideCopy: 'Hide the copy',
  deleteCopy: 'Delete this copy',
  keptCopyLabel: 'The kept copy',
  copyUnreadable: '(We could not read it.)',
  otherKeysHeading: 'Other data from this site',
  otherKeys: (n: number) =>
    n === 1
      ? '1 item saved by another version of this site. This version cannot read it. “Delete everything” removes it too.'
      : `${n} items saved by another version of this site. This version cannot read them. “Delete everything” removes them too.`,
  backupHeading: 'Make a backup',
  backupIntro:
    'Download everything above as one file. You can use it to move your data to another browser, or to get it back if this browser forgets it. The file stays on your device; it is not sent anywhere.',
  downloadBackup: 'Download a backup file',
  backupDownloading: 'Your backup file is downloading. Keep it somewhere safe: anyone who opens it can read it.',
  restoreHeading: 'Restore from a backup file',
  restoreIntro:
    'Choose a backup file you downloaded from this site. We check it first and show you what would change. Nothing is changed until you say so.',
  restoreFileLabel: 'Backup file',
  fileTooBig: 'This file is too big to be a backup from this site, so nothing was changed.',
  fileUnopenable: 'We could not open this file, so nothing was changed.',
  notABackup:
    'This file is not a backup from this site, so nothing was changed. Choose a file whose name starts with "pain-pump-guide-backup".',
  newerBackup: 'This backup was made by a newer version of this site, so we cannot read it. Nothing was changed.',
  alreadyHere: 'Everything in this backup is already on this device, so nothing was changed.',
  someUnreadableInFile: ' Some parts of the file could not be read.',
  planHeading: 'What restoring would change',
  planSame: 'already the same here; no change.',
  planAdd: (incoming: string) => `will be added (${incoming}).`,
  planReplace: (current: string, incoming: string) =>
    `what is here now (${current}) will be replaced by the file’s (${incoming}).`,
  planCurrentUnreadable: 'data we could not read',
  planDropped: ' Some parts of it in the file could not be read and will be left out.',
  planKeptCopies: (n: number) =>
    `${n === 1 ? '1 kept copy' : `${n} kept copies`} of data that could not be read will be added.`,
  skipNotRestored: 'will not be restored:',
  skipUnknownKind: 'This version of the site does not know this kind of data.',
  skipNewer: 'It was saved by a newer version of this site.',
  skipUnreadable: 'We could not read it.',
  skipBadCopies: 'We could not read it, or there were too many.',
  skipCopiesName: (n: number) => (n === 1 ? '1 kept copy' : `${n} kept copies`),
  planOthersStay: 'Data on this device that is not in the file stays as it is.',
  restoreThese: 'Restore these',
  cancel: 'Cancel',
  nothingChanged: 'Nothing was changed.',
  restoreFailed: (what: string) => `We could not restore: ${what}. Your browser may be full or blocking storage.`,
  aKeptCopy: 'a kept copy',
  restored: 'Restored from your backup file.',
  deleteHeading: 'Delete everything',
  deleteIntro:
    'This removes everything this site keeps on this device: your question list, your decision aid answers, and every other record and kept copy listed above. It cannot be undone. If you may want it later, download a backup file first.',
  deleteConfirmHeading: 'Delete everything this site keeps on this device?',
  deleteConfirm: 'Yes, delete everything',
  deleteButton: 'Delete everything',
  deleteBlocked:
    'Your browser is not letting this site use its storage, so we could not delete anything. You can clear it in your browser settings.',
  deletePartly:
    'Some data could not be deleted. Your browser may be blocking storage. You can also clear it in your browser settings.',
  deleted: 'Everything this site kept on this device has been deleted.',
  copyDeleted: 'The kept copy has been deleted.',
  copyNotDeleted: 'We could not delete the kept copy.',
} as const;
