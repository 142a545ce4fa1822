import type { RecordRef } from '../../pages/record-ref';
import { crmError, type CrmResult } from '../errors';
import type { CrmSchema } from '../schema';
import { API_BASE, salesforceJson } from './client';
import { salesforceError } from './errors';
import { ACCOUNT_LINK, recordIdOrReference } from './queries';
import { orgSchema, type SchemaDeps } from './schema-cache';
import { SfCompositeResultSchema } from './schemas';
import type { SalesforceSession } from './session';

type SalesforceRef = Extract<RecordRef, { crm: 'salesforce' }>;

/** The whole Account row behind a record page, in one round trip (the page record's AccountId by reference). */
async function accountRow(
  ref: SalesforceRef,
  session: SalesforceSession,
  deps: SchemaDeps,
): Promise<CrmResult<Record<string, unknown> | null>> {
  const link = ACCOUNT_LINK[ref.objectType];
  if (link === undefined) return { ok: true, value: null };
  const id = recordIdOrReference(ref.recordId);
  const compositeRequest = [
    ...(link
      ? [{ method: 'GET' as const, url: `${API_BASE}/sobjects/${ref.objectType}/${id}?fields=${link}`, referenceId: 'record' }]
      : []),
    { method: 'GET' as const, url: `${API_BASE}/sobjects/Account/${link ? `@{record.${link}}` : id}`, referenceId: 'account' },
  ];
  const answer = await salesforceJson(session, `${API_BASE}/composite`, SfCompositeResultSchema, deps, {
    method: 'POST',
    body: { allOrNone: false, compositeRequest },
  });
  if (!answer.ok) return answer;
  const account = answer.value.compositeResponse.find((r) => r.referenceId === 'account');
  if (!account) return { ok: false, error: crmError('bad-response', 'The composite answer lacks the account') };
  if (account.httpStatusCode >= 300) return { ok: false, error: salesforceError(account.httpStatusCode, account.body) };
  return { ok: true, value: account.body && typeof account.body === 'object' ? (account.body as Record<string, unknown>) : null };
}

/**
 * What the settings page needs to suggest mappings: the org's schema (from the cache when it is
 * fresh) and the raw values of the account behind `ref`, so each suggestion shows what it holds.
 * An account that cannot be read leaves the values out; the schema still serves.
 */
export async function readSalesforceSchema(
  ref: SalesforceRef,
  session: SalesforceSession,
  deps: SchemaDeps,
): Promise<CrmResult<{ schema: CrmSchema; accountValues: Record<string, unknown> | null }>> {
  const [schema, row] = await Promise.all([orgSchema(session, deps), accountRow(ref, session, deps)]);
  if (!schema.ok) return schema;
  return { ok: true, value: { schema: schema.value.schema, accountValues: row.ok ? row.value : null } };
}
