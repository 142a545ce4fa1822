// The sample portals' API on api.hubapi.com: account details, the private-app token info,
// properties, pipelines, owners, object reads and lists, the Lists API (search, fetch, memberships), v4 associations with paging and their
// batch read, batch reads, search, and notes create, with the documented answer and error shapes
// (every property value a string) and the daily rate-limit headers (none on search answers, as
// HubSpot sends none there). The token picks the portal, its scopes and its user. Faults can be switched on as a real portal answers them: 401, 403
// MISSING_SCOPES, 429 TEN_SECONDLY_ROLLING and DAILY with their headers, 500, malformed, a hang,
// and added latency. It plays HubSpot: nothing here comes from lib/.
import type { SampleBook } from './book.ts';
import {
  buildPortal,
  EU_PIPELINES,
  US_PIPELINES,
  type HsRecord,
  type ObjectType,
  type SampleList,
  type SamplePortal,
} from './hubspot-portal.ts';
import type { ApiRequest, ApiResponse } from './salesforce-api.ts';

export const HUBSPOT_US_PORTAL = '4400123';
export const HUBSPOT_EU_PORTAL = '26451234';
/** Tokens the sample accepts: each is a portal with a set of scopes. */
export const HUBSPOT_TOKENS = {
  us: 'pat-na1-sample-0000',
  /** The US portal without crm.objects.feedback_submissions.read (NPS). */
  usNoFeedback: 'pat-na1-sample-nofeedback',
  /** The US portal without crm.lists.read (a list as the book). */
  usNoLists: 'pat-na1-sample-nolists',
  eu: 'pat-eu1-sample-0000',
} as const;

export const ALL_SCOPES = [
  'crm.objects.companies.read',
  'crm.objects.contacts.read',
  'crm.objects.deals.read',
  'tickets',
  'crm.objects.feedback_submissions.read',
  'crm.objects.owners.read',
  'crm.lists.read',
  'crm.objects.contacts.write',
];
const SCOPE_OF: Record<string, string> = {
  companies: 'crm.objects.companies.read',
  contacts: 'crm.objects.contacts.read',
  deals: 'crm.objects.deals.read',
  tickets: 'tickets',
  feedback_submissions: 'crm.objects.feedback_submissions.read',
  owners: 'crm.objects.owners.read',
  lists: 'crm.lists.read',
  notes: 'crm.objects.contacts.write',
};

export type HubSpotFaultMode = 'none' | 'ten-secondly' | 'daily' | 'server-error' | 'malformed' | 'hang';
export interface HubSpotFaults {
  mode?: HubSpotFaultMode;
  /** With ten-secondly: how many requests are refused before the window rolls on (default: all). */
  times?: number;
  latencyMs?: number;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'content-type': 'application/json;charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
const correlationId = '00000000-0000-4000-8000-000000000000';
const hsError = (status: number, category: string, message: string, extra: Record<string, unknown> = {}) =>
  json(status, { status: 'error', message, correlationId, category, ...extra });
const NOT_FOUND = () => hsError(404, 'OBJECT_NOT_FOUND', 'resource not found');
const missingScope = (scope: string) =>
  hsError(
    403,
    'MISSING_SCOPES',
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    {
      // HubSpot has named the scopes under both keys; owners answers with the older one.
      errors: [
        {
          message: 'One or more of the following scopes are required.',
          context: scope === 'crm.objects.owners.read' ? { requiredScopes: [scope] } : { requiredGranularScopes: [scope] },
        },
      ],
      links: { scopes: 'https://developers.hubspot.com/scopes' },
    },
  );
const RATE_HEADERS = {
  'x-hubspot-ratelimit-interval-milliseconds': '10000',
  'x-hubspot-ratelimit-max': '100',
  'x-hubspot-ratelimit-remaining': '0',
};

type Filter = { propertyName: string; operator: string; value?: string; values?: string[] };
type SearchBody = {
  filterGroups?: Array<{ filters?: Filter[] }>;
  sorts?: Array<{ propertyName: string; direction?: string }>;
  limit?: number;
  after?: string;
  properties?: string[];
};

interface Grant {
  portal: SamplePortal;
  scopes: Set<string>;
  /** The HubSpot user the private app's token belongs to. */
  userId: number;
}

export interface HubSpotApiOptions {
  /** Associations per page at most (HubSpot: 500). */
  associationPageSize?: number;
}

/** The sample book as two HubSpot portals (company ids of the US portal given, as the pages show them; one per account of the book). */
export function samplePortals(book: SampleBook, usCompanyIds: readonly string[]): SamplePortal[] {
  const euAccounts = book.accounts.filter((a) => a.CurrencyIsoCode === 'EUR').slice(0, 3);
  return [
    // The whole book: the sample user owns 300 companies, others a dozen more.
    buildPortal(book, {
      portalId: HUBSPOT_US_PORTAL,
      appHost: 'app.hubspot.com',
      timeZone: 'US/Eastern',
      currency: 'USD',
      dataHostingLocation: 'na1',
      accounts: book.accounts,
      companyIds: usCompanyIds,
      pageAccounts: book.portfolioSize,
      dailyLimit: 250_000,
      companyLists: true,
      idBase: 30_000,
      ticketPipelines: US_PIPELINES.tickets,
      dealPipelines: US_PIPELINES.deals,
      ticketStage: { open: ['1', '2', '3'], closed: '4', pipeline: '0' },
      maxTicketsPerCompany: 400,
      money: (amount, currency) => (currency === 'KRW' ? Math.round(amount / 1300) : amount),
    }),
    buildPortal(book, {
      portalId: HUBSPOT_EU_PORTAL,
      appHost: 'app-eu1.hubspot.com',
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      dataHostingLocation: 'eu1',
      accounts: euAccounts,
      companyIds: euAccounts.map((_, i) => String(18_011_223_344 + i)),
      dailyLimit: 625_000,
      companyLists: false,
      idBase: 5_000_000,
      ticketPipelines: EU_PIPELINES.tickets,
      dealPipelines: EU_PIPELINES.deals,
      ticketStage: { open: ['72001', '72002'], closed: '72009', pipeline: '0' },
      maxTicketsPerCompany: 400,
      money: (amount) => amount,
    }),
  ];
}

export function createHubSpotApi(portals: readonly SamplePortal[], options: HubSpotApiOptions = {}) {
  const pageSize = options.associationPageSize ?? 500;
  let faults: HubSpotFaults = {};
  let refused = 0;
  const byId = new Map(portals.map((p) => [p.portalId, p]));
  // Every token is a private app of the sample user (the book's first user, the first owner).
  const grant = (portal: SamplePortal, scopes: string[]): Grant => ({ portal, scopes: new Set(scopes), userId: portal.owners[0]!.userId });
  const tokens = new Map<string, Grant>([
    [HUBSPOT_TOKENS.us, grant(byId.get(HUBSPOT_US_PORTAL)!, ALL_SCOPES)],
    [
      HUBSPOT_TOKENS.usNoFeedback,
      grant(
        byId.get(HUBSPOT_US_PORTAL)!,
        ALL_SCOPES.filter((s) => s !== 'crm.objects.feedback_submissions.read'),
      ),
    ],
    [
      HUBSPOT_TOKENS.usNoLists,
      grant(
        byId.get(HUBSPOT_US_PORTAL)!,
        ALL_SCOPES.filter((s) => s !== 'crm.lists.read'),
      ),
    ],
    [HUBSPOT_TOKENS.eu, grant(byId.get(HUBSPOT_EU_PORTAL)!, ALL_SCOPES)],
  ]);
  // Calls each portal answered today, for X-HubSpot-RateLimit-Daily-Remaining.
  const usedToday = new Map<string, number>();
  // Notes made through the API, by portal; their ids follow on from the portal's.
  let noteId = 91_827_364_500;

  const project = (portal: SamplePortal, type: ObjectType, r: HsRecord, wanted: readonly string[] | null) => {
    const defs = type === 'notes' ? null : portal.properties[type];
    const names = wanted && defs ? wanted.filter((n) => defs.some((d) => d.name === n)) : Object.keys(r.properties);
    // Requested properties the portal has come back (null when empty); unknown ones are left out.
    const properties = Object.fromEntries(
      [...new Set(['hs_object_id', ...names])].map((n) => [n, r.properties[n] ?? (n === 'hs_object_id' ? r.id : null)]),
    );
    return { id: r.id, properties, createdAt: r.createdAt, updatedAt: r.createdAt, archived: false };
  };

  const matches = (portal: SamplePortal, type: ObjectType, r: HsRecord, f: Filter) => {
    if (f.propertyName === 'associations.company')
      return (portal.links.get(`${type}:companies`) ?? []).some((l) => l.from === r.id && l.to === f.value);
    const v = r.properties[f.propertyName] ?? null;
    switch (f.operator) {
      case 'EQ':
        return v === f.value;
      case 'IN':
        return v !== null && (f.values ?? []).includes(v);
      case 'GTE':
        return v !== null && v >= (f.value ?? '');
      case 'LTE':
        return v !== null && v <= (f.value ?? '');
      case 'HAS_PROPERTY':
        return v !== null && v !== '';
      default:
        return false;
    }
  };

  const search = (portal: SamplePortal, type: ObjectType, body: SearchBody) => {
    if ((body.filterGroups ?? []).flatMap((g) => g.filters ?? []).some((f) => f.operator === 'IN' && (f.values?.length ?? 0) > 100)) {
      return hsError(400, 'VALIDATION_ERROR', 'There was a problem with the request: IN filters take at most 100 values.');
    }
    const groups = body.filterGroups ?? [];
    let rows = portal.objects[type].filter(
      (r) => groups.length === 0 || groups.some((g) => (g.filters ?? []).every((f) => matches(portal, type, r, f))),
    );
    const sort = body.sorts?.[0];
    if (sort)
      rows = [...rows].sort(
        (a, b) =>
          String(a.properties[sort.propertyName] ?? '').localeCompare(String(b.properties[sort.propertyName] ?? '')) *
          (sort.direction === 'DESCENDING' ? -1 : 1),
      );
    const limit = Math.min(body.limit ?? 10, 200);
    const start = body.after ? Number(body.after) : 0;
    const results = rows.slice(start, start + limit).map((r) => project(portal, type, r, body.properties ?? null));
    return json(200, {
      total: rows.length,
      results,
      ...(start + limit < rows.length ? { paging: { next: { after: String(start + limit), link: `?after=${start + limit}` } } } : {}),
    });
  };

  const associations = (portal: SamplePortal, from: ObjectType, id: string, to: ObjectType, url: URL) => {
    if (!portal.objects[from].some((r) => r.id === id)) return NOT_FOUND();
    const rows = (portal.links.get(`${from}:${to}`) ?? [])
      .filter((l) => l.from === id)
      .map((l) => ({ toObjectId: Number(l.to), associationTypes: l.types }));
    const limit = Math.min(Number(url.searchParams.get('limit') ?? pageSize) || pageSize, pageSize);
    const after = url.searchParams.get('after');
    const start = after ? Number(Buffer.from(after, 'base64').toString()) : 0;
    const next = start + limit < rows.length ? Buffer.from(String(start + limit)).toString('base64') : null;
    const link = `https://api.hubapi.com${url.pathname}?after=${encodeURIComponent(next ?? '')}`;
    return json(200, { results: rows.slice(start, start + limit), ...(next ? { paging: { next: { after: next, link } } } : {}) });
  };

  // v4 batch read: per record its page of associations (its own `after`), the records without any
  // as NO_ASSOCIATIONS_FOUND errors of a 207.
  const associationBatch = (portal: SamplePortal, from: ObjectType, to: ObjectType, inputs: Array<{ id: string; after?: string }>) => {
    if (inputs.length > 1000) return hsError(400, 'VALIDATION_ERROR', 'Batch input is limited to 1000 inputs.');
    const single = (type: ObjectType) => (type === 'companies' ? 'company' : type.replace(/s$/, ''));
    const links = portal.links.get(`${from}:${to}`) ?? [];
    const results: unknown[] = [];
    const errors: unknown[] = [];
    for (const input of inputs) {
      const id = String(input.id);
      const rows = links.filter((l) => l.from === id);
      if (rows.length === 0) {
        errors.push({
          status: 'error',
          category: 'OBJECT_NOT_FOUND',
          subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
          context: { fromObjectId: [id], fromObjectType: [single(from)], toObjectType: [single(to)] },
          message: `No ${single(to)} is associated with ${single(from)} ${id}.`,
        });
        continue;
      }
      const start = input.after ? Number(Buffer.from(input.after, 'base64').toString()) : 0;
      const next = start + pageSize < rows.length ? Buffer.from(String(start + pageSize)).toString('base64') : null;
      results.push({
        from: { id },
        to: rows.slice(start, start + pageSize).map((l) => ({ toObjectId: Number(l.to), associationTypes: l.types })),
        ...(next
          ? {
              paging: {
                next: { after: next, link: `https://api.hubapi.com/crm/v4/objects/${from}/${id}/associations/${to}?after=${next}` },
              },
            }
          : {}),
      });
    }
    const now = new Date().toISOString();
    return json(errors.length ? 207 : 200, {
      status: 'COMPLETE',
      results,
      ...(errors.length ? { numErrors: errors.length, errors } : {}),
      startedAt: now,
      completedAt: now,
    });
  };

  // Lists API v3 (segments): a list as the API answers it, without its members.
  const listOf = (l: SampleList) => ({
    listId: l.listId,
    listVersion: 3,
    name: l.name,
    objectTypeId: l.objectTypeId,
    processingStatus: 'COMPLETE',
    processingType: l.processingType,
    createdAt: '2026-01-05T10:00:00.000Z',
    createdById: '1000',
    updatedAt: '2026-10-01T10:00:00.000Z',
    filtersUpdatedAt: '2026-10-01T10:00:00.000Z',
    additionalProperties: { hs_list_size: String(l.members.length) },
  });
  // Search (POST …/search, `count` up to 500 from `offset`, by name), fetch by id, memberships in
  // ascending record id (`limit` up to 250, an opaque `after`), and "fetch multiple" by `listIds`.
  const lists = (portal: SamplePortal, req: ApiRequest, body: Record<string, unknown>): ApiResponse => {
    const path = req.url.pathname;
    let m: RegExpExecArray | null;
    if (path === '/crm/v3/lists/search' && req.method === 'POST') {
      const query = String(body.query ?? '').toLowerCase();
      const count = Math.min(Number(body.count ?? 20) || 20, 500);
      const offset = Number(body.offset ?? 0) || 0;
      const found = portal.lists.filter((l) => l.name.toLowerCase().includes(query));
      const page = found.slice(offset, offset + count);
      return json(200, {
        lists: page.map(listOf),
        hasMore: offset + count < found.length,
        offset: offset + page.length,
        total: found.length,
      });
    }
    if (path === '/crm/v3/lists/' && req.method === 'GET') {
      const ids = req.url.searchParams.getAll('listIds');
      return json(200, { lists: portal.lists.filter((l) => ids.includes(l.listId)).map(listOf) });
    }
    const list = (m = /^\/crm\/v3\/lists\/(\d+)(\/memberships)?$/.exec(path)) ? portal.lists.find((l) => l.listId === m![1]) : undefined;
    if (!m || req.method !== 'GET') return NOT_FOUND();
    if (!list) return hsError(404, 'OBJECT_NOT_FOUND', `List ${m[1]} does not exist.`);
    if (!m[2]) return json(200, { list: listOf(list) });
    const limit = Math.min(Number(req.url.searchParams.get('limit') ?? 100) || 100, 250);
    const after = req.url.searchParams.get('after');
    const start = after ? Number(Buffer.from(after, 'base64').toString()) : 0;
    const sorted = [...list.members].sort((a, b) => Number(a) - Number(b));
    const next = start + limit < sorted.length ? Buffer.from(String(start + limit)).toString('base64') : null;
    return json(200, {
      results: sorted.slice(start, start + limit).map((recordId) => ({ recordId, membershipTimestamp: '2026-10-01T10:00:00.000Z' })),
      total: sorted.length,
      ...(next ? { paging: { next: { after: next, link: `https://api.hubapi.com${path}?after=${next}` } } } : {}),
    });
  };

  const route = (req: ApiRequest, { portal, scopes }: Grant): ApiResponse => {
    const can = (scope: string) => scopes.has(scope);
    const path = req.url.pathname;
    const body = (() => {
      try {
        return req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
      } catch {
        return null;
      }
    })();
    if (body === null) return hsError(400, 'VALIDATION_ERROR', 'Invalid input JSON on line 1');
    const need = (type: string) => (can(SCOPE_OF[type]!) ? null : missingScope(SCOPE_OF[type]!));
    let m: RegExpExecArray | null;
    if (path === '/oauth/v2/private-apps/get/access-token-info' && req.method === 'POST') {
      const inspected = tokens.get(String(body.tokenKey ?? ''));
      if (!inspected) return hsError(400, 'VALIDATION_ERROR', 'Invalid token key');
      return json(200, {
        userId: inspected.userId,
        hubId: Number(inspected.portal.portalId),
        appId: 3_456_789,
        scopes: [...inspected.scopes],
      });
    }
    if (path === '/account-info/v3/details' && req.method === 'GET') {
      return json(200, {
        portalId: Number(portal.portalId),
        timeZone: portal.timeZone,
        companyCurrency: portal.currency,
        additionalCurrencies: [],
        utcOffset: '+00:00',
        utcOffsetMilliseconds: 0,
        uiDomain: portal.uiDomain,
        dataHostingLocation: portal.dataHostingLocation,
      });
    }
    if ((m = /^\/crm\/v3\/properties\/(companies|contacts|deals|tickets|feedback_submissions)$/.exec(path)) && req.method === 'GET') {
      return (
        need(m[1]!) ??
        json(200, {
          results: portal.properties[m[1] as 'companies'].map((d) => ({
            groupName: 'information',
            description: '',
            options: [],
            displayOrder: -1,
            calculated: false,
            externalOptions: false,
            hasUniqueValue: false,
            hidden: false,
            hubspotDefined: false,
            formField: true,
            modificationMetadata: { archivable: true, readOnlyDefinition: false, readOnlyValue: false },
            ...d,
          })),
        })
      );
    }
    if ((m = /^\/crm\/v3\/pipelines\/(tickets|deals)$/.exec(path)) && req.method === 'GET') {
      return (
        need(m[1]!) ??
        json(200, {
          results: portal.pipelines[m[1] as 'tickets' | 'deals'].map((p) => ({
            ...p,
            createdAt: '2024-01-01T00:00:00Z',
            updatedAt: '2024-01-01T00:00:00Z',
            archived: false,
            stages: p.stages.map((s) => ({ ...s, archived: false, writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT' })),
          })),
        })
      );
    }
    if (path === '/crm/v3/owners' && req.method === 'GET')
      return need('owners') ?? json(200, { results: portal.owners.slice(0, Number(req.url.searchParams.get('limit') ?? 100)) });
    if ((m = /^\/crm\/v3\/owners\/(\d+)$/.exec(path)) && req.method === 'GET') {
      const byUser = req.url.searchParams.get('idProperty') === 'userId';
      const owner = portal.owners.find((o) => (byUser ? String(o.userId) : o.id) === m![1]);
      return (
        need('owners') ??
        (owner
          ? json(200, {
              ...owner,
              type: 'PERSON',
              userIdIncludingInactive: owner.userId,
              createdAt: '2024-01-01T00:00:00Z',
              updatedAt: '2024-01-01T00:00:00Z',
            })
          : NOT_FOUND())
      );
    }
    if (
      (m = /^\/crm\/v4\/objects\/(companies|contacts|deals|tickets)\/(\d+)\/associations\/(companies|contacts|deals|tickets)$/.exec(
        path,
      )) &&
      req.method === 'GET'
    ) {
      return need(m[1]!) ?? need(m[3]!) ?? associations(portal, m[1] as ObjectType, m[2]!, m[3] as ObjectType, req.url);
    }
    if (
      (m = /^\/crm\/v4\/associations\/(companies|contacts|deals|tickets)\/(companies|contacts|deals|tickets)\/batch\/read$/.exec(path)) &&
      req.method === 'POST'
    ) {
      const inputs = (body.inputs as Array<{ id: string; after?: string }> | undefined) ?? [];
      return need(m[1]!) ?? need(m[2]!) ?? associationBatch(portal, m[1] as ObjectType, m[2] as ObjectType, inputs);
    }
    if (
      (m = /^\/crm\/v3\/objects\/(companies|contacts|deals|tickets|feedback_submissions)\/batch\/read$/.exec(path)) &&
      req.method === 'POST'
    ) {
      const type = m[1] as ObjectType;
      const inputs = (body.inputs as Array<{ id: string }> | undefined) ?? [];
      if (inputs.length > 100) return hsError(400, 'VALIDATION_ERROR', 'Batch input is limited to 100 inputs.');
      const ids = new Set(inputs.map((i) => String(i.id)));
      const results = portal.objects[type]
        .filter((r) => ids.has(r.id))
        .map((r) => project(portal, type, r, (body.properties as string[] | undefined) ?? []));
      return (
        need(type) ?? json(200, { status: 'COMPLETE', results, startedAt: new Date().toISOString(), completedAt: new Date().toISOString() })
      );
    }
    if ((m = /^\/crm\/v3\/objects\/(companies|contacts|deals|tickets|feedback_submissions)\/search$/.exec(path)) && req.method === 'POST') {
      return need(m[1]!) ?? search(portal, m[1] as ObjectType, body as SearchBody);
    }
    if (
      (m = /^\/crm\/v3\/objects\/(companies|contacts|deals|tickets|feedback_submissions)(?:\/(\d+))?$/.exec(path)) &&
      req.method === 'GET'
    ) {
      const type = m[1] as ObjectType;
      const wanted = req.url.searchParams.get('properties')?.split(',').filter(Boolean) ?? null;
      if (!m[2])
        return (
          need(type) ??
          json(200, {
            results: portal.objects[type]
              .slice(0, Number(req.url.searchParams.get('limit') ?? 10))
              .map((r) => project(portal, type, r, wanted ?? [])),
          })
        );
      const record = portal.objects[type].find((r) => r.id === m![2]);
      return need(type) ?? (record ? json(200, project(portal, type, record, wanted ?? [])) : NOT_FOUND());
    }
    if (path.startsWith('/crm/v3/lists/')) return need('lists') ?? lists(portal, req, body);
    if (path === '/crm/v3/objects/notes' && req.method === 'POST') {
      const denied = need('notes');
      if (denied) return denied;
      const props = (body.properties as Record<string, string> | undefined) ?? {};
      const company = (
        body.associations as Array<{ to: { id: string | number }; types: Array<{ associationTypeId: number }> }> | undefined
      )?.find((a) => a.types.some((t) => t.associationTypeId === 190));
      if (!props.hs_timestamp) return hsError(400, 'VALIDATION_ERROR', 'Property values were not valid: hs_timestamp is required');
      if (company && !portal.objects.companies.some((c) => c.id === String(company.to.id)))
        return hsError(400, 'VALIDATION_ERROR', 'One or more associations are invalid');
      const id = String((noteId += 1));
      const now = new Date().toISOString();
      const note: HsRecord = {
        id,
        createdAt: now,
        properties: { ...props, hs_object_id: id, hs_createdate: now, hs_lastmodifieddate: now },
      };
      portal.objects.notes.push(note);
      if (company)
        portal.links.set('notes:companies', [
          ...(portal.links.get('notes:companies') ?? []),
          { from: id, to: String(company.to.id), types: [{ category: 'HUBSPOT_DEFINED', typeId: 190, label: null }] },
        ]);
      return json(201, { ...project(portal, 'notes', note, null) });
    }
    if ((m = /^\/crm\/v3\/objects\/notes\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const denied = need('notes');
      if (denied) return denied;
      // A note deleted in the portal: 404, as HubSpot answers for an object id it does not hold.
      const note = portal.objects.notes.find((n) => n.id === m![1]);
      if (!note) return hsError(404, 'OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.');
      Object.assign(note.properties, (body.properties as Record<string, string> | undefined) ?? {}, {
        hs_lastmodifieddate: new Date().toISOString(),
      });
      return json(200, { ...project(portal, 'notes', note, null) });
    }
    return NOT_FOUND();
  };

  // The portal's day and ten-second window as private-app answers carry them; search answers carry none.
  const withLimits = (portal: SamplePortal, path: string, answer: ApiResponse): ApiResponse => {
    const used = (usedToday.get(portal.portalId) ?? 0) + 1;
    usedToday.set(portal.portalId, used);
    if (path.endsWith('/search')) return answer;
    return {
      ...answer,
      headers: {
        ...answer.headers,
        'x-hubspot-ratelimit-daily': String(portal.dailyLimit),
        'x-hubspot-ratelimit-daily-remaining': String(Math.max(0, portal.dailyLimit - used)),
        'x-hubspot-ratelimit-interval-milliseconds': '10000',
        'x-hubspot-ratelimit-max': '100',
        'x-hubspot-ratelimit-remaining': '99',
      },
    };
  };

  const faultAnswer = (): ApiResponse | Promise<ApiResponse> | null => {
    switch (faults.mode) {
      case 'ten-secondly':
        if (faults.times !== undefined && refused >= faults.times) return null;
        refused += 1;
        return json(
          429,
          {
            status: 'error',
            message: 'You have reached your ten_secondly_rolling limit.',
            errorType: 'RATE_LIMIT',
            correlationId: '64f5906e-d941-43a8-88fe-367aa32bf1a7',
            policyName: 'TEN_SECONDLY_ROLLING',
          },
          { ...RATE_HEADERS, 'retry-after': '1' },
        );
      case 'daily':
        return json(
          429,
          {
            status: 'error',
            message: 'You have reached your daily limit.',
            errorType: 'RATE_LIMIT',
            correlationId: 'c033cdaa-2c40-4a64-ae48-b4cec88dad24',
            policyName: 'DAILY',
            requestId: '3d3e35b7-0dae-4b9f-a6e3-9c230cbcf8dd',
          },
          { 'x-hubspot-ratelimit-daily': '250000', 'x-hubspot-ratelimit-daily-remaining': '0' },
        );
      case 'server-error':
        return hsError(500, 'INTERNAL_ERROR', 'Internal error, reference 5bb2f8a0-2b35-4bb6-9ab3-5bdb1c5d1f7a');
      case 'hang':
        return new Promise<ApiResponse>(() => undefined);
      default:
        return null;
    }
  };

  const api = {
    portals,
    /** API requests served since the last reset, with when each arrived and was answered (Date.now()). */
    requests: [] as Array<{ method: string; path: string; arrivedAt: number; answeredAt: number }>,
    setFaults(next: HubSpotFaults) {
      faults = { ...next };
      refused = 0;
    },
    resetCount() {
      api.requests = [];
    },
    /** Notes made through the API in a portal. */
    notes: (portalId: string) => byId.get(portalId)?.objects.notes ?? [],
    async handle(req: ApiRequest): Promise<ApiResponse | null> {
      const path = req.url.pathname;
      if (!path.startsWith('/crm/') && !path.startsWith('/account-info/') && !path.startsWith('/oauth/')) return null;
      const entry = { method: req.method, path, arrivedAt: Date.now(), answeredAt: 0 };
      api.requests.push(entry);
      if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
      const answer = await (async () => {
        const fault = await faultAnswer();
        if (fault) return fault;
        const auth = req.headers.authorization ?? req.headers.Authorization;
        const token = /^Bearer\s+(.+)$/i.exec(Array.isArray(auth) ? auth[0]! : (auth ?? ''))?.[1]?.trim() ?? '';
        const granted = tokens.get(token);
        if (!granted)
          return hsError(
            401,
            'INVALID_AUTHENTICATION',
            'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
          );
        const answer = withLimits(granted.portal, path, route(req, granted));
        // A proxy or a broken deployment: 200 with something that is not the documented shape.
        return faults.mode === 'malformed' && answer.status < 300 ? { ...answer, body: '{"results": "nope", "properties": 7}' } : answer;
      })();
      entry.answeredAt = Date.now();
      return answer;
    },
  };
  return api;
}
export type HubSpotApi = ReturnType<typeof createHubSpotApi>;

/**
 * Round trips of a set of requests: the longest chain in which each request arrived only after an
 * earlier one's answer (requests that had to wait for an answer, plus one).
 */
export function roundTrips(requests: ReadonlyArray<{ arrivedAt: number; answeredAt: number }>): number {
  const sorted = [...requests].sort((a, b) => a.arrivedAt - b.arrivedAt);
  const depth: number[] = [];
  sorted.forEach((r, i) => {
    let d = 1;
    for (let j = 0; j < i; j++) if (sorted[j]!.answeredAt > 0 && sorted[j]!.answeredAt <= r.arrivedAt) d = Math.max(d, depth[j]! + 1);
    depth.push(d);
  });
  return Math.max(0, ...depth);
}
