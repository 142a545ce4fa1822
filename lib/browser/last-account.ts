import { RecordRefSchema } from '../pages/record-ref-schema';
import type { RecordRef } from '../pages/record-ref';
import { storedValue } from './local-storage-item';

/** The account the CSM looked at last: where a VOC captured elsewhere goes by default. */
export const lastAccount = storedValue('ui.lastAccount', (raw) =>
  raw && typeof raw === 'object' && typeof (raw as { accountKey?: unknown }).accountKey === 'string' && typeof (raw as { accountName?: unknown }).accountName === 'string'
    ? (raw as { accountKey: string; accountName: string })
    : null,
);

/** The record page a panel showed last: the settings page reads that org's fields and that account's values. */
export const lastRecord = storedValue('ui.lastRecord', (raw): RecordRef | null => {
  const parsed = RecordRefSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
});
