import { accountKeyOf, type AccountSnapshot } from '../crm/snapshot';
import { applyImports } from '../imports/apply-imports';
import type { MatchableAccount } from '../imports/match-accounts';
import { readImportedSignals } from '../store/imported-signals';
import { latestSnapshotPerAccount } from '../store/snapshot-list';

/**
 * The accounts an import can match rows to: every account the CSM has opened (its cached
 * snapshot). An account never opened is unknown to us; the import page says so.
 */
export async function matchableAccounts(): Promise<MatchableAccount[]> {
  return (await latestSnapshotPerAccount()).map(({ snapshot }) => ({
    accountKey: accountKeyOf(snapshot),
    id: snapshot.account.id,
    name: snapshot.account.name,
    website: snapshot.account.website ?? null,
  }));
}

/** The connector's snapshot with the account's imported signals merged in. */
export async function withImports(snapshot: AccountSnapshot): Promise<AccountSnapshot> {
  try {
    return applyImports(snapshot, await readImportedSignals(accountKeyOf(snapshot)));
  } catch (error) {
    // The store failing must not cost the CSM the CRM's own data: show the snapshot as the CRM gave it.
    console.warn('[success-lens imports] imported signals could not be read', error);
    return snapshot;
  }
}
