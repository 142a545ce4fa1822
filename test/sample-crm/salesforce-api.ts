// The sample org's REST API: /services/data, query (with nextRecordsUrl paging), sObject rows and
// composite, checking the Bearer session as Salesforce does. Faults can be switched on to make it
// answer as a real org does when things go wrong; bodies are the documented error shapes.
import { randomBytes } from 'node:crypto';
import type { SampleBook, SfRecord } from './book.ts';
import { runSoql } from './soql.ts';

export interface ApiRequest {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
export interface ApiResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export type FaultMode =
  | 'none'
  | 'session-expired'
  | 'session-not-valid-for-rest'
  | 'api-disabled'
  | 'request-limit'
  | 'server-error'
  | 'malformed'
  | 'hang';

export interface SalesforceFaults {
  mode?: FaultMode;
  /** Added before every API answer (the benchmark's network latency). */
  latencyMs?: number;
  /** Objects this org "lacks" (INVALID_TYPE), e.g. SurveyQuestionResponse without Feedback Management. */
  missingObjects?: string[];
}

export interface SalesforceApi {
  handle(req: ApiRequest): Promise<ApiResponse | null>;
  issueSession(): string;
  expireSessions(): void;
  setFaults(faults: SalesforceFaults): void;
  /** Records created through the API (shared notes), by object. */
  created: Record<string, SfRecord[]>;
  /** API requests served since the last reset (the benchmark counts round trips). */
  requestCount: number;
  /** When each of those requests arrived (Date.now()). */
  arrivals: number[];
  resetCount(): void;
}

const VERSIONS = ['58.0', '59.0', '60.0', '61.0', '62.0'];
const PAGE_SIZE = 2000;
const json = (status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse => ({ status, headers, body: JSON.stringify(body) });
const sfError = (status: number, errorCode: string, message: string) => json(status, [{ message, errorCode }]);

export function createSalesforceApi(book: SampleBook): SalesforceApi {
  const sessions = new Set<string>();
  let faults: SalesforceFaults = {};
  const cursors = new Map<string, Array<Record<string, unknown>>>();
  // Records the extension creates (shared notes and their links), kept for tests to read.
  const created: Record<string, SfRecord[]> = { ContentNote: [], ContentDocumentLink: [] };
  const PREFIX: Record<string, string> = { ContentNote: '069', ContentDocumentLink: '06A' };
  const tables = (): Record<string, readonly SfRecord[]> => {
    const all: Record<string, readonly SfRecord[]> = {
      Account: book.accounts,
      Contact: book.contacts,
      Case: book.cases,
      Opportunity: book.opportunities,
      Contract: book.contracts,
      SurveyQuestionResponse: book.surveyResponses,
      SurveySubject: book.surveySubjects,
    };
    for (const missing of faults.missingObjects ?? []) delete all[missing];
    return all;
  };

  const query = (soql: string, version: string): ApiResponse => {
    const result = runSoql(soql, tables(), book.today, version);
    if ('errorCode' in result) return sfError(400, result.errorCode, result.message);
    if (result.count !== undefined) return json(200, { totalSize: result.count, done: true, records: [] });
    return json(200, page(result.records, version, 0));
  };
  const page = (records: Array<Record<string, unknown>>, version: string, offset: number) => {
    const slice = records.slice(offset, offset + PAGE_SIZE);
    const done = offset + PAGE_SIZE >= records.length;
    const body: Record<string, unknown> = { totalSize: records.length, done, records: slice };
    if (!done) {
      const locator = `01g${randomBytes(6).toString('hex')}`;
      cursors.set(locator, records);
      body.nextRecordsUrl = `/services/data/${version}/query/${locator}-${offset + PAGE_SIZE}`;
    }
    return body;
  };
  const sobject = (type: string, id: string, fields: string[]): ApiResponse => {
    const rows = tables()[type];
    if (!rows) return sfError(404, 'NOT_FOUND', `The requested resource does not exist`);
    const row = rows.find((r) => r.Id === id || r.Id.slice(0, 15) === id);
    if (!row) return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
    const out: Record<string, unknown> = { attributes: { type, url: `/services/data/v62.0/sobjects/${type}/${row.Id}` } };
    for (const f of fields.length ? fields : Object.keys(row)) {
      if (!(f in row)) return sfError(400, 'INVALID_FIELD', `No such column '${f}' on sobject of type ${type}`);
      out[f] = row[f];
    }
    return json(200, out);
  };

  const create = (type: string, body: unknown): ApiResponse => {
    const table = created[type];
    if (!table) return sfError(400, 'NOT_FOUND', `The requested resource does not exist`);
    const fields = (body ?? {}) as Record<string, unknown>;
    if (type === 'ContentDocumentLink' && !book.accounts.some((a) => a.Id === fields.LinkedEntityId)) {
      return sfError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    }
    const id = `${PREFIX[type]}Sa${String(table.length + 1).padStart(10, '0')}AAA`;
    table.push({ ...fields, Id: id });
    return json(201, { id, success: true, errors: [] });
  };

  // One REST call inside the org, shared by direct requests and composite subrequests.
  const call = (method: string, path: string, body?: unknown): ApiResponse => {
    const url = new URL(path, 'https://sample.invalid');
    const m = /^\/services\/data\/(v\d+\.\d)(\/.*)?$/.exec(url.pathname);
    if (!m) return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
    const [, version, rest = ''] = m;
    if (method === 'GET' && rest === '/query') return query(url.searchParams.get('q') ?? '', version!);
    const next = /^\/query\/(01g[0-9a-f]+)-(\d+)$/.exec(rest);
    if (method === 'GET' && next) {
      const records = cursors.get(next[1]!);
      if (!records) return sfError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
      return json(200, page(records, version!, Number(next[2])));
    }
    const createType = /^\/sobjects\/(\w+)$/.exec(rest);
    if (method === 'POST' && createType) return create(createType[1]!, body);
    const so = /^\/sobjects\/(\w+)\/(\w{15,18})$/.exec(rest);
    if (method === 'GET' && so) return sobject(so[1]!, so[2]!, (url.searchParams.get('fields') ?? '').split(',').filter(Boolean));
    return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
  };

  const composite = (body: string, version: string): ApiResponse => {
    let request: { allOrNone?: boolean; compositeRequest?: Array<{ method: string; url: string; referenceId: string; body?: unknown }> };
    try {
      request = JSON.parse(body);
    } catch {
      return sfError(400, 'JSON_PARSER_ERROR', 'Unexpected character in the request body');
    }
    const subs = request.compositeRequest ?? [];
    if (subs.length > 25) return sfError(400, 'INVALID_REQUEST', 'Composite requests may contain up to 25 subrequests');
    if (subs.filter((s) => /\/query\b/.test(s.url)).length > 5) {
      return sfError(400, 'INVALID_REQUEST', 'Composite requests may contain up to 5 query or sObject Collections subrequests');
    }
    const results = new Map<string, unknown>();
    const resolve = (text: string, onMissing: () => void) =>
      text.replace(/@\{(\w+)\.([\w.[\]]+)\}/g, (_whole, ref: string, field: string) => {
        const value = field.split(/\.|\[|\]/).filter(Boolean).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), results.get(ref));
        if (value === undefined || value === null) onMissing();
        return String(value);
      });
    let halted = false;
    const sizesBefore = Object.fromEntries(Object.entries(created).map(([k, v]) => [k, v.length]));
    const compositeResponse = subs.map((sub) => {
      if (halted) return { body: [{ errorCode: 'PROCESSING_HALTED', message: 'The transaction was rolled back since another operation in the same transaction failed.' }], httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId };
      let failedRef = false;
      const url = sub.url.replace(/@\{(\w+)\.([\w.[\]]+)\}/g, (_whole, ref: string, field: string) => {
        const value = field.split(/\.|\[|\]/).filter(Boolean).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), results.get(ref));
        if (value === undefined || value === null) failedRef = true;
        return encodeURIComponent(String(value));
      });
      const body = sub.body === undefined ? undefined : JSON.parse(resolve(JSON.stringify(sub.body), () => (failedRef = true)));
      const answer = failedRef
        ? sfError(400, 'PROCESSING_HALTED', `Invalid reference specified. No value for ${sub.referenceId} found.`)
        : call(sub.method, url.startsWith('/services/') ? url : `/services/data/${version}${url}`, body);
      const parsed: unknown = JSON.parse(answer.body);
      if (answer.status < 300) results.set(sub.referenceId, parsed);
      else if (request.allOrNone) halted = true;
      return { body: parsed, httpHeaders: {}, httpStatusCode: answer.status, referenceId: sub.referenceId };
    });
    // allOrNone: a failure rolls back what the same request created.
    if (halted) for (const [k, n] of Object.entries(sizesBefore)) created[k]!.length = n;
    return json(200, { compositeResponse });
  };

  const api: SalesforceApi = {
    created,
    requestCount: 0,
    arrivals: [],
    resetCount() {
      api.requestCount = 0;
      api.arrivals = [];
    },
    issueSession() {
      const sid = `${book.orgId.slice(0, 15)}!AQ${randomBytes(24).toString('base64url')}`;
      sessions.add(sid);
      return sid;
    },
    expireSessions() {
      sessions.clear();
    },
    setFaults(next) {
      faults = next;
    },
    async handle(req) {
      if (!req.url.pathname.startsWith('/services/data')) return null;
      api.requestCount += 1;
      api.arrivals.push(Date.now());
      if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
      if (req.url.pathname === '/services/data' || req.url.pathname === '/services/data/') {
        return json(200, VERSIONS.map((v) => ({ label: `Sample ${v}`, url: `/services/data/v${v}`, version: v })));
      }
      const auth = req.headers.authorization;
      const sid = typeof auth === 'string' ? auth.replace(/^Bearer\s+/i, '') : '';
      switch (faults.mode) {
        case 'hang':
          return new Promise(() => undefined);
        case 'session-not-valid-for-rest':
          return sfError(401, 'INVALID_SESSION_ID', 'This session is not valid for use with the REST API');
        case 'session-expired':
          return sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
        case 'api-disabled':
          return sfError(403, 'API_DISABLED_FOR_ORG', 'The REST API is not enabled for this Organization.');
        case 'request-limit':
          return sfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
        case 'server-error':
          return { status: 503, headers: { 'content-type': 'text/html' }, body: '<html><body>Service Unavailable</body></html>' };
        default:
      }
      if (!sessions.has(sid)) return sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
      const version = /^\/services\/data\/(v\d+\.\d)/.exec(req.url.pathname)?.[1] ?? 'v62.0';
      const answer =
        req.method === 'POST' && req.url.pathname.endsWith('/composite')
          ? composite(req.body, version)
          : call(req.method, req.url.pathname + req.url.search);
      if (faults.mode === 'malformed' && answer.status === 200) return { ...answer, body: JSON.stringify({ unexpected: true, records: 'nope' }) };
      return answer;
    },
  };
  return api;
}
