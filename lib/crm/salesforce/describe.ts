import { z } from 'zod';
import { crmError, type CrmResult } from '../errors';
import type { CrmSchema, FieldInfo, FieldType } from '../schema';
import { API_BASE, salesforceJson, type HttpDeps } from './client';
import { salesforceError } from './errors';
import { SfCompositeResultSchema, type SfCompositeRequest } from './schemas';
import type { SalesforceSession } from './session';

/**
 * The objects an account view reads. Feedback Management's objects are described too: whether
 * they answer decides whether the NPS query is sent at all (Task and Event: the recent-activity
 * reads). Nine describes, no query: well inside one composite call (25 subrequests).
 */
export const VIEW_OBJECTS = [
  'Account',
  'Contact',
  'Opportunity',
  'Case',
  'Contract',
  'SurveyQuestionResponse',
  'SurveySubject',
  'Task',
  'Event',
] as const;

const DescribeFieldSchema = z.looseObject({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  custom: z.boolean().optional(),
  referenceTo: z.array(z.string()).nullish(),
  picklistValues: z.array(z.looseObject({ value: z.string(), active: z.boolean().optional() })).nullish(),
});
const DescribeSchema = z.looseObject({
  name: z.string(),
  label: z.string(),
  fields: z.array(DescribeFieldSchema),
  recordTypeInfos: z.array(z.looseObject({ name: z.string(), active: z.boolean().optional(), master: z.boolean().optional() })).nullish(),
});

// Salesforce's field types, folded into the normalised few the ranking and the mapper care about.
const TYPES: Record<string, FieldType> = {
  string: 'string',
  textarea: 'string',
  email: 'string',
  phone: 'string',
  url: 'string',
  combobox: 'string',
  encryptedstring: 'string',
  double: 'number',
  int: 'number',
  long: 'number',
  currency: 'currency',
  percent: 'percent',
  date: 'date',
  datetime: 'datetime',
  boolean: 'boolean',
  reference: 'reference',
  picklist: 'picklist',
  multipicklist: 'picklist',
};

type Described = z.infer<typeof DescribeSchema>;

/** One object's describe → its normalised fields. `RecordTypeId` lists the record type names as its values. */
export function normaliseDescribe(body: Described): CrmSchema['objects'][string] {
  const recordTypes = (body.recordTypeInfos ?? []).filter((r) => r.active !== false && !r.master).map((r) => r.name);
  const fields = body.fields.map((f): FieldInfo => {
    const picklist =
      f.name === 'RecordTypeId' ? recordTypes : (f.picklistValues ?? []).filter((p) => p.active !== false).map((p) => p.value);
    return {
      name: f.name,
      label: f.label,
      type: TYPES[f.type] ?? 'other',
      ...(picklist.length ? { picklistValues: picklist } : {}),
      ...(f.referenceTo?.length ? { referenceTo: f.referenceTo } : {}),
      ...(f.custom !== undefined ? { custom: f.custom } : {}),
    };
  });
  return { label: body.label, fields };
}

const referenceOf = (object: string) => `describe${object}`;

/**
 * One composite call of `GET /sobjects/X/describe`. With the schema read before, each object
 * carries If-Modified-Since: an unchanged object answers 304 with no body (cheap to send daily).
 */
export function buildDescribeRequest(objects: readonly string[], previous: CrmSchema | null): SfCompositeRequest {
  const since = previous ? new Date(previous.fetchedAt).toUTCString() : null;
  return {
    allOrNone: false,
    compositeRequest: objects.map((object) => ({
      method: 'GET' as const,
      url: `${API_BASE}/sobjects/${object}/describe`,
      referenceId: referenceOf(object),
      ...(since && previous?.objects[object] ? { httpHeaders: { 'If-Modified-Since': since } } : {}),
    })),
  };
}

/**
 * The composite answer → the org's schema. 200: the object as described; 304: as before; 404 or
 * INVALID_TYPE / NOT_FOUND (the org lacks it) and 403 (the user may not see it): absent. Account
 * absent, or any other failure, fails the whole reading.
 */
export function parseDescribeAnswer(
  answer: unknown,
  objects: readonly string[],
  previous: CrmSchema | null,
  source: string,
  now: Date,
): CrmResult<CrmSchema> {
  const parsed = SfCompositeResultSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, error: crmError('bad-response', 'The describe answer does not have the documented shape') };
  const byRef = new Map(parsed.data.compositeResponse.map((r) => [r.referenceId, r]));
  const out: CrmSchema['objects'] = {};
  for (const object of objects) {
    const sub = byRef.get(referenceOf(object));
    if (!sub) return { ok: false, error: crmError('bad-response', `The describe answer lacks ${object}`) };
    if (sub.httpStatusCode === 304) {
      const before = previous?.objects[object];
      if (!before) return { ok: false, error: crmError('bad-response', `${object} answered "not modified" to a first describe`) };
      out[object] = before;
      continue;
    }
    if (sub.httpStatusCode >= 300) {
      const error = salesforceError(sub.httpStatusCode, sub.body);
      if (sub.httpStatusCode === 404 || sub.httpStatusCode === 403 || error.kind === 'unsupported-object' || error.kind === 'not-found')
        continue;
      return { ok: false, error };
    }
    const body = DescribeSchema.safeParse(sub.body);
    if (!body.success)
      return { ok: false, error: crmError('bad-response', `The describe of ${object} does not have the documented shape`) };
    out[object] = normaliseDescribe(body.data);
  }
  if (!out.Account) return { ok: false, error: crmError('not-found', 'This org does not let you read Accounts') };
  return { ok: true, value: { source, fetchedAt: now.toISOString(), objects: out } };
}

/** Describes the view's objects in one round trip. */
export async function describeOrg(
  session: SalesforceSession,
  previous: CrmSchema | null,
  deps: HttpDeps & { now: () => Date },
): Promise<CrmResult<CrmSchema>> {
  const request = buildDescribeRequest(VIEW_OBJECTS, previous);
  const answer = await salesforceJson(session, `${API_BASE}/composite`, SfCompositeResultSchema, deps, { method: 'POST', body: request });
  if (!answer.ok) return answer;
  return parseDescribeAnswer(answer.value, VIEW_OBJECTS, previous, session.orgId, deps.now());
}
