import { z } from 'zod';
import { bookListError, type BookList } from '../book';
import { crmError, type CrmError, type CrmResult } from '../errors';
import { API_BASE, salesforceJson, type HttpDeps } from './client';
import { salesforceError } from './errors';
import { listViewFilter, type ListViewFilter } from './list-view-query';
import { SfCompositeResultSchema } from './schemas';
import type { SalesforceSession } from './session';

// The org's Account list views (REST "List Views" and "List View Describe", API 32.0 and later).

const ListViewSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  developerName: z.string().optional(),
  soqlCompatible: z.boolean(),
});
/** GET …/sobjects/Account/listviews: the list views the user can see (`nextRecordsUrl` while there are more). */
const ListViewsSchema = z.looseObject({
  listviews: z.array(ListViewSchema),
  done: z.boolean().optional(),
  nextRecordsUrl: z.string().startsWith('/services/data/').nullable().optional(),
});
/** GET …/listviews/<id>/describe: the view's columns, order and its whole SOQL statement. */
const ListViewDescribeSchema = z.looseObject({ query: z.string() });

/** A list view id (key prefix 00B): refused rather than escaped into a path. */
const LIST_VIEW_ID = /^00B[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;
/** Pages of list views read for the picker: an org with more views than this is cut, the first ones offered. */
const MAX_PAGES = 10;
const listViewsPath = `${API_BASE}/sobjects/Account/listviews`;

/**
 * The Account list views the user can pick as a book, in the org's order. Views that are not
 * SOQL-compatible (their filter cannot be read as a query, e.g. "Recently Viewed") are left out:
 * the book could not read their accounts.
 */
export async function readAccountListViews(session: SalesforceSession, deps: HttpDeps): Promise<CrmResult<BookList[]>> {
  const views: BookList[] = [];
  let path: string | null | undefined = listViewsPath;
  for (let page = 0; path && page < MAX_PAGES; page++) {
    const answer: CrmResult<z.infer<typeof ListViewsSchema>> = await salesforceJson(session, path, ListViewsSchema, deps);
    if (!answer.ok) return answer;
    for (const view of answer.value.listviews) if (view.soqlCompatible) views.push({ id: view.id, label: view.label });
    path = answer.value.done === false ? answer.value.nextRecordsUrl : null;
  }
  return { ok: true, value: views };
}

const listError = (kind: CrmError['kind'], code: string, label: string, detail: string, httpStatus?: number) =>
  bookListError(kind, code, label, `List view “${label}”: ${detail}`, httpStatus);

/**
 * The chosen list view's scope and condition, in one composite call: its basic information (does
 * it still exist, is it SOQL-compatible, its current name) and its describe (the statement). A view
 * that was deleted, cannot be read as SOQL, or whose describe fails is an error naming the view,
 * never an empty book.
 */
export async function readListViewFilter(
  session: SalesforceSession,
  list: BookList,
  deps: HttpDeps,
): Promise<CrmResult<ListViewFilter & { label: string }>> {
  if (!LIST_VIEW_ID.test(list.id))
    return { ok: false, error: listError('not-found', 'LIST_VIEW_GONE', list.label, `${list.id.slice(0, 40)} is not a list view id`) };
  const base = `${listViewsPath}/${list.id}`;
  const answer = await salesforceJson(session, `${API_BASE}/composite`, SfCompositeResultSchema, deps, {
    method: 'POST',
    body: {
      allOrNone: false,
      compositeRequest: [
        { method: 'GET', url: base, referenceId: 'view' },
        { method: 'GET', url: `${base}/describe`, referenceId: 'describe' },
      ],
    },
  });
  if (!answer.ok) return answer;
  const byRef = new Map(answer.value.compositeResponse.map((r) => [r.referenceId, r]));
  const info = byRef.get('view');
  const describe = byRef.get('describe');
  if (!info || !describe) return { ok: false, error: crmError('bad-response', 'The composite answer lacks the list view') };
  if (info.httpStatusCode >= 300) {
    const error = salesforceError(info.httpStatusCode, info.body);
    return {
      ok: false,
      error:
        error.kind === 'not-found'
          ? listError('not-found', 'LIST_VIEW_GONE', list.label, 'it no longer exists or is not shared with you', 404)
          : error,
    };
  }
  const view = ListViewSchema.safeParse(info.body);
  if (!view.success) return { ok: false, error: crmError('bad-response', 'The list view answer does not have the documented shape') };
  const label = view.data.label;
  if (!view.data.soqlCompatible)
    return { ok: false, error: listError('bad-request', 'LIST_VIEW_NOT_SOQL', label, 'Salesforce cannot read its filter as a query') };
  if (describe.httpStatusCode >= 300) {
    const error = salesforceError(describe.httpStatusCode, describe.body);
    return { ok: false, error: listError('bad-request', 'LIST_VIEW_UNREADABLE', label, `its describe failed (${error.detail})`) };
  }
  const described = ListViewDescribeSchema.safeParse(describe.body);
  const filter = described.success ? listViewFilter(described.data.query) : null;
  if (!filter)
    return {
      ok: false,
      error: listError('bad-request', 'LIST_VIEW_UNREADABLE', label, 'its query is not a SELECT from Account that the book can reuse'),
    };
  return { ok: true, value: { ...filter, label } };
}
