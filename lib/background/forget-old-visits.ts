import { forgetLastVisits, lastVisitsUnder } from '../browser/stored-keys';
import { sourceKeyPrefix } from '../crm/account-key';
import type { Crm } from '../pages/record-ref';
import { visitsToForget } from '../metrics/index';

/**
 * After a complete refresh of one org's or portal's book: forgets the last visits
 * `visitsToForget` allows (outside the book and old); says how many went. Housekeeping: a failed
 * storage call leaves the refresh alone and is tried again after the next one.
 */
export async function forgetOldVisits(crm: Crm, source: string, inBook: ReadonlySet<string>, now: Date): Promise<number> {
  try {
    const stale = visitsToForget(await lastVisitsUnder(sourceKeyPrefix(crm, source)), inBook, now);
    if (stale.length) await forgetLastVisits(stale);
    return stale.length;
  } catch {
    return 0;
  }
}
