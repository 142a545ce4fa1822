import type { AccountSnapshot } from './snapshot.ts';

// Apart from the snapshot's schema, so code that only needs the key (the book row) does not build it.

/** The account's key across the store: `crm:org-or-portal:accountId` (notes, history, checklists). */
export function accountKeyOf(snapshot: Pick<AccountSnapshot, 'crm' | 'source' | 'account'>): string {
  return `${sourceKeyPrefix(snapshot.crm, snapshot.source)}${snapshot.account.id}`;
}

/** What the key of every account of one org or portal starts with. */
export function sourceKeyPrefix(crm: AccountSnapshot['crm'], source: string): string {
  return `${crm}:${source}:`;
}
