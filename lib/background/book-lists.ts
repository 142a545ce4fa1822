import type { BookList, BookSource } from '../crm/book';
import { crmError, type CrmResult } from '../crm/errors';
import { connectorFor } from '../crm/registry';
import type { Crm } from '../pages/record-ref';
import { bookSources } from './book-refresh';
import { connectorContext, type RequestOrigin } from './connector-context';

/** The orgs and portals a refresh reads, as Settings offers a list for each: no CRM request. */
export async function listBookSources(): Promise<CrmResult<BookSource[]>> {
  const sources = await bookSources();
  return { ok: true, value: sources.map(({ crm, host, source }) => ({ crm, host, source: source ?? null })) };
}

/**
 * The lists of accounts an org or portal keeps (its connector's `bookLists`), read on demand for
 * the picker in Settings. Our own pages only ask this: a page framed in the CRM never spends the API budget.
 */
export async function readBookLists(
  crm: Crm,
  where: { host: string; source?: string },
  origin: RequestOrigin,
): Promise<CrmResult<BookList[]>> {
  const connector = connectorFor(crm);
  if (!connector.bookLists)
    return { ok: false, error: crmError('bad-request', `${connector.name} keeps no lists a book can read`, { code: 'NO_LISTS' }) };
  return connector.bookLists(where, await connectorContext(connector, origin));
}
