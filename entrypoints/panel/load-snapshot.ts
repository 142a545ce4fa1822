import { browser } from 'wxt/browser';
import { crmError, type CrmResult } from '../../lib/crm/errors';
import { fetchSalesforceSnapshot } from '../../lib/crm/salesforce/fetch-account-snapshot';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import { SalesforceSessionResponseSchema } from '../../lib/messages/messages';
import type { RecordRef } from '../../lib/pages/record-ref';
import { salesforceSettings } from '../../lib/settings/stored-settings';
import { dayInTimeZone, userTimeZone } from '../../lib/time/today';

/** Page record → the user's session → one snapshot from the CRM. */
export async function loadSnapshot(ref: RecordRef, signal: AbortSignal): Promise<CrmResult<AccountSnapshot>> {
  if (ref.crm === 'hubspot') {
    // The HubSpot connection (token, CRM v3 client) plugs in here.
    return { ok: false, error: crmError('not-connected', 'HubSpot connection not set up') };
  }
  const answer = SalesforceSessionResponseSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'salesforce-session', pageHost: ref.host }),
  );
  if (!answer.success) return { ok: false, error: crmError('bad-response', 'The background answered out of shape') };
  if (!answer.data.ok) return answer.data;
  const now = new Date();
  return fetchSalesforceSnapshot(ref, answer.data.value, await salesforceSettings.get(), {
    fetch: (input, init) => fetch(input, init),
    signal,
    now: () => now,
    today: dayInTimeZone(now, userTimeZone()),
  });
}
