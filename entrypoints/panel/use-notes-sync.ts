import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { accountNotesKey } from '../../components/notes/queries';
import { lastAccount, lastRecord, notesChanged } from '../../lib/browser/stored-keys';
import type { RecordRef } from '../../lib/pages/record-ref';
import { accountKeyOf, type AccountSnapshot } from '../../lib/crm/snapshot';

/**
 * Keeps this panel's notes in step with other tabs, and remembers the account for VOC capture
 * (and its record page, whose org the settings page suggests fields from).
 */
export function useNotesSync(snapshot: AccountSnapshot | undefined, record?: RecordRef): void {
  const client = useQueryClient();
  const key = snapshot ? accountKeyOf(snapshot) : null;
  const name = snapshot?.account.name ?? null;
  useEffect(() => {
    if (!key || !name) return;
    void lastAccount.set({ accountKey: key, accountName: name });
    if (record) void lastRecord.set(record);
    return notesChanged.watch((change) => {
      if (change?.accountKey === key || change?.accountKey === '*') void client.invalidateQueries({ queryKey: accountNotesKey(key) });
    });
  }, [client, key, name, record]);
}
