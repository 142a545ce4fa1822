import { bookListError, type BookList } from '../book';
import type { CrmError, CrmResult } from '../errors';
import { hubspotJson, type HubSpotHttp } from './client';
import { HsListFetchSchema, HsListMembershipsSchema, HsListSearchSchema } from './schemas';

// The portal's company lists (Lists API v3, scope crm.lists.read): what the settings page offers,
// and the member ids a "list" book reads.

/** HubSpot's object type id of companies: lists of contacts, deals… are never a book. */
export const COMPANY_OBJECT_TYPE = '0-2';
/** Lists a search page holds at most (HubSpot's maximum `count`), and the pages read for the picker. */
const SEARCH_COUNT = 500;
const SEARCH_PAGES = 10;
/** Member ids a memberships page holds at most (HubSpot's maximum `limit`). */
export const MEMBERSHIP_PAGE = 250;
const LIST_ID = /^\d{1,20}$/;

/** Every company list of the portal, by name as HubSpot answers them; lists of other objects are left out. */
export async function readCompanyLists(http: HubSpotHttp): Promise<CrmResult<BookList[]>> {
  const lists: BookList[] = [];
  let offset = 0;
  for (let page = 0; page < SEARCH_PAGES; page++) {
    const answer = await hubspotJson(http, '/crm/v3/lists/search', HsListSearchSchema, {
      method: 'POST',
      body: { query: '', count: SEARCH_COUNT, offset },
    });
    if (!answer.ok) return answer;
    for (const list of answer.value.lists) if (list.objectTypeId === COMPANY_OBJECT_TYPE) lists.push({ id: list.listId, label: list.name });
    if (!answer.value.hasMore || answer.value.offset === undefined || answer.value.offset <= offset) break;
    offset = answer.value.offset;
  }
  return { ok: true, value: lists };
}

const listError = (kind: CrmError['kind'], code: string, label: string, detail: string, httpStatus?: number) =>
  bookListError(kind, code, label, `List “${label}”: ${detail}`, httpStatus);

/**
 * The ids of the companies on the chosen list: the list first (is it still there, is it a list of
 * companies, its current name), then its memberships 250 a page, up to `maxIds`. A deleted list or a
 * list of other records is an error naming the list, never an empty book; `cut` says ids were left.
 */
export async function companyListMembers(
  http: HubSpotHttp,
  list: BookList,
  maxIds: number,
): Promise<CrmResult<{ label: string; ids: string[]; cut: boolean }>> {
  if (!LIST_ID.test(list.id))
    return { ok: false, error: listError('not-found', 'LIST_GONE', list.label, `${list.id.slice(0, 40)} is not a list id`) };
  const found = await hubspotJson(http, `/crm/v3/lists/${list.id}`, HsListFetchSchema);
  if (!found.ok)
    return {
      ok: false,
      error:
        found.error.httpStatus === 404
          ? listError('not-found', 'LIST_GONE', list.label, 'it no longer exists in the portal', 404)
          : found.error,
    };
  const label = found.value.list.name;
  if (found.value.list.objectTypeId !== COMPANY_OBJECT_TYPE)
    return {
      ok: false,
      error: listError(
        'bad-request',
        'LIST_NOT_COMPANIES',
        label,
        `it lists objects of type ${found.value.list.objectTypeId}, not companies`,
      ),
    };
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await hubspotJson(
      http,
      `/crm/v3/lists/${list.id}/memberships?limit=${MEMBERSHIP_PAGE}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      HsListMembershipsSchema,
    );
    if (!page.ok) return page;
    ids.push(...page.value.results.map((r) => r.recordId));
    after = page.value.paging?.next?.after;
  } while (after && ids.length < maxIds);
  return { ok: true, value: { label, ids: ids.slice(0, maxIds), cut: Boolean(after) || ids.length > maxIds } };
}
