import { z } from 'zod';
import { dayInTimeZone } from '../../time/today';
import type { BookLoad, BookScope } from '../book';
import { crmError, type CrmResult } from '../errors';
import type { CrmSchema } from '../schema';
import type { AccountSnapshot } from '../snapshot';
import type { SalesforceSettings } from '../../settings/salesforce-settings';
import { API_BASE, salesforceJson } from './client';
import { salesforceError } from './errors';
import { explainListError, readListPart, type SnapshotDeps } from './fetch-account-snapshot';
import type { ListViewFilter } from './list-view-query';
import { readListViewFilter } from './list-views';
import { missingFieldError, toAccountSnapshot, type RawAccountView, type RawPart } from './map-snapshot';
import {
  CHILD_LISTS,
  childListShapes,
  fieldName,
  FIELD_OBJECT,
  npsList,
  selectable,
  soqlString,
  unmappableSettings,
  type ChildListName,
} from './queries';
import { SfCompositeResultSchema, SfQueryResultSchema, type SfCompositeSubrequest, type SfQueryResult } from './schemas';
import type { SalesforceSession } from './session';

/** A book runs to this many pages of 200 accounts (2,000 accounts); past that the refresh says it stopped. */
export const BOOK_MAX_PAGES = 10;
/** NPS answers read for one page of 200 accounts. */
const BOOK_NPS_LIMIT = 2000;

export interface BookDeps extends SnapshotDeps {
  /** Asked before each request: false stops the refresh (the budget share is spent). */
  mayRequest: () => boolean;
}

type Raw = Record<string, unknown>;

/** Chatter's "who am I" (User Detail): the session's user id. */
const MeSchema = z.looseObject({ id: z.string().regex(/^005[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/) });

/**
 * Which accounts the book query reads: an owner's (the user's id or composite reference, and
 * whether their team's accounts count too: the user's and their direct reports', through
 * User.ManagerId), a list view's (its scope and condition), or null for every account the user can see.
 */
export type BookAccountFilter = { owner: { id: string; team: boolean } } | { listView: ListViewFilter } | null;

/** The query's `USING SCOPE … WHERE …` part (with a trailing space), or nothing. */
function filterClause(filter: BookAccountFilter): string {
  if (filter === null) return '';
  if ('listView' in filter) {
    const { scope, where } = filter.listView;
    return `${scope ? `USING SCOPE ${scope} ` : ''}${where ? `WHERE ${where} ` : ''}`;
  }
  const id = soqlString(filter.owner.id);
  return filter.owner.team ? `WHERE OwnerId IN (SELECT Id FROM User WHERE Id = ${id} OR ManagerId = ${id}) ` : `WHERE OwnerId = ${id} `;
}

/**
 * The book's account query: every Account field the metrics read that the org has, the owner's
 * name, the champion through its lookup, and the four child lists as parent–child subqueries —
 * one query for 200 accounts with everything but NPS — over the accounts `filter` keeps. A list
 * view's condition is the view's own statement, taken whole: it is the org's, not the CSM's text.
 */
export function bookAccountQuery(
  settings: SalesforceSettings,
  schema: CrmSchema,
  filter: BookAccountFilter,
): { soql: string; lists: ReturnType<typeof childListShapes> } {
  const f = settings.fields;
  const missing = unmappableSettings(settings, schema);
  const accountFields = (Object.keys(FIELD_OBJECT) as Array<keyof typeof FIELD_OBJECT>)
    .filter((k) => FIELD_OBJECT[k] === 'Account' && f[k] !== '' && !missing.includes(k))
    .map((k) => f[k]);
  const fields = selectable(schema, 'Account', [
    'Id',
    'Name',
    'Type',
    'Industry',
    'OwnerId',
    'Owner.Name',
    'CurrencyIsoCode',
    'CreatedDate',
    'LastActivityDate',
    ...accountFields,
  ]);
  // The champion comes through its lookup, so that it is there however many contacts the account has.
  if (f.champion && !missing.includes('champion') && !missing.includes('contactLeft') && schema.objects.Contact) {
    const relationship = /__c$/i.test(f.champion) ? `${f.champion.slice(0, -3)}__r` : f.champion.replace(/Id$/, '');
    fields.push(
      ...selectable(schema, 'Contact', ['Id', 'Name', 'Email', 'Title', 'AccountId', f.contactLeft]).map(
        (c) => `${fieldName(relationship)}.${fieldName(c)}`,
      ),
    );
  }
  const lists = childListShapes(settings, schema);
  const subqueries = CHILD_LISTS.flatMap((name) => {
    const s = lists[name];
    return 'select' in s ? [`(SELECT ${s.select} FROM ${s.relationship} ${s.filter ? `WHERE ${s.filter} ` : ''}${s.order})`] : [];
  });
  const path = (p: string) => p.split('.').map(fieldName).join('.');
  return { soql: `SELECT ${[...fields.map(path), ...subqueries].join(', ')} FROM Account ${filterClause(filter)}ORDER BY Name`, lists };
}

const query = (soql: string) => `${API_BASE}/query?q=${encodeURIComponent(soql)}`;
// The composite reference must stay literal for Salesforce to replace it.
const ME_REF = '@{me.id}';

/**
 * The user's book from the org: one composite call (who am I, and the first 200 owned accounts
 * with their child lists as subqueries), one composite call per page for its NPS answers and the
 * survey subjects that tie them to accounts, one GET per further page. A list view's book first
 * reads the view (one composite call: is it there and SOQL-compatible, and its statement; the
 * accounts query cannot take its condition by composite reference, only its whole statement) and
 * needs no "who am I". Before each request the budget is asked; when it says no, what was read so
 * far comes back with `stoppedBy: 'budget'`.
 */
export async function loadSalesforceBook(
  session: SalesforceSession,
  scope: Pick<BookScope, 'owner' | 'host' | 'list'>,
  settings: SalesforceSettings,
  schema: CrmSchema,
  deps: BookDeps,
): Promise<CrmResult<BookLoad & { staleSchema: boolean }>> {
  const accounts: AccountSnapshot[] = [];
  let skipped = 0;
  const done = (complete: boolean, ownerId: string | null, extra: Partial<BookLoad & { staleSchema: boolean }> = {}) => ({
    ok: true as const,
    value: { source: session.orgId, ownerId, accounts, complete, staleSchema: false, ...extra },
  });
  if (!deps.mayRequest()) return done(false, null, { stoppedBy: 'budget' });

  const byOwner = scope.owner === 'mine' || scope.owner === 'team';
  let filter: BookAccountFilter = byOwner ? { owner: { id: ME_REF, team: scope.owner === 'team' } } : null;
  if (scope.owner === 'list') {
    if (!scope.list) return { ok: false, error: crmError('bad-request', 'No list view was chosen for this org', { code: 'NO_LIST' }) };
    const view = await readListViewFilter(session, scope.list, deps);
    if (!view.ok) return view;
    if (!deps.mayRequest()) return done(false, null, { stoppedBy: 'budget' });
    filter = { listView: view.value };
  }
  let built;
  try {
    built = bookAccountQuery(settings, schema, filter);
  } catch (error) {
    return { ok: false, error: crmError('bad-request', error instanceof Error ? error.message : String(error)) };
  }
  const sub: SfCompositeSubrequest[] = [];
  if (byOwner) sub.push({ method: 'GET', url: `${API_BASE}/chatter/users/me`, referenceId: 'me' });
  sub.push({ method: 'GET', url: query(built.soql).replaceAll(encodeURIComponent(ME_REF), ME_REF), referenceId: 'accounts' });
  const first = await salesforceJson(session, `${API_BASE}/composite`, SfCompositeResultSchema, deps, {
    method: 'POST',
    body: { allOrNone: false, compositeRequest: sub },
  });
  if (!first.ok) return first;
  const byRef = new Map(first.value.compositeResponse.map((r) => [r.referenceId, r]));
  let ownerId: string | null = null;
  if (byOwner) {
    const me = byRef.get('me');
    if (!me || me.httpStatusCode >= 300)
      return {
        ok: false,
        error: me ? salesforceError(me.httpStatusCode, me.body) : crmError('bad-response', 'The composite answer lacks the user'),
      };
    const parsed = MeSchema.safeParse(me.body);
    if (!parsed.success)
      return { ok: false, error: crmError('bad-response', 'The current user answer does not have the documented shape') };
    ownerId = parsed.data.id;
  }
  const page = byRef.get('accounts');
  if (!page) return { ok: false, error: crmError('bad-response', 'The composite answer lacks the accounts') };
  if (page.httpStatusCode >= 300) {
    const error = salesforceError(page.httpStatusCode, page.body);
    const stale = page.httpStatusCode === 400 && (error.code === 'INVALID_FIELD' || error.code === 'INVALID_TYPE');
    return stale ? done(false, ownerId, { staleSchema: true }) : { ok: false, error };
  }
  const parsed = SfQueryResultSchema.safeParse(page.body);
  if (!parsed.success)
    return { ok: false, error: crmError('bad-response', 'The accounts query answer does not have the documented shape') };
  let current: SfQueryResult = parsed.data;
  const unmappable = unmappableSettings(settings, schema);
  for (let pages = 1; ; pages++) {
    const now = deps.now();
    const nps = await pageNps(session, current.records, settings, schema, deps);
    if (nps === 'budget') return done(false, ownerId, { stoppedBy: 'budget' });
    for (const record of current.records) {
      const view = await accountView(session, record, built.lists, nps, settings, deps);
      const mapped = toAccountSnapshot(view, {
        settings,
        pageHost: scope.host,
        orgId: session.orgId,
        fetchedAt: now.toISOString(),
        today: deps.today ?? dayInTimeZone(now, 'UTC'),
        unmappable,
      });
      // A row that cannot be mapped leaves the book incomplete rather than silently shorter.
      if (mapped.ok) accounts.push(mapped.value);
      else skipped += 1;
    }
    const next = current.done ? undefined : current.nextRecordsUrl;
    if (!next) return done(skipped === 0, ownerId);
    if (pages >= BOOK_MAX_PAGES) return done(false, ownerId, { stoppedBy: 'page-limit' });
    if (!deps.mayRequest()) return done(false, ownerId, { stoppedBy: 'budget' });
    const more = await salesforceJson(session, next, SfQueryResultSchema, deps);
    if (!more.ok) return more;
    current = more.value;
  }
}

/** One account's raw view from its query row: child lists from the subqueries (further pages read), NPS from the page's answers. */
async function accountView(
  session: SalesforceSession,
  record: Raw,
  lists: ReturnType<typeof childListShapes>,
  nps: Map<string, RawPart> | RawPart,
  settings: SalesforceSettings,
  deps: BookDeps,
): Promise<RawAccountView> {
  const parts = {} as Record<ChildListName, RawPart>;
  for (const name of CHILD_LISTS) {
    const plan = lists[name];
    if ('skip' in plan) parts[name] = { ok: false, missing: plan.skip };
    else if ('invalid' in plan)
      parts[name] = { ok: false, error: missingFieldError(settings, plan.invalid, name === 'contacts' ? 'Contact' : 'Contract') };
    else {
      // No children: the API answers null, not an empty list.
      const child = (record[plan.relationship] ?? { totalSize: 0, done: true, records: [] }) as SfQueryResult;
      const raw = await readListPart(session, { body: child, httpStatusCode: 200, referenceId: name }, deps);
      parts[name] = raw.ok ? raw : { ok: false, error: explainListError(name, raw.error, settings) };
    }
  }
  const id = String(record.Id).slice(0, 15);
  const championField = settings.fields.champion;
  const championRel = championField && /__c$/i.test(championField) ? `${championField.slice(0, -3)}__r` : championField.replace(/Id$/, '');
  const champion = championField ? record[championRel] : null;
  return {
    account: record,
    ownerName: null,
    champion: champion && typeof champion === 'object' ? (champion as Raw) : null,
    ...parts,
    nps: nps instanceof Map ? (nps.get(id) ?? { ok: true, records: [] }) : nps,
  };
}

/**
 * The page's NPS answers by account (15-character id): one composite call with two queries, the
 * answers about the page's accounts and the survey subjects that say which account each is about.
 */
async function pageNps(
  session: SalesforceSession,
  records: Raw[],
  settings: SalesforceSettings,
  schema: CrmSchema,
  deps: BookDeps,
): Promise<Map<string, RawPart> | RawPart | 'budget'> {
  const ids = records.map((r) => String(r.Id));
  if (!ids.length) return new Map();
  const inIds = `IN (${ids.map(soqlString).join(', ')})`;
  const plan = npsList(schema, inIds, BOOK_NPS_LIMIT);
  if ('skip' in plan) return { ok: false, missing: plan.skip };
  if (!('soql' in plan)) return { ok: false, missing: 'no-object' };
  if (!deps.mayRequest()) return 'budget';
  const answer = await salesforceJson(session, `${API_BASE}/composite`, SfCompositeResultSchema, deps, {
    method: 'POST',
    body: {
      allOrNone: false,
      compositeRequest: [
        { method: 'GET', url: query(plan.soql), referenceId: 'nps' },
        { method: 'GET', url: query(`SELECT ParentId, SubjectId FROM SurveySubject WHERE SubjectId ${inIds}`), referenceId: 'subjects' },
      ],
    },
  });
  if (!answer.ok) return { ok: false, error: answer.error };
  const byRef = new Map(answer.value.compositeResponse.map((r) => [r.referenceId, r]));
  const [nps, subjects] = await Promise.all([
    readListPart(session, byRef.get('nps'), deps),
    readListPart(session, byRef.get('subjects'), deps),
  ]);
  if (!nps.ok) return { ok: false, error: explainListError('nps', nps.error, settings) };
  if (!subjects.ok) return { ok: false, error: subjects.error };
  const accountOf = new Map(subjects.records.map((s) => [String(s.ParentId).slice(0, 15), String(s.SubjectId).slice(0, 15)]));
  const out = new Map<string, RawPart>();
  for (const r of nps.records) {
    const account = accountOf.get(String(r.InvitationId).slice(0, 15));
    if (!account) continue;
    const part = out.get(account) ?? { ok: true as const, records: [] };
    if (part.ok && 'records' in part) part.records.push(r);
    out.set(account, part);
  }
  return out;
}
