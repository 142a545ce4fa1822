import type { z } from 'zod';
import type { ConnectorCache, RefOf } from '../connector';
import { crmError, type CrmResult } from '../errors';
import type { AccountSnapshot } from '../snapshot';
import { hubspotJson, type HubSpotHttp } from './client';
import {
  companyProperties,
  contactProperties,
  DEAL_PROPERTIES,
  FEEDBACK_PROPERTIES,
  TICKET_PROPERTIES,
  toAccountSnapshot,
  type MapContext,
} from './map-snapshot';
import { loadStages, type Stages } from './pipelines';
import { batchRead, chunksOf, pool, primaryOf, readAssociations, SEARCH_CONCURRENCY, searchAll, type HsObjectType } from './requests';
import { HsObjectSchema, HsOwnerSchema, type HsAssociation, type HsObject } from './schemas';
import type { HubSpotSettings } from './settings';

type HubSpotRef = RefOf<'hubspot'>;

export interface SnapshotDeps {
  http: HubSpotHttp;
  cache: ConnectorCache;
  settings: HubSpotSettings;
  /** The portal as learned when connecting. */
  portal: { portalId: string; timeZone: string; currency: string };
  now: () => Date;
  /** YYYY-MM-DD in the CSM's time zone. */
  today: string;
}

const OBJECT_PATH: Record<HubSpotRef['objectType'], HsObjectType> = {
  company: 'companies',
  contact: 'contacts',
  deal: 'deals',
  ticket: 'tickets',
};
/** Contacts whose NPS answers one search asks for (one IN filter). */
const CONTACTS_PER_SEARCH = 100;
/** The newest tickets read for a company: beyond this the oldest (long closed) are left out. */
export const MAX_TICKETS = 2000;

/** The company a record page belongs to: the company itself, or the primary company of a contact, deal or ticket. */
export async function companyOf(ref: HubSpotRef, http: HubSpotHttp): Promise<CrmResult<string>> {
  if (ref.objectType === 'company') return { ok: true, value: ref.recordId };
  const links = await readAssociations(http, OBJECT_PATH[ref.objectType], ref.recordId, 'companies');
  if (!links.ok) return links;
  const company = primaryOf(links.value);
  return company
    ? { ok: true, value: company }
    : { ok: false, error: crmError('not-found', `This ${ref.objectType} is not associated with a company`) };
}

const byNewestId = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** The ticket ids a view reads: the newest MAX_TICKETS (HubSpot ids grow with time). */
export const newestTickets = (ids: readonly string[]) => [...ids].sort(byNewestId).slice(-MAX_TICKETS);

/** A company with more tickets than MAX_TICKETS is read from its newest ones: the part says how many of how many. */
export function ticketsCutOf(links: CrmResult<readonly HsAssociation[]>): { ticketsCut?: { read: number; total: number } } {
  return links.ok && links.value.length > MAX_TICKETS ? { ticketsCut: { read: MAX_TICKETS, total: links.value.length } } : {};
}

/** Association labels of each contact to the company (the champion label among them). */
export const contactLabelsOf = (links: CrmResult<readonly HsAssociation[]>): Record<string, string[]> =>
  Object.fromEntries(
    (links.ok ? links.value : []).map((a) => [a.toObjectId, a.associationTypes.map((t) => t.label ?? '').filter(Boolean)]),
  );

/**
 * NPS answers of these contacts, newest first: 100 contacts a filter group, `groupsPerSearch`
 * groups a search (HubSpot allows five), a few searches at a time.
 */
export async function npsOf(
  http: HubSpotHttp,
  contactIds: readonly string[],
  options: { groupsPerSearch?: number; maxPages?: number } = {},
): Promise<CrmResult<HsObject[]>> {
  if (contactIds.length === 0) return { ok: true, value: [] };
  const searches = chunksOf(contactIds, CONTACTS_PER_SEARCH * (options.groupsPerSearch ?? 1));
  const answers = await pool(searches, SEARCH_CONCURRENCY, (ids) =>
    searchAll(
      http,
      'feedback_submissions',
      {
        filterGroups: chunksOf(ids, CONTACTS_PER_SEARCH).map((values) => ({
          filters: [
            { propertyName: 'hs_survey_type', operator: 'EQ', value: 'NPS' },
            { propertyName: 'hs_contact_id', operator: 'IN', values },
          ],
        })),
        properties: FEEDBACK_PROPERTIES,
        sorts: [{ propertyName: 'hs_submission_timestamp', direction: 'DESCENDING' }],
      },
      options.maxPages,
    ),
  );
  const out: HsObject[] = [];
  for (const answer of answers) {
    if (!answer.ok) {
      // Portals without Service Hub feedback surveys have no such object.
      return answer.error.kind === 'not-found'
        ? {
            ok: false,
            error: {
              ...answer.error,
              kind: 'unsupported-object',
              detail: `this portal has no feedback submissions (${answer.error.detail})`,
            },
          }
        : answer;
    }
    out.push(...answer.value);
  }
  return { ok: true, value: out };
}

/** An owner as the account shows it: the name, else the email. */
export const ownerNameOf = (owner: z.infer<typeof HsOwnerSchema>): string | null =>
  [owner.firstName, owner.lastName].filter(Boolean).join(' ') || owner.email || null;

async function ownerName(http: HubSpotHttp, ownerId: string | null | undefined): Promise<string | null> {
  if (!ownerId || !/^\d+$/.test(ownerId)) return null;
  const owner = await hubspotJson(http, `/crm/v3/owners/${ownerId}`, HsOwnerSchema);
  return owner.ok ? ownerNameOf(owner.value) : null;
}

/** The ticket stages, read again when a ticket sits in a stage added since the day's cache (rather than guess). */
export async function ticketStagesFor(
  http: HubSpotHttp,
  cache: ConnectorCache,
  portalId: string,
  stages: CrmResult<Stages> & { fresh?: boolean },
  tickets: CrmResult<readonly HsObject[]>,
  now: number,
): Promise<CrmResult<Stages>> {
  const known = stages.ok ? stages.value : null;
  const unknown =
    known &&
    !stages.fresh &&
    tickets.ok &&
    tickets.value.some((t) => t.properties.hs_pipeline_stage && !(t.properties.hs_pipeline_stage in known));
  return unknown ? loadStages(http, cache, portalId, 'tickets', now, { force: true }) : stages;
}

/**
 * One company view from the portal in as few waves as the API allows. Wave 1 (parallel): the
 * company's properties, its ticket, deal and contact associations, and the pipelines (cached for a
 * day). Wave 2 (parallel): batch reads of the tickets, deals and contacts (100 ids a call), the
 * NPS search by contact and the owner. A contact, deal or ticket page first finds its company.
 * A part the portal refuses (a missing scope) fails alone; the company failing fails the view.
 * Never throws.
 */
export async function loadHubSpotSnapshot(ref: HubSpotRef, deps: SnapshotDeps): Promise<CrmResult<AccountSnapshot>> {
  const { http, settings, portal } = deps;
  const companyId = await companyOf(ref, http);
  if (!companyId.ok) return companyId;
  const id = companyId.value;
  const now = deps.now().getTime();

  const [company, ticketLinks, dealLinks, contactLinks, ticketStages, dealStages] = await Promise.all([
    hubspotJson(http, `/crm/v3/objects/companies/${id}?properties=${companyProperties(settings).join(',')}`, HsObjectSchema),
    readAssociations(http, 'companies', id, 'tickets'),
    readAssociations(http, 'companies', id, 'deals'),
    readAssociations(http, 'companies', id, 'contacts'),
    loadStages(http, deps.cache, portal.portalId, 'tickets', now),
    loadStages(http, deps.cache, portal.portalId, 'deals', now),
  ]);
  if (!company.ok) return company;

  // The second wave leaves all at once: one round trip however the first wave's answers trickled in.
  const idsOf = (links: CrmResult<HsAssociation[]>) => (links.ok ? links.value.map((a) => a.toObjectId) : []);
  const after = <T>(
    links: CrmResult<HsAssociation[]>,
    read: (ids: string[]) => Promise<CrmResult<T>>,
  ): Promise<CrmResult<T>> | CrmResult<T> => (links.ok ? read(idsOf(links)) : links);
  const [owner, tickets, deals, contacts, nps] = await Promise.all([
    ownerName(http, company.value.properties.hubspot_owner_id),
    after(ticketLinks, (ids) => batchRead(http, 'tickets', newestTickets(ids), TICKET_PROPERTIES)),
    after(dealLinks, (ids) => batchRead(http, 'deals', ids, DEAL_PROPERTIES)),
    after(contactLinks, (ids) => batchRead(http, 'contacts', ids, contactProperties(settings))),
    after(contactLinks, (ids) => npsOf(http, ids)),
  ]);

  return toAccountSnapshot(
    {
      company: company.value,
      ownerName: owner,
      tickets,
      ...ticketsCutOf(ticketLinks),
      deals,
      contacts,
      contactLabels: contactLabelsOf(contactLinks),
      nps,
      ticketStages: await ticketStagesFor(http, deps.cache, portal.portalId, ticketStages, tickets, now),
      dealStages,
    },
    mapContextOf(deps, ref.host, now),
  );
}

/** How a company of this portal maps: its settings, calendar and currency, and where its links point. */
export const mapContextOf = (deps: Pick<SnapshotDeps, 'settings' | 'portal' | 'today'>, pageHost: string, now: number): MapContext => ({
  settings: deps.settings,
  portalId: deps.portal.portalId,
  portalTimeZone: deps.portal.timeZone,
  currency: deps.portal.currency,
  pageHost,
  fetchedAt: new Date(now).toISOString(),
  today: deps.today,
});
