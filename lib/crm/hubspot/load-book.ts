import type { BookLoad, BookScope } from '../book';
import { crmError, type CrmError, type CrmResult } from '../errors';
import type { AccountSnapshot } from '../snapshot';
import { hubspotJson, type HubSpotHttp } from './client';
import {
  contactLabelsOf,
  mapContextOf,
  newestTickets,
  npsOf,
  ownerNameOf,
  ticketStagesFor,
  ticketsCutOf,
  type SnapshotDeps,
} from './load-snapshot';
import { companyProperties, contactProperties, DEAL_PROPERTIES, TICKET_PROPERTIES, toAccountSnapshot } from './map-snapshot';
import { companyListMembers } from './lists';
import { loadStages } from './pipelines';
import { ASSOCIATION_BATCH_SIZE, batchRead, readAssociationsBatch, type HsObjectType } from './requests';
import { HsOwnerListSchema, HsOwnerSchema, HsSearchPageSchema, HsTokenInfoSchema, type HsAssociation, type HsObject } from './schemas';

/** Company search pages one refresh reads (200 a page: 2,000 companies, well inside the 10,000 a search pages through). */
export const BOOK_MAX_PAGES = 10;
/** Companies one refresh reads, however they are found. */
const BOOK_MAX_COMPANIES = BOOK_MAX_PAGES * 200;
/** Owner pages read to name the owners of a team's or every account's book (500 a page). */
const OWNER_PAGES = 10;
/** Where HubSpot's app lives when the portal did not say (account details without `uiDomain`). */
const DEFAULT_APP_HOST = 'app.hubspot.com';

export interface HubSpotBookDeps extends SnapshotDeps {
  portal: SnapshotDeps['portal'] & { uiDomain?: string };
  /** Asked before each request: false stops the refresh (the day's budget share is spent). */
  mayRequest: () => boolean;
}

type Links = CrmResult<Map<string, HsAssociation[]>>;

/**
 * The portal's daily limit, if one of `parts` met it. It stops the book there: every later call of
 * the day would be refused too, and rows read with refused parts would replace the stored ones.
 */
function usedUpDay(parts: ReadonlyArray<CrmResult<unknown>>): CrmError | null {
  for (const part of parts) if (!part.ok && part.error.kind === 'rate-limited' && part.error.limit === 'daily') return part.error;
  return null;
}
type Owner = { id: string; name: string | null; teams: readonly string[] };
/** HubSpot's search takes at most 5 filter groups, and an IN filter at most 100 values. */
const MAX_IN_VALUES = 100;
const MAX_FILTER_GROUPS = 5;

/** The owner record of the token's user: the private app's user (token info), then that user as an owner. */
async function tokenOwner(http: HubSpotHttp, portalId: string): Promise<CrmResult<Owner>> {
  const info = await hubspotJson(http, '/oauth/v2/private-apps/get/access-token-info', HsTokenInfoSchema, {
    method: 'POST',
    body: { tokenKey: http.token },
  });
  if (!info.ok) return { ok: false, error: { ...info.error, detail: `HubSpot did not say whose token this is: ${info.error.detail}` } };
  if (info.value.hubId !== portalId)
    return {
      ok: false,
      error: crmError(
        'not-connected',
        `The token kept for portal ${portalId} belongs to portal ${info.value.hubId}: connect it again in Settings → HubSpot`,
      ),
    };
  const owner = await hubspotJson(http, `/crm/v3/owners/${info.value.userId}?idProperty=userId`, HsOwnerSchema);
  if (!owner.ok && owner.error.httpStatus === 404)
    return {
      ok: false,
      error: crmError(
        'not-found',
        `The token's user (${info.value.userId}) is not an owner in portal ${portalId}: choose “All accounts I can see” in Settings → Book of business`,
        { httpStatus: 404 },
      ),
    };
  return owner.ok ? { ok: true, value: { id: owner.value.id, name: ownerNameOf(owner.value), teams: owner.value.teams } } : owner;
}

/** Every owner with their name and teams, by owner id; none when the portal will not say. */
async function listOwners(http: HubSpotHttp): Promise<Map<string, Owner>> {
  const owners = new Map<string, Owner>();
  let after: string | undefined;
  for (let page = 0; page < OWNER_PAGES; page++) {
    const answer = await hubspotJson(
      http,
      `/crm/v3/owners?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      HsOwnerListSchema,
    );
    if (!answer.ok) break;
    for (const owner of answer.value.results) owners.set(owner.id, { id: owner.id, name: ownerNameOf(owner), teams: owner.teams });
    after = answer.value.paging?.next?.after;
    if (!after) break;
  }
  return owners;
}

/** The search's owner filter: the user's own companies, their team's (owners sharing a team with them), or none. */
function ownerFilterGroups(scope: BookScope['owner'], me: Owner | null, owners: ReadonlyMap<string, Owner> | null) {
  if (!me || scope === 'all' || scope === 'list') return { groups: [], cut: false };
  if (scope === 'mine') return { groups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: me.id }] }], cut: false };
  const teams = new Set(me.teams);
  const ids = [me.id, ...[...(owners?.values() ?? [])].filter((o) => o.id !== me.id && o.teams.some((t) => teams.has(t))).map((o) => o.id)];
  const groups = [];
  for (let i = 0; i < ids.length && groups.length < MAX_FILTER_GROUPS; i += MAX_IN_VALUES)
    groups.push({ filters: [{ propertyName: 'hubspot_owner_id', operator: 'IN', values: ids.slice(i, i + MAX_IN_VALUES) }] });
  return { groups, cut: ids.length > MAX_IN_VALUES * MAX_FILTER_GROUPS };
}

/** The company's share of a batch-read part: its own records, in the order of its associations. */
function partOf(part: CrmResult<HsObject[]>, ids: readonly string[]): CrmResult<HsObject[]> {
  if (!part.ok) return part;
  const byId = new Map(part.value.map((r) => [r.id, r]));
  return { ok: true, value: ids.flatMap((id) => byId.get(id) ?? []) };
}

const linksOf = (links: Links, companyId: string): CrmResult<HsAssociation[]> =>
  links.ok ? { ok: true, value: links.value.get(companyId) ?? [] } : links;
const idsOf = (links: CrmResult<readonly HsAssociation[]>) => (links.ok ? links.value.map((a) => a.toObjectId) : []);

/**
 * The companies of the book by CRM search, 200 a page, with the owner filter; `cut` when pages
 * were left. A budget refusal or a failure comes back as the error.
 */
async function searchCompanies(
  http: HubSpotHttp,
  groups: ReturnType<typeof ownerFilterGroups>['groups'],
  properties: readonly string[],
): Promise<CrmResult<{ companies: HsObject[]; cut: boolean }>> {
  const companies: HsObject[] = [];
  let after: string | undefined;
  for (let page = 0; page === 0 || (after && page < BOOK_MAX_PAGES); page++) {
    const answer = await hubspotJson(http, '/crm/v3/objects/companies/search', HsSearchPageSchema, {
      method: 'POST',
      body: {
        filterGroups: groups,
        properties,
        // A stable order, so that `after` pages neither skip nor repeat a company.
        sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
        limit: 200,
        ...(after ? { after } : {}),
      },
    });
    if (!answer.ok) return answer;
    companies.push(...answer.value.results);
    after = answer.value.paging?.next?.after;
  }
  return { ok: true, value: { companies, cut: Boolean(after) } };
}

/** The companies on a list: its member ids, then batch reads of 100 (the list's order: ascending ids). */
async function listCompanies(
  http: HubSpotHttp,
  list: NonNullable<BookScope['list']>,
  properties: readonly string[],
): Promise<CrmResult<{ companies: HsObject[]; cut: boolean }>> {
  const members = await companyListMembers(http, list, BOOK_MAX_COMPANIES);
  if (!members.ok) return members;
  const read = await batchRead(http, 'companies', members.value.ids, properties);
  return read.ok ? { ok: true, value: { companies: read.value, cut: members.value.cut } } : read;
}

/**
 * The book from the portal: the companies the token's user owns (`hubspot_owner_id`), those of
 * the owners who share a team with them, or every company the token can see, by CRM search (200
 * a page), or the companies of a list the CSM chose (its memberships, 250 a page, and batch reads
 * of 100); then, for up to 1,000 companies at a
 * time, their ticket, deal and contact associations in one batch read each, the records in batch
 * reads of 100, and the contacts' NPS answers in searches of 500 contacts. Each company maps as
 * the account view maps it (`toAccountSnapshot`). The budget is asked before every request; when
 * it says no, the companies mapped so far come back with `stoppedBy: 'budget'`.
 */
export async function loadHubSpotBook(scope: Pick<BookScope, 'owner' | 'list'>, deps: HubSpotBookDeps): Promise<CrmResult<BookLoad>> {
  let refused = false;
  const http: HubSpotHttp = {
    ...deps.http,
    mayRequest: () => {
      const ok = deps.mayRequest();
      if (!ok) refused = true;
      return ok;
    },
  };
  const { portalId } = deps.portal;
  const accounts: AccountSnapshot[] = [];
  let skipped = 0;
  const done = (complete: boolean, ownerId: string | null, stoppedBy?: BookLoad['stoppedBy']): CrmResult<BookLoad> => ({
    ok: true,
    value: { source: portalId, ownerId, accounts, complete, ...(stoppedBy ? { stoppedBy } : {}) },
  });

  let owner: Owner | null = null;
  if (scope.owner === 'list' && !scope.list)
    return { ok: false, error: crmError('bad-request', `No list was chosen for portal ${portalId}`, { code: 'NO_LIST' }) };
  if (scope.owner === 'mine' || scope.owner === 'team') {
    const me = await tokenOwner(http, portalId);
    if (!me.ok) return refused ? done(false, null, 'budget') : me;
    owner = me.value;
  }
  const ownerId = owner?.id ?? null;
  // A team's, everyone's or a list's book names each company's owner, and a team's needs their teams.
  const owners = scope.owner === 'mine' ? null : await listOwners(http);
  if (refused) return done(false, ownerId, 'budget');
  const filter = ownerFilterGroups(scope.owner, owner, owners);

  const found =
    scope.owner === 'list' && scope.list
      ? await listCompanies(http, scope.list, companyProperties(deps.settings))
      : await searchCompanies(http, filter.groups, companyProperties(deps.settings));
  if (!found.ok) return refused ? done(false, ownerId, 'budget') : found;
  const { companies } = found.value;

  const now = deps.now().getTime();
  const context = mapContextOf(deps, deps.portal.uiDomain ?? DEFAULT_APP_HOST, now);
  for (let i = 0; i < companies.length; i += ASSOCIATION_BATCH_SIZE) {
    const chunk = companies.slice(i, i + ASSOCIATION_BATCH_SIZE);
    const ids = chunk.map((c) => c.id);
    const associations = (to: HsObjectType) => readAssociationsBatch(http, 'companies', ids, to);
    const [ticketLinks, dealLinks, contactLinks, ticketStages, dealStages] = await Promise.all([
      associations('tickets'),
      associations('deals'),
      associations('contacts'),
      loadStages(http, deps.cache, portalId, 'tickets', now),
      loadStages(http, deps.cache, portalId, 'deals', now),
    ]);
    if (refused) return done(false, ownerId, 'budget');
    const dayEnded = usedUpDay([ticketLinks, dealLinks, contactLinks, ticketStages, dealStages]);
    if (dayEnded) return { ok: false, error: dayEnded };

    const every = (links: Links, pick: (ids: string[]) => string[] = (x) => x) =>
      links.ok ? ids.flatMap((id) => pick(idsOf(linksOf(links, id)))) : [];
    const read = (links: Links, type: HsObjectType, properties: readonly string[], pick?: (ids: string[]) => string[]) =>
      links.ok ? batchRead(http, type, every(links, pick), properties) : links;
    const [tickets, deals, contacts, nps] = await Promise.all([
      read(ticketLinks, 'tickets', TICKET_PROPERTIES, newestTickets),
      read(dealLinks, 'deals', DEAL_PROPERTIES),
      read(contactLinks, 'contacts', contactProperties(deps.settings)),
      contactLinks.ok ? npsOf(http, [...new Set(every(contactLinks))], { groupsPerSearch: 5, maxPages: 50 }) : contactLinks,
    ]);
    const stages = await ticketStagesFor(http, deps.cache, portalId, ticketStages, tickets, now);
    if (refused) return done(false, ownerId, 'budget');
    const ended = usedUpDay([tickets, deals, contacts, nps, stages]);
    if (ended) return { ok: false, error: ended };

    const answersOf = new Map<string, HsObject[]>();
    if (nps.ok)
      for (const answer of nps.value) {
        const contact = answer.properties.hs_contact_id ?? '';
        answersOf.set(contact, [...(answersOf.get(contact) ?? []), answer]);
      }
    for (const company of chunk) {
      const companyTickets = linksOf(ticketLinks, company.id);
      const companyContacts = linksOf(contactLinks, company.id);
      const contactIds = idsOf(companyContacts);
      const mapped = toAccountSnapshot(
        {
          company,
          ownerName: owners ? (owners.get(company.properties.hubspot_owner_id ?? '')?.name ?? null) : (owner?.name ?? null),
          tickets: partOf(tickets, newestTickets(idsOf(companyTickets))),
          ...ticketsCutOf(companyTickets),
          deals: partOf(deals, idsOf(linksOf(dealLinks, company.id))),
          contacts: partOf(contacts, contactIds),
          contactLabels: contactLabelsOf(companyContacts),
          nps: nps.ok ? { ok: true, value: contactIds.flatMap((id) => answersOf.get(id) ?? []) } : nps,
          ticketStages: stages,
          dealStages,
        },
        context,
      );
      // A company that cannot be mapped leaves the book incomplete rather than silently shorter.
      if (mapped.ok) accounts.push(mapped.value);
      else skipped += 1;
    }
  }
  return found.value.cut || filter.cut ? done(false, ownerId, 'page-limit') : done(skipped === 0, ownerId);
}
