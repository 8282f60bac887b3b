/** The trial diary's record store (value, status and actions), shared by the islands on /trial-diary/. */
import { trialDiaryRecord } from '@/lib/trial-diary/trial-diary-record';
import { createRecordStore } from './record-store';

export const trialDiaryStore = createRecordStore(trialDiaryRecord);
