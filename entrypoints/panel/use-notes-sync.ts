import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { lastAccount } from '../../lib/browser/last-account';
import { accountKeyOf, type AccountSnapshot } from '../../lib/crm/snapshot';
import { notesChanged } from '../../lib/store/notes-changed';


/** Keeps this panel's notes in step with other tabs, and remembers the account for VOC capture. */
export function useNotesSync(snapshot: AccountSnapshot | undefined): void {
  const client = useQueryClient();
  const key = snapshot ? accountKeyOf(snapshot) : null;
  const name = snapshot?.account.name ?? null;
  useEffect(() => {
    if (!key || !name) return;
    void lastAccount.set({ accountKey: key, accountName: name });
    return notesChanged.watch((change) => {
      if (change?.accountKey === key || change?.accountKey === '*') void client.invalidateQueries({ queryKey: ['notes', key] });
    });
  }, [client, key, name]);
}
