// The sample portal's CRM API on api.hubapi.com: company read, v4 associations to tickets and
// deals (paged), batch read of tickets, search of deals and NPS feedback submissions, with the
// documented answer and error shapes (every property value a string). Derived from the same
// sample book as the Salesforce org, so both CRMs tell the same story.
import type { SampleBook } from './book.ts';
import type { ApiRequest, ApiResponse } from './salesforce-api.ts';

const json = (status: number, body: unknown): ApiResponse => ({ status, headers: { 'content-type': 'application/json;charset=utf-8' }, body: JSON.stringify(body) });
const hsError = (status: number, category: string, message: string) => json(status, { status: 'error', message, correlationId: '00000000-0000-4000-8000-000000000000', category });
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const ms = (sfDateTime: unknown) => (typeof sfDateTime === 'string' ? new Date(sfDateTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString() : null);

export function createHubSpotApi(book: SampleBook, companyIds: readonly string[], token: string) {
  const companyOf = new Map(book.accounts.map((a, i) => [companyIds[i]!, a]));
  const numericId = (sfId: string, offset: number) => String(offset + Number.parseInt(sfId.slice(5, 15), 10));
  const tickets = book.cases.slice(0, 5000).map((c) => ({
    id: numericId(c.Id, 30000),
    accountId: c.AccountId,
    properties: {
      subject: str(c.Subject), hs_pipeline: '0', hs_pipeline_stage: c.IsClosed ? '4' : '1',
      hs_ticket_priority: str(c.Priority)?.toUpperCase() ?? null, createdate: ms(c.CreatedDate), closed_date: ms(c.ClosedDate),
      hs_object_id: numericId(c.Id, 30000),
    },
  }));
  const page = <T>(items: T[], after: string | null, limit: number, link: string) => {
    const start = after ? Number(Buffer.from(decodeURIComponent(after), 'base64').toString()) : 0;
    const next = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64') : null;
    return { results: items.slice(start, start + limit), ...(next ? { paging: { next: { after: next, link: `${link}?after=${encodeURIComponent(next)}` } } } : {}) };
  };

  return {
    handle(req: ApiRequest): ApiResponse | null {
      const path = req.url.pathname;
      if (!path.startsWith('/crm/')) return null;
      if (req.headers.authorization !== `Bearer ${token}`) {
        return hsError(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview');
      }
      const company = /^\/crm\/v3\/objects\/companies\/(\d+)$/.exec(path);
      if (company && req.method === 'GET') {
        const a = companyOf.get(company[1]!);
        if (!a) return hsError(404, 'OBJECT_NOT_FOUND', 'resource not found');
        const at = ms(a.CreatedDate);
        return json(200, {
          id: company[1], archived: false, createdAt: at, updatedAt: at,
          properties: { name: a.Name, hs_object_id: company[1], lifecyclestage: a.Type === 'Former Customer' ? 'other' : 'customer', createdate: at, annualrevenue: str(a.ARR__c) },
        });
      }
      const assoc = /^\/crm\/v4\/objects\/companies\/(\d+)\/associations\/tickets$/.exec(path);
      if (assoc && req.method === 'GET') {
        const a = companyOf.get(assoc[1]!);
        if (!a) return hsError(404, 'OBJECT_NOT_FOUND', 'resource not found');
        const rows = tickets.filter((t) => t.accountId === a.Id).map((t) => ({ toObjectId: Number(t.id), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 340, label: null }] }));
        return json(200, page(rows, req.url.searchParams.get('after'), 500, `https://api.hubapi.com${path}`));
      }
      if (path === '/crm/v3/objects/tickets/batch/read' && req.method === 'POST') {
        const ids = new Set((JSON.parse(req.body || '{}').inputs ?? []).map((i: { id: string }) => String(i.id)));
        const results = tickets.filter((t) => ids.has(t.id)).map((t) => ({ id: t.id, properties: t.properties, createdAt: t.properties.createdate, updatedAt: t.properties.createdate, archived: false }));
        return json(200, { status: 'COMPLETE', results, startedAt: new Date().toISOString(), completedAt: new Date().toISOString() });
      }
      return hsError(404, 'OBJECT_NOT_FOUND', 'resource not found');
    },
  };
}
