import { describeOrg } from '../../lib/crm/salesforce/describe.ts';
import type { CrmSchema } from '../../lib/crm/schema.ts';
import { buildSampleBook } from '../sample-crm/book.ts';
import { createSalesforceApi, type SalesforceApiOptions } from '../sample-crm/salesforce-api.ts';
import { buildStandardOrgBook } from '../sample-crm/standard-org.ts';

/**
 * A `fetch` that answers from a sample org in-process (no sockets), for unit tests of the client:
 * Acme (customised) or Globex (standard objects only).
 */
export function sampleSalesforce(
  today = new Date('2026-11-22T12:00:00Z'),
  options: SalesforceApiOptions & { org?: 'acme' | 'globex' } = {},
) {
  const book = options.org === 'globex' ? buildStandardOrgBook(today) : buildSampleBook(today);
  const api = createSalesforceApi(book, options);
  const sid = api.issueSession();
  const fetchFn: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    // The client passes headers as a plain object; lower-case them as an HTTP server sees them.
    const headers = Object.fromEntries(
      Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const answer = await api.handle({ method: init?.method ?? 'GET', url, headers, body: String(init?.body ?? '') });
    if (!answer) return new Response('Not found', { status: 404 });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
  return { book, api, fetch: fetchFn, session: { apiHost: `${options.org ?? 'acme'}.my.salesforce.com`, sid, orgId: sid.split('!')[0]! } };
}

/** The Acme sample org with its schema described, and the request count reset: where a book test starts. */
export async function describedSampleSalesforce(today: Date) {
  const org = sampleSalesforce(today);
  const described = await describeOrg(org.session, null, { fetch: org.fetch, now: () => today });
  if (!described.ok) throw new Error(described.error.detail);
  org.api.resetCount();
  return { ...org, schema: described.value as CrmSchema };
}
