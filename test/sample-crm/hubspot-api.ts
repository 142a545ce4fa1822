// The sample portal's CRM API on api.hubapi.com: company read, v4 associations to tickets
// (paged), batch read of tickets, search of deals and NPS feedback submissions, with the
// documented answer and error shapes (every property value a string). Derived from the same
// sample book as the Salesforce org, so both CRMs tell the same story.
import type { SampleBook } from './book.ts';
import type { ApiRequest, ApiResponse } from './salesforce-api.ts';

const json = (status: number, body: unknown): ApiResponse => ({ status, headers: { 'content-type': 'application/json;charset=utf-8' }, body: JSON.stringify(body) });
const hsError = (status: number, category: string, message: string) => json(status, { status: 'error', message, correlationId: '00000000-0000-4000-8000-000000000000', category });
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const ms = (sfDateTime: unknown) => (typeof sfDateTime === 'string' ? new Date(sfDateTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString() : null);

type Filter = { propertyName: string; operator: string; value?: string };
type SearchBody = { filterGroups?: Array<{ filters?: Filter[] }>; limit?: number; after?: string };

/** Faults a test can switch on: the two documented rate limits. */
export type HubSpotFault = 'none' | 'ten-secondly' | 'daily';

export function createHubSpotApi(book: SampleBook, companyIds: readonly string[], token: string) {
  let fault: HubSpotFault = 'none';
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
  const deals = book.opportunities.map((o) => ({
    id: numericId(o.Id, 7000),
    accountId: o.AccountId,
    properties: {
      dealname: str(o.Name), amount: str(o.Amount), closedate: o.CloseDate ? `${String(o.CloseDate)}T00:00:00Z` : null,
      dealtype: o.Type === 'Renewal' ? 'existingbusiness' : 'newbusiness', pipeline: 'default', dealstage: o.IsWon ? 'closedwon' : o.IsClosed ? 'closedlost' : 'contractsent',
      hs_is_closed: String(o.IsClosed === true), hs_is_closed_won: String(o.IsWon === true), deal_currency_code: str(o.CurrencyIsoCode), hs_object_id: numericId(o.Id, 7000),
    },
  }));
  const feedback = book.surveyResponses.map((r) => {
    const subject = book.surveySubjects.find((s) => s.ParentId === r.ResponseId)!;
    const score = Number(r.NumberValue);
    const response = r.Response as { SubmitterId: string };
    return {
      id: numericId(String(r.Id), 900),
      accountId: String(subject.SubjectId),
      properties: {
        hs_survey_type: 'NPS', hs_value: String(score), hs_response_group: score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR',
        hs_submission_timestamp: ms(r.CreatedDate), hs_contact_id: numericId(response.SubmitterId, 50), hs_content: null,
      },
    };
  });
  // Search answers the filters Success Lens sends: associations.company EQ <id>, plus EQ on a property.
  const search = (rows: Array<{ id: string; accountId: string; properties: Record<string, string | null> }>, body: SearchBody) => {
    const filters = body.filterGroups?.[0]?.filters ?? [];
    const matched = rows.filter((row) =>
      filters.every((f) => {
        if (f.propertyName === 'associations.company') return [...companyOf].some(([id, a]) => id === f.value && a.Id === row.accountId);
        return f.operator === 'EQ' ? row.properties[f.propertyName] === f.value : true;
      }),
    );
    const limit = Math.min(body.limit ?? 10, 200);
    const start = body.after ? Number(body.after) : 0;
    const results = matched.slice(start, start + limit).map((r) => ({ id: r.id, properties: r.properties, archived: false }));
    return { total: matched.length, results, ...(start + limit < matched.length ? { paging: { next: { after: String(start + limit) } } } : {}) };
  };
  const page = <T>(items: T[], after: string | null, limit: number, link: string) => {
    const start = after ? Number(Buffer.from(decodeURIComponent(after), 'base64').toString()) : 0;
    const next = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64') : null;
    return { results: items.slice(start, start + limit), ...(next ? { paging: { next: { after: next, link: `${link}?after=${encodeURIComponent(next)}` } } } : {}) };
  };

  return {
    setFault(next: HubSpotFault) {
      fault = next;
    },
    handle(req: ApiRequest): ApiResponse | null {
      const path = req.url.pathname;
      if (!path.startsWith('/crm/')) return null;
      if (fault === 'ten-secondly') return json(429, { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: '64f5906e-d941-43a8-88fe-367aa32bf1a7', policyName: 'TEN_SECONDLY_ROLLING' });
      if (fault === 'daily') return json(429, { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', correlationId: 'c033cdaa-2c40-4a64-ae48-b4cec88dad24', policyName: 'DAILY' });
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
      if (path === '/crm/v3/objects/deals/search' && req.method === 'POST') return json(200, search(deals, JSON.parse(req.body || '{}')));
      if (path === '/crm/v3/objects/feedback_submissions/search' && req.method === 'POST') return json(200, search(feedback, JSON.parse(req.body || '{}')));
      return hsError(404, 'OBJECT_NOT_FOUND', 'resource not found');
    },
  };
}
