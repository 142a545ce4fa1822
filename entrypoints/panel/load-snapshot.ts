import { browser } from 'wxt/browser';
import { crmError, type CrmResult } from '../../lib/crm/errors';
import { loadSalesforceView } from '../../lib/crm/salesforce/load-view';
import type { SalesforceSession } from '../../lib/crm/salesforce/session';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import { SalesforceSessionResponseSchema } from '../../lib/messages/messages';
import type { RecordRef } from '../../lib/pages/record-ref';
import { salesforceSettings } from '../../lib/settings/stored-settings';
import { dayInTimeZone, userTimeZone } from '../../lib/time/today';

/** The user's Salesforce session for a page host, looked up by the background. */
export async function requestSalesforceSession(pageHost: string): Promise<CrmResult<SalesforceSession>> {
  const answer = SalesforceSessionResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'salesforce-session', pageHost }));
  return answer.success ? answer.data : { ok: false, error: crmError('bad-response', 'The background answered out of shape') };
}

// The org's schema, kept for the panel's life until the background loads snapshots through the
// connector (with its store-backed cache): one describe per org and panel.
const schemas = new Map<string, unknown>();
const schemaCache = { get: async (key: string) => schemas.get(key), set: async (key: string, value: unknown) => void schemas.set(key, value) };

/** Page record → the user's session → one snapshot from the CRM. */
export async function loadSnapshot(
  ref: RecordRef,
  signal: AbortSignal,
  session: (pageHost: string) => Promise<CrmResult<SalesforceSession>>,
): Promise<CrmResult<AccountSnapshot>> {
  if (ref.crm === 'hubspot') {
    // The HubSpot connection (token, CRM v3 client) plugs in here.
    return { ok: false, error: crmError('not-connected', 'HubSpot connection not set up') };
  }
  const [found, settings] = await Promise.all([session(ref.host), salesforceSettings.get()]);
  if (!found.ok) return found;
  const now = new Date();
  return loadSalesforceView(ref, found.value, settings, {
    fetch: (input, init) => fetch(input, init),
    cache: schemaCache,
    signal,
    now: () => now,
    today: dayInTimeZone(now, userTimeZone()),
  });
}
