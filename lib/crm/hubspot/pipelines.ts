import { z } from 'zod';
import type { ConnectorCache } from '../connector';
import type { CrmResult } from '../errors';
import { hubspotJson, type HubSpotHttp } from './client';
import { HsPipelinesSchema } from './schemas';

export const DAY_MS = 86_400_000;

/** One pipeline stage as the mapping needs it. */
export const StageSchema = z.object({
  label: z.string(),
  isClosed: z.boolean(),
  isWon: z.boolean(),
  pipelineId: z.string(),
  pipelineLabel: z.string(),
});
export type Stage = z.infer<typeof StageSchema>;
/** Stages by stage id. */
export const StagesSchema = z.record(z.string(), StageSchema);
export type Stages = z.infer<typeof StagesSchema>;

const Entry = z.object({ savedAt: z.number(), value: z.unknown() });

/**
 * A value the connector keeps in the background's cache for a day (pipelines, the portal's
 * properties): read when younger than a day and still of the expected shape, else loaded again.
 * `fresh` tells the caller whether it came from the API just now.
 */
export async function cachedDaily<T>(
  cache: ConnectorCache,
  key: string,
  now: number,
  schema: z.ZodType<T>,
  load: () => Promise<CrmResult<T>>,
  options: { force?: boolean } = {},
): Promise<CrmResult<T> & { fresh?: boolean }> {
  const entry = Entry.safeParse(options.force ? null : await cache.get(key).catch(() => undefined));
  if (entry.success && now - entry.data.savedAt < DAY_MS && now >= entry.data.savedAt) {
    const value = schema.safeParse(entry.data.value);
    if (value.success) return { ok: true, value: value.data, fresh: false };
  }
  const loaded = await load();
  if (loaded.ok) await cache.set(key, { savedAt: now, value: loaded.value }).catch(() => undefined);
  return loaded.ok ? { ...loaded, fresh: true } : loaded;
}

/**
 * A portal's stages of one object's pipelines: tickets are closed when their stage's metadata
 * says `ticketState: CLOSED` (or `isClosed: "true"`); deals when `isClosed` is "true", won when
 * the probability is 1.
 */
export async function readStages(http: HubSpotHttp, object: 'tickets' | 'deals'): Promise<CrmResult<Stages>> {
  const answer = await hubspotJson(http, `/crm/v3/pipelines/${object}`, HsPipelinesSchema);
  if (!answer.ok) return answer;
  const stages: Stages = {};
  for (const pipeline of answer.value.results) {
    for (const stage of pipeline.stages) {
      const m = stage.metadata;
      const isClosed = m.ticketState?.toUpperCase() === 'CLOSED' || m.isClosed?.toLowerCase() === 'true';
      stages[stage.id] = {
        label: stage.label,
        isClosed,
        isWon: isClosed && Number(m.probability) === 1,
        pipelineId: pipeline.id,
        pipelineLabel: pipeline.label,
      };
    }
  }
  return { ok: true, value: stages };
}

const stagesKey = (portalId: string, object: 'tickets' | 'deals') => `hubspot:${portalId}:pipelines:${object}`;

/** The stages from the day's cache, or read now. */
export function loadStages(
  http: HubSpotHttp,
  cache: ConnectorCache,
  portalId: string,
  object: 'tickets' | 'deals',
  now: number,
  options: { force?: boolean } = {},
) {
  return cachedDaily(cache, stagesKey(portalId, object), now, StagesSchema, () => readStages(http, object), options);
}
