import { browser } from 'wxt/browser';
import { z } from 'zod';
import { LocalDataCountsSchema, type LocalDataCounts } from '../store/local-data';
import type { Request } from './messages';

const send = (request: Request) => browser.runtime.sendMessage(request) as Promise<unknown>;
const DeletedSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), detail: z.string() }),
]);

/** What "Delete all local data" would remove; throws when the background does not answer in shape. */
export async function countLocalDataViaBackground(): Promise<LocalDataCounts> {
  return LocalDataCountsSchema.parse(await send({ type: 'local-data-count' }));
}

/** Deletes every note, draft, snapshot, score, checklist, token and setting kept in this browser. */
export async function deleteAllLocalDataViaBackground(): Promise<z.infer<typeof DeletedSchema>> {
  const answer = DeletedSchema.safeParse(await send({ type: 'local-data-delete' }));
  return answer.success ? answer.data : { ok: false, detail: 'The background answered out of shape' };
}
