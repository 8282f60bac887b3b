/**
 * Every record the site keeps in this browser. Adding a record is one entry here (see
 * docs/storage.md). The "What this site keeps" page, the backup file and "delete all" read this
 * list, so a record that is not here is not backed up or described (though "delete all" still
 * removes every `ppg:` key).
 */
import { decisionRecord } from '../decision/decision-record';
import { questionRecord } from '../questions/question-record';
import type { AnyRecordKind } from './record-kind';
import { trialDiaryRecord } from '../trial-diary/trial-diary-record';
import { myPumpRecord } from '../my-pump/my-pump-record';

/** In the order the "What this site keeps" page lists them. */
export const RECORD_KINDS: readonly AnyRecordKind[] = [questionRecord, decisionRecord, myPumpRecord, trialDiaryRecord];

/** The record kind with this id, or undefined. */
export function recordKindById(id: string): AnyRecordKind | undefined {
  return RECORD_KINDS.find((kind) => kind.id === id);
}

/** The record kind stored under this key, or undefined. */
export function recordKindByKey(key: string): AnyRecordKind | undefined {
  return RECORD_KINDS.find((kind) => kind.key === key);
}
