import { dayInTimeZone } from '../../time/today';
import type { RecordRef } from '../../pages/record-ref';
import type { SalesforceFieldSetting, SalesforceSettings } from '../../settings/salesforce-settings';
import { crmError, type CrmError, type CrmResult } from '../errors';
import type { CrmSchema } from '../schema';
import type { AccountSnapshot } from '../snapshot';
import { API_BASE, salesforceJson, type HttpDeps } from './client';
import { salesforceError } from './errors';
import { missingFieldError, toAccountSnapshot, type RawAccountView, type RawPart } from './map-snapshot';
import { buildCompositeRequest } from './account-view-request';
import { ACCOUNT_LINK, LISTS, unmappableSettings, type ListName } from './queries';
import { SfCompositeResultSchema, SfQueryResultSchema, SfSObjectSchema, type SfCompositeResult } from './schemas';
import type { SalesforceSession } from './session';

export { buildCompositeRequest } from './account-view-request';

type SalesforceRef = Extract<RecordRef, { crm: 'salesforce' }>;
type SubResult = SfCompositeResult['compositeResponse'][number];

export interface SnapshotDeps extends HttpDeps {
  now: () => Date;
  /** YYYY-MM-DD in the user's time zone (usage periods end today); the UTC day of `now` if absent. */
  today?: string;
}

/** A list that runs past this many extra pages is cut there (each page is one more GET). */
const MAX_EXTRA_PAGES = 10;

// Which settings feed which list, to name the mapping to fix when the org lacks a field.
const LIST_FIELDS: Record<ListName, { objectType: string; settings: SalesforceFieldSetting[] }> = {
  cases: { objectType: 'Case', settings: [] },
  opportunities: { objectType: 'Opportunity', settings: [] },
  contracts: { objectType: 'Contract', settings: ['contractValue'] },
  contacts: { objectType: 'Contact', settings: ['contactLeft'] },
  nps: { objectType: 'SurveyQuestionResponse', settings: [] },
};

/** The sentence-sized reason of a list's failure: which setting to fix, or which feature the org lacks. */
export function explainListError(name: ListName, error: CrmError, settings: SalesforceSettings): CrmError {
  if (error.kind === 'invalid-field') {
    const key = LIST_FIELDS[name].settings.find(
      (k) => settings.fields[k] !== '' && settings.fields[k].toLowerCase() === error.field?.toLowerCase(),
    );
    if (key) return missingFieldError(settings, key, LIST_FIELDS[name].objectType, error);
  }
  if (name === 'nps' && error.kind === 'unsupported-object') {
    // The schema said the org has Feedback Management, the query says otherwise: stale schema.
    return { ...error, detail: `this org has no Feedback Management (${error.detail})` };
  }
  return error;
}

/** A list subrequest's answer with every further page (`nextRecordsUrl`: extra GETs only then). */
export async function readListPart(
  session: SalesforceSession,
  sub: SubResult | undefined,
  deps: HttpDeps,
): Promise<Exclude<RawPart, { missing: unknown }>> {
  if (!sub) return { ok: false, error: crmError('bad-response', 'The composite answer lacks a list') };
  if (sub.httpStatusCode >= 300) return { ok: false, error: salesforceError(sub.httpStatusCode, sub.body) };
  const first = SfQueryResultSchema.safeParse(sub.body);
  if (!first.success)
    return { ok: false, error: crmError('bad-response', `The “${sub.referenceId}” query answer does not have the documented shape`) };
  const records: Array<Record<string, unknown>> = [...first.data.records];
  let next = first.data.done ? undefined : first.data.nextRecordsUrl;
  for (let pages = 0; next && pages < MAX_EXTRA_PAGES; pages++) {
    const page = await salesforceJson(session, next, SfQueryResultSchema, deps);
    if (!page.ok) return page;
    records.push(...page.value.records);
    next = page.value.done ? undefined : page.value.nextRecordsUrl;
  }
  // Pages left unread: the part says so rather than passing the first ones off as all.
  return { ok: true, records, ...(next ? { cut: { read: records.length, total: first.data.totalSize } } : {}) };
}

/** The answers that mean the schema we built the view from is out of date. */
const STALE_SCHEMA_CODES = new Set(['INVALID_FIELD', 'INVALID_TYPE']);

/**
 * One account view from the org: the record's account and its cases, opportunities, contracts,
 * contacts and NPS answers in ONE composite round trip (further GETs only for lists that run past
 * a page), every query built from fields the org's schema has. A list the org cannot answer
 * blanks only its own part; the account failing fails the view with its error. `staleSchema` says
 * the org refused a field or object the schema listed (describe again, then retry once). Never throws.
 */
export async function fetchAccountSnapshot(
  ref: SalesforceRef,
  session: SalesforceSession,
  settings: SalesforceSettings,
  schema: CrmSchema,
  deps: SnapshotDeps,
): Promise<CrmResult<{ snapshot: AccountSnapshot; accountId: string; staleSchema: boolean }>> {
  let built;
  try {
    built = buildCompositeRequest(ref, settings, schema);
  } catch (error) {
    return { ok: false, error: crmError('bad-request', error instanceof Error ? error.message : String(error)) };
  }
  const answer = await salesforceJson(session, `${API_BASE}/composite`, SfCompositeResultSchema, deps, {
    method: 'POST',
    body: built.request,
  });
  if (!answer.ok) return answer;
  const byRef = new Map(answer.value.compositeResponse.map((r) => [r.referenceId, r]));
  const staleSchema = answer.value.compositeResponse.some(
    (r) => r.httpStatusCode === 400 && STALE_SCHEMA_CODES.has(salesforceError(400, r.body).code ?? ''),
  );

  // The page's record leads to the account; without one there is no account view.
  if (ACCOUNT_LINK[ref.objectType]) {
    const record = byRef.get('record');
    if (!record) return { ok: false, error: crmError('bad-response', 'The composite answer lacks the page record') };
    if (record.httpStatusCode >= 300) return { ok: false, error: salesforceError(record.httpStatusCode, record.body) };
    const link = (record.body as Record<string, unknown> | null)?.[ACCOUNT_LINK[ref.objectType]!];
    if (typeof link !== 'string' || link === '') {
      return { ok: false, error: crmError('not-found', `This ${ref.objectType} is not linked to an account`) };
    }
  }
  const accountSub = byRef.get('account');
  if (!accountSub) return { ok: false, error: crmError('bad-response', 'The composite answer lacks the account') };
  if (accountSub.httpStatusCode >= 300) return { ok: false, error: salesforceError(accountSub.httpStatusCode, accountSub.body) };
  const account = SfSObjectSchema.safeParse(accountSub.body);
  if (!account.success) return { ok: false, error: crmError('bad-response', 'The account record does not have the documented shape') };

  // The owner's name, the champion and recent activities are extras: when they fail (no access, lookup empty) the view goes on.
  const ok = (name: string) => {
    const sub = byRef.get(name);
    return sub && sub.httpStatusCode < 300 && sub.body && typeof sub.body === 'object' ? (sub.body as Record<string, unknown>) : null;
  };
  const ownerName = ok('owner')?.Name;

  const lists = await Promise.all(
    LISTS.map(async (name): Promise<[ListName, RawPart]> => {
      const plan = built.lists[name];
      if ('skip' in plan) return [name, { ok: false, missing: plan.skip }];
      if ('invalid' in plan) return [name, { ok: false, error: missingFieldError(settings, plan.invalid, LIST_FIELDS[name].objectType) }];
      const raw = await readListPart(session, byRef.get(name), deps);
      return [name, raw.ok ? raw : { ok: false, error: explainListError(name, raw.error, settings) }];
    }),
  );
  const part = Object.fromEntries(lists) as Record<ListName, RawPart>;

  const records = (name: 'tasks' | 'events') => {
    const list = ok(name)?.records;
    return Array.isArray(list) ? { [name]: list.filter((r): r is Record<string, unknown> => Boolean(r) && typeof r === 'object') } : {};
  };
  const view: RawAccountView = {
    account: account.data as Record<string, unknown>,
    ownerName: typeof ownerName === 'string' ? ownerName : null,
    champion: ok('champion'),
    ...records('tasks'),
    ...records('events'),
    ...part,
  };
  const now = deps.now();
  const mapped = toAccountSnapshot(view, {
    settings,
    pageHost: ref.host,
    orgId: session.orgId,
    fetchedAt: now.toISOString(),
    today: deps.today ?? dayInTimeZone(now, 'UTC'),
    unmappable: unmappableSettings(settings, schema),
  });
  return mapped.ok ? { ok: true, value: { snapshot: mapped.value, accountId: mapped.value.account.id, staleSchema } } : mapped;
}
