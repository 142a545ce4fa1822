import { storedValue } from './local-storage-item';

/** The account the CSM looked at last: where a VOC captured elsewhere goes by default. */
export const lastAccount = storedValue('ui.lastAccount', (raw) =>
  raw && typeof raw === 'object' && typeof (raw as { accountKey?: unknown }).accountKey === 'string' && typeof (raw as { accountName?: unknown }).accountName === 'string'
    ? (raw as { accountKey: string; accountName: string })
    : null,
);
