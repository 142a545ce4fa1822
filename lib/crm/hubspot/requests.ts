import { crmError, type CrmResult } from '../errors';
import { hubspotJson, type HubSpotHttp } from './client';
import {
  HsAssociationBatchSchema,
  HsAssociationsPageSchema,
  HsBatchReadSchema,
  HsSearchPageSchema,
  type HsAssociation,
  type HsAssociationBatch,
  type HsObject,
} from './schemas';

/** Ids per batch read (the API's limit). */
export const BATCH_SIZE = 100;
/** Associations per page (the v4 API's maximum). */
export const ASSOCIATION_PAGE = 500;
/** Records per association batch read (the API's limit since February 2025). */
export const ASSOCIATION_BATCH_SIZE = 1000;
/** Batch reads in flight at once: a company with thousands of tickets must not trip the ten-second limit. */
const BATCH_CONCURRENCY = 6;
/** Searches in flight at once: HubSpot takes five search requests a second per token. */
export const SEARCH_CONCURRENCY = 3;
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
export async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
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

/** `items` in runs of `size`. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The records of these ids with these properties: 100 ids a call, the calls in parallel. */
export async function batchRead(
  http: HubSpotHttp,
  type: HsObjectType,
  ids: readonly string[],
  properties: readonly string[],
): Promise<CrmResult<HsObject[]>> {
  const answers = await pool(chunksOf([...new Set(ids)], BATCH_SIZE), BATCH_CONCURRENCY, (chunk) =>
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

// A record without associations of the type, or deleted since it was found: nothing to read.
const nothingToRead = (e: NonNullable<HsAssociationBatch['errors']>[number]) =>
  e.subCategory === 'crm.associations.NO_ASSOCIATIONS_FOUND' || e.category === 'OBJECT_NOT_FOUND';

/**
 * Every association of many records to one type (v4 batch read): 1,000 records a call, then the
 * records with more than a page again, each with its own `after`. Every id asked for has an entry
 * (empty when it has none).
 */
export async function readAssociationsBatch(
  http: HubSpotHttp,
  from: HsObjectType,
  ids: readonly string[],
  to: HsObjectType,
): Promise<CrmResult<Map<string, HsAssociation[]>>> {
  const out = new Map<string, HsAssociation[]>(ids.map((id) => [id, []]));
  let pending: Array<{ id: string; after?: string }> = [...out.keys()].map((id) => ({ id }));
  for (let round = 0; pending.length > 0 && round < MAX_ASSOCIATION_PAGES; round++) {
    const answers = await pool(chunksOf(pending, ASSOCIATION_BATCH_SIZE), BATCH_CONCURRENCY, (inputs) =>
      hubspotJson(http, `/crm/v4/associations/${from}/${to}/batch/read`, HsAssociationBatchSchema, {
        method: 'POST',
        body: { inputs },
      }),
    );
    pending = [];
    for (const answer of answers) {
      if (!answer.ok) return answer;
      const failed = answer.value.errors?.find((e) => !nothingToRead(e));
      if (failed)
        return {
          ok: false,
          error: crmError('bad-response', `HubSpot could not read ${from} → ${to} associations: ${failed.message ?? failed.category}`),
        };
      for (const result of answer.value.results) {
        out.get(result.from.id)?.push(...result.to);
        const after = result.paging?.next?.after;
        if (after) pending.push({ id: result.from.id, after });
      }
    }
  }
  return { ok: true, value: out };
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
