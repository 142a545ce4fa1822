import type { RecordRef } from '../../pages/record-ref';
import type { SalesforceSettings } from '../../settings/salesforce-settings';
import { crmError, type CrmResult } from '../errors';
import { AccountSnapshotSchema, type AccountSnapshot } from '../snapshot';
import { API_VERSION, salesforceRequest, type HttpDeps } from './client';
import { salesforceError } from './errors';
import { mapSalesforceSnapshot, type RawAccountView, type RawPart } from './map-snapshot';
import { ACCOUNT_ID, accountQueries } from './queries';
import { SfCompositeResultSchema, SfQueryResultSchema, SfSObjectSchema } from './schemas';
import type { SalesforceSession } from './session';

type SalesforceRef = Extract<RecordRef, { crm: 'salesforce' }>;
const LISTS = ['cases', 'opportunities', 'contracts', 'contacts', 'nps'] as const;

export interface SnapshotDeps extends HttpDeps {
  now: () => Date;
  /** YYYY-MM-DD in the user's time zone. */
  today: string;
}

/**
 * The composite request of one account view: the record's account (through the page record's
 * AccountId when the page is a Contact, Opportunity, Case or Contract) and its five lists, in a
 * single round trip. Sub-requests fail on their own (allOrNone false).
 */
export function buildCompositeRequest(ref: SalesforceRef, settings: SalesforceSettings) {
  const base = `/services/data/${API_VERSION}`;
  const subrequests: Array<{ method: 'GET'; url: string; referenceId: string }> = [];
  let accountId = ref.recordId;
  if (ref.objectType !== 'Account') {
    subrequests.push({ method: 'GET', url: `${base}/sobjects/${ref.objectType}/${ref.recordId}?fields=AccountId`, referenceId: 'record' });
    accountId = '@{record.AccountId}';
  }
  // The whole Account row (no field list): a mapped field the org lacks then blanks only the
  // part it feeds instead of failing the view, and CurrencyIsoCode comes when the org has it.
  subrequests.push({ method: 'GET', url: `${base}/sobjects/Account/${accountId}`, referenceId: 'account' });
  const queries = accountQueries(settings);
  for (const name of LISTS) {
    const q = encodeURIComponent(queries[name]).replaceAll(ACCOUNT_ID, accountId);
    subrequests.push({ method: 'GET', url: `${base}/query?q=${q}`, referenceId: name });
  }
  return { allOrNone: false, compositeRequest: subrequests };
}

async function listPart(session: SalesforceSession, status: number, body: unknown, deps: HttpDeps): Promise<RawPart> {
  if (status >= 300) return { ok: false, error: salesforceError(status, body) };
  const first = SfQueryResultSchema.safeParse(body);
  if (!first.success) return { ok: false, error: crmError('bad-response', 'A query answer did not have the documented shape') };
  const records = [...first.data.records];
  let next = first.data.done ? undefined : first.data.nextRecordsUrl;
  // Only very large lists come in more than one page; each further page is one GET.
  while (next) {
    const page = await salesforceRequest(session, next, deps);
    if (!page.ok) return page;
    const parsed = SfQueryResultSchema.safeParse(page.value);
    if (!parsed.success) return { ok: false, error: crmError('bad-response', 'A query page did not have the documented shape') };
    records.push(...parsed.data.records);
    next = parsed.data.done ? undefined : parsed.data.nextRecordsUrl;
  }
  return { ok: true, records: records as Array<Record<string, unknown>> };
}

export async function fetchSalesforceSnapshot(
  ref: SalesforceRef,
  session: SalesforceSession,
  settings: SalesforceSettings,
  deps: SnapshotDeps,
): Promise<CrmResult<AccountSnapshot>> {
  const answer = await salesforceRequest(session, `/services/data/${API_VERSION}/composite`, deps, {
    method: 'POST',
    body: buildCompositeRequest(ref, settings),
  });
  if (!answer.ok) return answer;
  const composite = SfCompositeResultSchema.safeParse(answer.value);
  if (!composite.success) return { ok: false, error: crmError('bad-response', 'The composite answer did not have the documented shape') };
  const byRef = new Map(composite.data.compositeResponse.map((r) => [r.referenceId, r]));

  for (const id of ['record', 'account']) {
    const sub = byRef.get(id);
    if (id === 'record' && ref.objectType === 'Account') continue;
    if (!sub) return { ok: false, error: crmError('bad-response', `The composite answer has no “${id}” part`) };
    if (sub.httpStatusCode >= 300) return { ok: false, error: salesforceError(sub.httpStatusCode, sub.body) };
  }
  const account = SfSObjectSchema.safeParse(byRef.get('account')!.body);
  if (!account.success) return { ok: false, error: crmError('bad-response', 'The account record did not have the documented shape') };

  const parts = await Promise.all(
    LISTS.map((name) => {
      const sub = byRef.get(name);
      return sub
        ? listPart(session, sub.httpStatusCode, sub.body, deps)
        : Promise.resolve<RawPart>({ ok: false, error: crmError('bad-response', `No “${name}” part in the answer`) });
    }),
  );
  const [cases, opportunities, contracts, contacts, nps] = parts as [RawPart, RawPart, RawPart, RawPart, RawPart];
  const view: RawAccountView = { account: account.data as Record<string, unknown>, cases, opportunities, contracts, contacts, nps };
  const snapshot = mapSalesforceSnapshot(view, {
    settings,
    pageHost: ref.host,
    orgId: session.orgId,
    fetchedAt: deps.now().toISOString(),
    today: deps.today,
  });
  const checked = AccountSnapshotSchema.safeParse(snapshot);
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, error: crmError('bad-response', `The mapped snapshot is invalid: ${checked.error.issues[0]?.message ?? ''}`) };
}
