import type { CrmResult } from '../errors';
import { hubspotJson, type HubSpotHttp } from './client';
import { HsAssociationsPageSchema, HsBatchReadSchema, HsSearchPageSchema, type HsAssociation, type HsObject } from './schemas';

/** Ids per batch read (the API's limit). */
export const BATCH_SIZE = 100;
/** Associations per page (the v4 API's maximum). */
export const ASSOCIATION_PAGE = 500;
/** Batch reads in flight at once: a company with thousands of tickets must not trip the ten-second limit. */
const BATCH_CONCURRENCY = 6;
const MAX_ASSOCIATION_PAGES = 40;

export type HsObjectType = 'companies' | 'contacts' | 'deals' | 'tickets' | 'feedback_submissions' | 'notes';

/** Every association of one record to a type, page after page (`paging.next.after`). */
export async function readAssociations(
  http: HubSpotHttp,
  from: HsObjectType,
  id: string,
  to: HsObjectType,
): Promise<CrmResult<HsAssociation[]>> {
  const all: HsAssociation[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_ASSOCIATION_PAGES; page++) {
    const query = `limit=${ASSOCIATION_PAGE}${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const answer = await hubspotJson(http, `/crm/v4/objects/${from}/${id}/associations/${to}?${query}`, HsAssociationsPageSchema);
    if (!answer.ok) return answer;
    all.push(...answer.value.results);
    after = answer.value.paging?.next?.after;
    if (!after) break;
  }
  return { ok: true, value: all };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the order. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** The records of these ids with these properties: 100 ids a call, the calls in parallel. */
export async function batchRead(
  http: HubSpotHttp,
  type: HsObjectType,
  ids: readonly string[],
  properties: readonly string[],
): Promise<CrmResult<HsObject[]>> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += BATCH_SIZE) chunks.push(unique.slice(i, i + BATCH_SIZE));
  const answers = await pool(chunks, BATCH_CONCURRENCY, (chunk) =>
    hubspotJson(http, `/crm/v3/objects/${type}/batch/read`, HsBatchReadSchema, {
      method: 'POST',
      body: { properties, inputs: chunk.map((id) => ({ id })) },
    }),
  );
  const records: HsObject[] = [];
  for (const answer of answers) {
    if (!answer.ok) return answer;
    records.push(...answer.value.results);
  }
  return { ok: true, value: records };
}

/** Every page of a search (200 a page), up to `maxPages`. */
export async function searchAll(
  http: HubSpotHttp,
  type: HsObjectType,
  body: Record<string, unknown>,
  maxPages = 5,
): Promise<CrmResult<HsObject[]>> {
  const records: HsObject[] = [];
  let after: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await hubspotJson(http, `/crm/v3/objects/${type}/search`, HsSearchPageSchema, {
      method: 'POST',
      body: { ...body, limit: 200, ...(after ? { after } : {}) },
    });
    if (!answer.ok) return answer;
    records.push(...answer.value.results);
    after = answer.value.paging?.next?.after;
    if (!after) break;
  }
  return { ok: true, value: records };
}

/** The primary association (HubSpot labels it "Primary"), else the first one. */
export function primaryOf(associations: readonly HsAssociation[]): string | null {
  const primary = associations.find((a) => a.associationTypes.some((t) => t.label?.toLowerCase() === 'primary'));
  return (primary ?? associations[0])?.toObjectId ?? null;
}
