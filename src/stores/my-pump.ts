/** The My pump record's store (value, status and actions), shared by the islands on /my-pump/. */
import { myPumpRecord } from '@/lib/my-pump/my-pump-record';
import { createRecordStore } from './record-store';

export const myPumpStore = createRecordStore(myPumpRecord);
