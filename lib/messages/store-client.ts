import { browser } from 'wxt/browser';
import { z } from 'zod';
import { AccountSnapshotSchema } from '../crm/snapshot';
import type { CachedSnapshot } from '../store/snapshot-cache';
import type { HealthDay } from '../store/health-history';
import type { Request } from './messages';

// The panel's view of the store, answered by the background (see RequestSchema). Answers are
// parsed on arrival like any other boundary.
const send = (request: Request) => browser.runtime.sendMessage(request) as Promise<unknown>;

const CachedSchema = z.object({ savedAt: z.string(), snapshot: AccountSnapshotSchema }).nullable();
const HistorySchema = z.array(z.object({ day: z.string(), score: z.number().nullable() }));

export async function readCachedSnapshotViaBackground(key: string): Promise<CachedSnapshot | null> {
  const parsed = CachedSchema.safeParse(await send({ type: 'snapshot-cache-read', key }));
  return parsed.success ? parsed.data : null;
}

export async function readHealthHistoryViaBackground(accountKey: string): Promise<HealthDay[]> {
  const parsed = HistorySchema.safeParse(await send({ type: 'health-history-read', accountKey }));
  return parsed.success ? parsed.data : [];
}

export async function recordHealthScoreViaBackground(accountKey: string, day: string, score: number | null): Promise<void> {
  await send({ type: 'health-history-record', accountKey, day, score });
}

/** Opens the options page at a section (`salesforce`, `hubspot`, `mappings`…) in a tab of its own. */
export async function openSettings(section?: string): Promise<void> {
  await send({ type: 'open-options', ...(section ? { section } : {}) });
}
