// The sample org's REST API: GET /services/data/ (versions), query (with nextRecordsUrl paging),
// query locators, Account list views (list, basic information, describe), sObject rows (with or without ?fields=), sObject create (shared notes) and
// composite (references, allOrNone, the 25 / 5-query limits), checking the Bearer session as
// Salesforce does. Faults can be switched on so that it answers as a real org does when things go
// wrong; every error body is the documented `[{message, errorCode}]` with the real wording
// (test/fixtures/salesforce). It plays Salesforce: nothing here comes from lib/.
import { randomBytes } from 'node:crypto';
import { id18, type SampleBook, type SfRecord } from './book.ts';
import { describeTable } from './describe.ts';
import { listViewDescribe, listViewEntry, sampleListViews, type SampleListView } from './list-views.ts';
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
  'none' | 'session-expired' | 'session-not-valid-for-rest' | 'api-disabled' | 'request-limit' | 'server-error' | 'malformed' | 'hang';

/** Objects a test can make the org lack (INVALID_TYPE) or lack the custom fields of (INVALID_FIELD). */
export type FaultObject = 'Case' | 'Opportunity' | 'Contract' | 'Contact' | 'SurveyQuestionResponse';

export interface SalesforceFaults {
  mode?: FaultMode;
  /** Added before every API answer (the benchmark's network latency). */
  latencyMs?: number;
  /**
   * INVALID_TYPE: the org does not have the object (SurveyQuestionResponse: no Feedback Management).
   * INVALID_FIELD: the object's custom fields do not exist (a mapped field the org lacks); a
   * query naming none of them fails on its first field.
   */
  failObject?: Partial<Record<FaultObject, 'INVALID_TYPE' | 'INVALID_FIELD'>>;
  /** API Access Control: browser (cookie) sessions are not valid for the REST API; OAuth tokens of the org's own app are. */
  refuseBrowserSessions?: boolean;
  /** Same as failObject INVALID_TYPE, by object name (any object). */
  missingObjects?: string[];
}

export interface SalesforceApiOptions {
  /** Records per query page: 2,000 as the real API, less to exercise paging cheaply. */
  pageSize?: number;
  /** The API version the versions list ends with (the client's must be among them). */
  latestVersion?: number;
  /** The org's daily API allocation and what was used before the first request (`Sforce-Limit-Info`). */
  dailyApiLimit?: number;
  apiUsedBefore?: number;
}

export interface SalesforceApi {
  handle(req: ApiRequest): Promise<ApiResponse | null>;
  /** A new session id `<15-char org id>!<random>` of a user (the book's first by default), valid until expireSessions(): a browser login's, or an OAuth access token. */
  issueSession(kind?: 'browser' | 'oauth', userId?: string): string;
  /** Ends every session, or only those of one kind. */
  expireSessions(kind?: 'browser' | 'oauth'): void;
  setFaults(faults: SalesforceFaults): void;
  /** Records created through the API (shared notes and their links), by object. */
  created: Record<string, SfRecord[]>;
  /** API requests served since the last reset (the benchmark counts round trips). */
  requestCount: number;
  /** Those requests' methods and paths (composite subrequests not split), in order. */
  requests: Array<{ method: string; path: string }>;
  /** When each of those requests arrived (Date.now()). */
  arrivals: number[];
  /** The SOQL statements run since the last reset, composite subrequests included. */
  queries: string[];
  /** The objects described since the last reset. */
  describes: string[];
  /** Statements the org refused because they named a field or object it lacks (INVALID_FIELD / INVALID_TYPE). */
  refused: string[];
  /** The org's Account list views (a test may remove one, as an admin deleting it). */
  listViews: SampleListView[];
  resetCount(): void;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  body: JSON.stringify(body),
});
const sfError = (status: number, errorCode: string, message: string, fields?: string[]) =>
  json(status, [{ message, errorCode, ...(fields ? { fields } : {}) }]);
const parseBody = (text: string): unknown => {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
};
const NOT_FOUND = () => sfError(404, 'NOT_FOUND', 'The requested resource does not exist');

// The documented limits of one composite call.
const MAX_SUBREQUESTS = 25;
const MAX_QUERIES = 5;
const REFERENCE = /@\{(\w+)\.([\w.[\]]+)\}/g;

export function createSalesforceApi(book: SampleBook, options: SalesforceApiOptions = {}): SalesforceApi {
  const pageSize = Math.max(1, Math.min(2000, options.pageSize ?? 2000));
  const latest = options.latestVersion ?? 62;
  // Each session is a browser login's or an OAuth token, and belongs to a user: Chatter's users/me says who.
  const sessions = new Map<string, { kind: 'browser' | 'oauth'; userId: string }>();
  let apiUsed = options.apiUsedBefore ?? 0;
  const dailyLimit = options.dailyApiLimit ?? 15_000;
  let faults: SalesforceFaults = {};
  const cursors = new Map<string, { records: Array<Record<string, unknown>>; size: number }>();
  // Records the extension creates (shared notes and their links), kept for tests to read.
  const created: Record<string, SfRecord[]> = { ContentNote: [], ContentDocumentLink: [] };
  const CREATE_PREFIX: Record<string, string> = { ContentNote: '069', ContentDocumentLink: '06A' };

  const all: Record<string, readonly SfRecord[]> = {
    User: book.users,
    Account: book.accounts,
    Contact: book.contacts,
    Case: book.cases,
    Opportunity: book.opportunities,
    Contract: book.contracts,
    SurveyQuestion: book.surveyQuestions,
    SurveyInvitation: book.surveyInvitations,
    SurveyResponse: book.surveySubmissions,
    SurveyQuestionResponse: book.surveyResponses,
    SurveySubject: book.surveySubjects,
    ...(book.recordTypes?.length ? { RecordType: book.recordTypes } : {}),
    ...(book.tasks ? { Task: book.tasks } : {}),
    ...(book.events ? { Event: book.events } : {}),
  };
  // Child relationships the sObject Relationships GET can traverse (name → table and its parent field).
  const CHILDREN: Record<string, { table: string; parent: string }> = {
    Tasks: { table: 'Task', parent: 'WhatId' },
    Events: { table: 'Event', parent: 'WhatId' },
  };
  const missing = (type: string) =>
    faults.failObject?.[type as FaultObject] === 'INVALID_TYPE' || (faults.missingObjects ?? []).includes(type);
  // Feedback Management comes as a whole: without it, none of the survey objects exist.
  const SURVEY_OBJECTS = ['SurveyQuestion', 'SurveyInvitation', 'SurveyResponse', 'SurveyQuestionResponse', 'SurveySubject'];
  const tables = (): Record<string, readonly SfRecord[]> => {
    const out: Record<string, readonly SfRecord[]> = {};
    const noSurveys = SURVEY_OBJECTS.some(missing);
    for (const [name, rows] of Object.entries(all)) if (!missing(name) && !(noSurveys && SURVEY_OBJECTS.includes(name))) out[name] = rows;
    return out;
  };
  /** A field the org lacks under the INVALID_FIELD fault: the object's custom fields. */
  const hidden = (table: string, field: string) => faults.failObject?.[table as FaultObject] === 'INVALID_FIELD' && /__c$/i.test(field);

  const page = (records: Array<Record<string, unknown>>, version: string, offset: number, size = pageSize) => {
    const done = offset + size >= records.length;
    const body: Record<string, unknown> = { totalSize: records.length, done, records: records.slice(offset, offset + size) };
    if (!done) {
      // A query locator: an 01g id, then the offset of the next batch (the real format).
      const locator = id18(`01gSa${randomBytes(5).toString('hex')}`);
      cursors.set(locator, { records, size });
      body.nextRecordsUrl = `/services/data/${version}/query/${locator}-${offset + size}`;
    }
    return body;
  };

  const query = (soql: string, version: string, userId: string): ApiResponse => {
    api.queries.push(soql);
    const failing = Object.entries(faults.failObject ?? {}).find(
      ([type, kind]) => kind === 'INVALID_FIELD' && new RegExp(`\\bFROM\\s+${type}\\b`, 'i').test(soql),
    );
    let result = runSoql(soql, tables(), book.today, { apiVersion: version, hideField: hidden, userId });
    // An INVALID_FIELD fault on an object whose query names no custom field: its first field fails.
    if (failing && !('errorCode' in result)) {
      const first = /^\s*SELECT\s+(?:Id\s*,\s*)?([\w.]+)/i.exec(soql)?.[1] ?? 'Id';
      const at = soql.indexOf(first);
      result = {
        errorCode: 'INVALID_FIELD',
        message: `\n${soql}\n${' '.repeat(at)}^\nERROR at Row:1:Column:${at + 1}\nNo such column '${first}' on entity '${failing[0]}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
      };
    }
    if ('errorCode' in result) {
      if (result.errorCode !== 'MALFORMED_QUERY') api.refused.push(soql);
      return sfError(400, result.errorCode, result.message);
    }
    if (result.count !== undefined) return json(200, { totalSize: result.count, done: true, records: [] });
    // With parent–child subqueries the API answers 200 parent rows a batch.
    return json(200, page(result.records, version, 0, result.hasChildren ? 200 : pageSize));
  };

  // GET /sobjects/<Type>/<id>[?fields=a,b]: every field the user can see, or just those named.
  const sobject = (type: string, id: string, fields: string[], version: string): ApiResponse => {
    const rows = tables()[type];
    if (!rows) return NOT_FOUND();
    if (!/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id))
      return sfError(404, 'NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${id}`);
    const row = rows.find((r) => r.Id.slice(0, 15) === id.slice(0, 15));
    if (!row) return NOT_FOUND();
    const out: Record<string, unknown> = { attributes: { type, url: `/services/data/${version}/sobjects/${type}/${row.Id}` } };
    // The row's own fields only: relationship records never come with an sObject GET.
    const own = Object.keys(row).filter((k) => (row[k] === null || typeof row[k] !== 'object') && !hidden(type, k));
    if (!fields.length) {
      for (const k of own) out[k] = row[k];
      return json(200, out);
    }
    for (const f of fields) {
      const name = own.find((k) => k.toLowerCase() === f.toLowerCase()) ?? (rows.some((r) => f in r) && !hidden(type, f) ? f : null);
      if (!name) return sfError(400, 'INVALID_FIELD', `No such column '${f}' on sobject of type ${type}`);
      out[name] = row[name] ?? null;
    }
    return json(200, out);
  };

  // GET /sobjects/<Type>/<id>/<Relationship>[?fields=a,b]: the record's children, unordered, as a query page.
  const related = (type: string, id: string, relationship: string, fieldList: string | null, version: string): ApiResponse => {
    const child = CHILDREN[relationship];
    const rows = child && tables()[child.table];
    if (!child || !rows || !tables()[type]?.some((r) => r.Id.slice(0, 15) === id.slice(0, 15))) return NOT_FOUND();
    const fields = (fieldList ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const unknown = fields.find((f) => !rows.some((r) => f in r));
    if (unknown) return sfError(400, 'INVALID_FIELD', `No such column '${unknown}' on sobject of type ${child.table}`);
    const records = rows
      .filter((r) => String(r[child.parent] ?? '').slice(0, 15) === id.slice(0, 15))
      .map((r) => ({
        attributes: { type: child.table, url: `/services/data/${version}/sobjects/${child.table}/${r.Id}` },
        ...Object.fromEntries((fields.length ? fields : Object.keys(r)).map((f) => [f, r[f] ?? null])),
      }));
    return json(200, page(records, version, 0));
  };

  const create = (type: string, body: unknown): ApiResponse => {
    const table = created[type];
    if (!table) return NOT_FOUND();
    const fields = (body ?? {}) as Record<string, unknown>;
    if (type === 'ContentDocumentLink' && !book.accounts.some((a) => a.Id === fields.LinkedEntityId)) {
      return sfError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    }
    // Numbered past every id made so far: a deleted note's id is never handed out again.
    made[type] = (made[type] ?? 0) + 1;
    const newId = id18(`${CREATE_PREFIX[type]}Sa${String(made[type]).padStart(10, '0')}`);
    table.push({ ...fields, Id: newId });
    return json(201, { id: newId, success: true, errors: [] });
  };
  const made: Record<string, number> = {};

  // PATCH /sobjects/<Type>/<id> of a record the extension made: 204 No Content; a record not there
  // (deleted in the org) 404, as Salesforce answers.
  const update = (type: string, recordId: string, body: unknown): ApiResponse => {
    const row = created[type]?.find((r) => r.Id === recordId || r.Id.slice(0, 15) === recordId);
    if (!row) return NOT_FOUND();
    Object.assign(row, (body ?? {}) as Record<string, unknown>, { Id: row.Id });
    return { status: 204, headers: {}, body: '' };
  };

  // GET /sobjects/<Type>/describe: the object's fields as the org has them (absent objects: 404).
  // Described once per object and fault setting: the Case table holds 10,000+ rows.
  const described = new Map<string, ApiResponse>();
  const describe = (type: string): ApiResponse => {
    api.describes.push(type);
    const all = tables();
    const table = Object.entries(all).find(([name]) => name.toLowerCase() === type.toLowerCase());
    if (!table) return NOT_FOUND();
    const key = `${table[0]}|${JSON.stringify(faults.failObject ?? {})}`;
    let answer = described.get(key);
    if (!answer) {
      const prefixes = new Map(Object.entries(all).flatMap(([name, rows]) => (rows[0] ? [[rows[0].Id.slice(0, 3), name] as const] : [])));
      answer = json(
        200,
        describeTable(table[0], table[1], {
          tableOfPrefix: (p) => prefixes.get(p) ?? null,
          hidden: (f) => hidden(table[0], f),
          recordTypes: book.recordTypes ?? [],
        }),
      );
      described.set(key, answer);
    }
    return answer;
  };

  // One REST call inside the org, shared by direct requests and composite subrequests.
  const call = (method: string, path: string, body: unknown, userId: string): ApiResponse => {
    const url = new URL(path, 'https://sample.invalid');
    const m = /^\/services\/data\/(v\d+\.\d)(\/.*)?$/.exec(url.pathname);
    if (!m) return NOT_FOUND();
    const [, version, rest = ''] = m as unknown as [string, string, string | undefined];
    if (method === 'GET' && (rest === '/query' || rest === '/query/')) {
      const q = url.searchParams.get('q');
      return q ? query(q, version, userId) : sfError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    }
    const next = /^\/query\/(01g\w+)-(\d+)$/.exec(rest);
    if (method === 'GET' && next) {
      const cursor = cursors.get(next[1]!);
      if (!cursor) return sfError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
      return json(200, page(cursor.records, version, Number(next[2]), cursor.size));
    }
    // Chatter's "who am I" (User Detail): the session's user.
    if (method === 'GET' && rest === '/chatter/users/me') {
      const user = book.users.find((u) => u.Id === userId);
      return user
        ? json(200, {
            id: user.Id,
            name: user.Name,
            displayName: user.Name,
            type: 'User',
            userType: 'Internal',
            url: `/services/data/${version}/chatter/users/${user.Id}`,
          })
        : NOT_FOUND();
    }
    if (method === 'GET' && rest === '/sobjects/Account/listviews') {
      const listviews = api.listViews.map((v) => listViewEntry(v, version));
      return json(200, { done: true, listviews, nextRecordsUrl: null, size: listviews.length, sobjectType: 'Account' });
    }
    const listView = /^\/sobjects\/Account\/listviews\/(\w+)(\/describe)?$/.exec(rest);
    if (method === 'GET' && listView) {
      const view = api.listViews.find((v) => v.id.slice(0, 15) === listView[1]!.slice(0, 15));
      if (!view) return NOT_FOUND();
      return json(200, listView[2] ? listViewDescribe(view) : listViewEntry(view, version));
    }
    const describeOf = /^\/sobjects\/(\w+)\/describe\/?$/.exec(rest);
    if (method === 'GET' && describeOf) return describe(describeOf[1]!);
    const createType = /^\/sobjects\/(\w+)\/?$/.exec(rest);
    if (method === 'POST' && createType) return create(createType[1]!, body);
    const children = /^\/sobjects\/(\w+)\/([^/]+)\/(\w+)$/.exec(rest);
    if (method === 'GET' && children)
      return related(children[1]!, decodeURIComponent(children[2]!), children[3]!, url.searchParams.get('fields'), version);
    const row = /^\/sobjects\/(\w+)\/([^/]+)$/.exec(rest);
    if (method === 'PATCH' && row) return update(row[1]!, decodeURIComponent(row[2]!), body);
    if (method === 'GET' && row) {
      const fields = (url.searchParams.get('fields') ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      return sobject(row[1]!, decodeURIComponent(row[2]!), fields, version);
    }
    return NOT_FOUND();
  };

  const composite = (text: string, userId: string): ApiResponse => {
    let request: { allOrNone?: unknown; compositeRequest?: unknown };
    try {
      request = JSON.parse(text);
    } catch {
      return sfError(400, 'JSON_PARSER_ERROR', 'Unexpected character in the request body');
    }
    const subs = request.compositeRequest;
    if (!Array.isArray(subs) || subs.length === 0) return sfError(400, 'INVALID_INPUT', 'compositeRequest is required');
    for (const sub of subs as Array<Record<string, unknown>>) {
      if (typeof sub.referenceId !== 'string' || !/^\w+$/.test(sub.referenceId))
        return sfError(400, 'INVALID_INPUT', 'Each subrequest needs a referenceId of letters, numbers and underscores');
      if (typeof sub.url !== 'string' || typeof sub.method !== 'string')
        return sfError(400, 'INVALID_INPUT', `Subrequest ${sub.referenceId} needs a method and a url`);
    }
    // The documented limits: 25 subrequests, of which at most 5 query (or sObject Collections) ones.
    if (subs.length > MAX_SUBREQUESTS)
      return sfError(400, 'LIMIT_EXCEEDED', `Composite request has ${subs.length} subrequests; the limit is ${MAX_SUBREQUESTS}`);
    const queries = (subs as Array<{ url: string }>).filter((s) =>
      /\/(query|queryAll)\/?(\?|$)|\/composite\/sobjects/.test(s.url.split('#')[0]!),
    ).length;
    if (queries > MAX_QUERIES)
      return sfError(
        400,
        'LIMIT_EXCEEDED',
        `Composite request has ${queries} query or sObject Collections subrequests; the limit is ${MAX_QUERIES}`,
      );

    const allOrNone = request.allOrNone === true;
    const results = new Map<string, unknown>();
    const lookup = (ref: string, field: string) =>
      field
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), results.get(ref));
    const sizesBefore = Object.fromEntries(Object.entries(created).map(([k, v]) => [k, v.length]));
    let failedAt = -1;
    const responses = (subs as Array<{ method: string; url: string; referenceId: string; body?: unknown }>).map((sub, index) => {
      const result = (answer: ApiResponse) => ({
        body: (answer.body ? JSON.parse(answer.body) : null) as unknown,
        httpHeaders: {},
        httpStatusCode: answer.status,
        referenceId: sub.referenceId,
      });
      if (allOrNone && failedAt >= 0) {
        return result(
          sfError(400, 'PROCESSING_HALTED', 'The transaction was rolled back since another operation in the same transaction failed.'),
        );
      }
      // References: `@{ref.field}` in the url or body, replaced by the earlier answer's value.
      const unresolved: string[] = [];
      const resolve = (s: string, encode: boolean) =>
        s.replace(REFERENCE, (whole, ref: string, field: string) => {
          const value = lookup(ref, field);
          if (value === undefined || value === null || typeof value === 'object') {
            unresolved.push(`${ref}.${field}`);
            return '';
          }
          return encode ? encodeURIComponent(String(value)) : String(value);
        });
      const url = resolve(sub.url, true);
      const body = sub.body === undefined ? undefined : (JSON.parse(resolve(JSON.stringify(sub.body), false)) as unknown);
      const [missingRef] = unresolved;
      const answer = missingRef
        ? sfError(
            400,
            'PROCESSING_HALTED',
            `Invalid reference specified. No value for ${missingRef} found in ${missingRef.split('.')[0]}. Provided referenceId ('${sub.referenceId}')`,
          )
        : url.startsWith('/services/data/')
          ? sub.method === 'POST' && /\/composite\/?$/.test(url)
            ? sfError(400, 'INVALID_INPUT', 'Composite requests cannot be nested')
            : call(sub.method, url, body, userId)
          : sfError(400, 'INVALID_INPUT', `The url of ${sub.referenceId} must start with /services/data/`);
      const out = result(answer);
      if (answer.status < 300) results.set(sub.referenceId, out.body);
      else if (failedAt < 0) failedAt = index;
      return out;
    });
    if (allOrNone && failedAt >= 0) {
      // Everything rolls back: what the request created goes, and every other subrequest answers 400.
      for (const [k, n] of Object.entries(sizesBefore)) created[k]!.length = n;
      responses.forEach((r, i) => {
        if (i < failedAt) {
          r.httpStatusCode = 400;
          r.body = [
            {
              errorCode: 'PROCESSING_HALTED',
              message: 'The transaction was rolled back since another operation in the same transaction failed.',
            },
          ];
        }
      });
    }
    return json(200, { compositeResponse: responses });
  };

  const faultAnswer = (): ApiResponse | Promise<ApiResponse> | null => {
    switch (faults.mode) {
      case 'hang':
        return new Promise<ApiResponse>(() => undefined);
      case 'session-not-valid-for-rest':
        return sfError(401, 'INVALID_SESSION_ID', 'This session is not valid for use with the REST API');
      case 'session-expired':
        return sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
      case 'api-disabled':
        return sfError(403, 'API_DISABLED_FOR_ORG', 'The REST API is not enabled for this Organization.');
      case 'request-limit':
        return sfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
      case 'server-error':
        // What the edge answers during an incident: an HTML page, not the JSON error array.
        return {
          status: 503,
          headers: { 'content-type': 'text/html;charset=UTF-8' },
          body: '<html><head><title>Service Unavailable</title></head><body>Service Unavailable</body></html>',
        };
      default:
        return null;
    }
  };

  const header = (req: ApiRequest, name: string) => {
    const entry = Object.entries(req.headers).find(([k]) => k.toLowerCase() === name);
    const v = entry?.[1];
    return Array.isArray(v) ? v[0] : v;
  };

  const api: SalesforceApi = {
    created,
    requestCount: 0,
    requests: [],
    arrivals: [],
    queries: [],
    describes: [],
    refused: [],
    listViews: sampleListViews(),
    resetCount() {
      api.requestCount = 0;
      api.requests = [];
      api.arrivals = [];
      api.queries = [];
      api.describes = [];
      api.refused = [];
    },
    issueSession(kind = 'browser', userId = book.users[0]!.Id) {
      const sid = `${book.orgId.slice(0, 15)}!AQ${randomBytes(24).toString('base64url')}`;
      sessions.set(sid, { kind, userId });
      return sid;
    },
    expireSessions(kind) {
      for (const [sid, session] of sessions) if (!kind || session.kind === kind) sessions.delete(sid);
    },
    setFaults(next) {
      faults = { ...next };
    },
    async handle(req) {
      const path = req.url.pathname;
      if (path !== '/services/data' && !path.startsWith('/services/data/')) return null;
      api.requestCount += 1;
      api.requests.push({ method: req.method, path });
      api.arrivals.push(Date.now());
      if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
      // The versions list needs no session, as on a real org.
      if (path === '/services/data' || path === '/services/data/') {
        return json(
          200,
          Array.from({ length: 5 }, (_, i) => latest - 4 + i).map((v) => ({
            label: `Sample ${v}.0`,
            url: `/services/data/v${v}.0`,
            version: `${v}.0`,
          })),
        );
      }
      const fault = faultAnswer();
      if (fault) return fault;
      const auth = header(req, 'authorization') ?? '';
      const sid = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? '';
      const session = sessions.get(sid);
      if (!session) return sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
      if (faults.refuseBrowserSessions && session.kind === 'browser')
        return sfError(401, 'INVALID_SESSION_ID', 'This session is not valid for use with the REST API');
      const userId = session.userId;
      const version = /^\/services\/data\/(v\d+\.\d)/.exec(path)?.[1];
      if (!version || Number(version.slice(1)) > latest) return NOT_FOUND();
      const served =
        req.method === 'POST' && /^\/services\/data\/v\d+\.\d\/composite\/?$/.test(path)
          ? composite(req.body, userId)
          : call(req.method, path + req.url.search, parseBody(req.body), userId);
      // Every authenticated call counts against the org's daily allocation (a composite counts once).
      apiUsed += 1;
      const answer = { ...served, headers: { ...served.headers, 'sforce-limit-info': `api-usage=${apiUsed}/${dailyLimit}` } };
      // A proxy or a broken deployment: 200 with something that is not the documented shape.
      if (faults.mode === 'malformed' && answer.status === 200)
        return { ...answer, body: JSON.stringify({ unexpected: true, records: 'nope' }) };
      return answer;
    },
  };
  return api;
}
