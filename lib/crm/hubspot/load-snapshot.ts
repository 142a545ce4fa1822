import type { RefOf } from '../connector';
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
} from './map-snapshot';
import { loadStages, type Stages } from './pipelines';
import { batchRead, primaryOf, readAssociations, searchAll, type HsObjectType } from './requests';
import { HsObjectSchema, HsOwnerSchema, type HsAssociation, type HsObject } from './schemas';
import type { HubSpotSettings } from './settings';
import type { ConnectorCache } from '../connector';

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

/** NPS answers of these contacts: one search per 100 contacts, all in parallel, newest first. */
/** A company with more tickets than MAX_TICKETS is read from its newest ones: the part says how many of how many. */
function ticketsCutOf(links: CrmResult<HsAssociation[]>): { ticketsCut?: { read: number; total: number } } {
  return links.ok && links.value.length > MAX_TICKETS ? { ticketsCut: { read: MAX_TICKETS, total: links.value.length } } : {};
}

async function npsOf(http: HubSpotHttp, contactIds: readonly string[]): Promise<CrmResult<HsObject[]>> {
  if (contactIds.length === 0) return { ok: true, value: [] };
  const chunks: string[][] = [];
  for (let i = 0; i < contactIds.length; i += CONTACTS_PER_SEARCH) chunks.push(contactIds.slice(i, i + CONTACTS_PER_SEARCH));
  const answers = await Promise.all(
    chunks.map((ids) =>
      searchAll(http, 'feedback_submissions', {
        filterGroups: [
          {
            filters: [
              { propertyName: 'hs_survey_type', operator: 'EQ', value: 'NPS' },
              { propertyName: 'hs_contact_id', operator: 'IN', values: ids },
            ],
          },
        ],
        properties: FEEDBACK_PROPERTIES,
        sorts: [{ propertyName: 'hs_submission_timestamp', direction: 'DESCENDING' }],
      }),
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

async function ownerName(http: HubSpotHttp, ownerId: string | null | undefined): Promise<string | null> {
  if (!ownerId || !/^\d+$/.test(ownerId)) return null;
  const owner = await hubspotJson(http, `/crm/v3/owners/${ownerId}`, HsOwnerSchema);
  if (!owner.ok) return null;
  return [owner.value.firstName, owner.value.lastName].filter(Boolean).join(' ') || owner.value.email || null;
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
    after(ticketLinks, (ids) => batchRead(http, 'tickets', ids.sort(byNewestId).slice(-MAX_TICKETS), TICKET_PROPERTIES)),
    after(dealLinks, (ids) => batchRead(http, 'deals', ids, DEAL_PROPERTIES)),
    after(contactLinks, (ids) => batchRead(http, 'contacts', ids, contactProperties(settings))),
    after(contactLinks, (ids) => npsOf(http, ids)),
  ]);

  // A stage added since the day's cache: read the pipelines again rather than guess.
  let stages: CrmResult<Stages> = ticketStages;
  const known = ticketStages.ok ? ticketStages.value : null;
  if (
    known &&
    !ticketStages.fresh &&
    tickets.ok &&
    tickets.value.some((t) => t.properties.hs_pipeline_stage && !(t.properties.hs_pipeline_stage in known))
  ) {
    stages = await loadStages(http, deps.cache, portal.portalId, 'tickets', now, { force: true });
  }

  const contactLabels = Object.fromEntries(
    (contactLinks.ok ? contactLinks.value : []).map((a) => [a.toObjectId, a.associationTypes.map((t) => t.label ?? '').filter(Boolean)]),
  );
  return toAccountSnapshot(
    {
      company: company.value,
      ownerName: owner,
      tickets,
      ...ticketsCutOf(ticketLinks),
      deals,
      contacts,
      contactLabels,
      nps,
      ticketStages: stages,
      dealStages,
    },
    {
      settings,
      portalId: portal.portalId,
      portalTimeZone: portal.timeZone,
      currency: portal.currency,
      pageHost: ref.host,
      fetchedAt: new Date(now).toISOString(),
      today: deps.today,
    },
  );
}
