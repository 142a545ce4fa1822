import { z } from 'zod';

/**
 * "Something changed in the store": posted after each committed write so that a panel or VOC
 * page open in another tab refreshes. Same-origin only (BroadcastChannel never leaves the
 * extension's origin). `accountKey` null means many accounts at once (restore, purge); for
 * `snapshots` it holds the record key the snapshot was cached under.
 *
 * Chromium may partition BroadcastChannel in a frame under a third-party top-level site, so the
 * panel (an extension frame on the CRM page) may not hear it: it keeps listening to notesChanged
 * (storage.onChanged). Top-level extension pages (popup, VOC page, options) and the background do.
 */
export const STORE_CHANNEL = 'success-lens-store';

export const StoreChangeSchema = z.object({
  store: z.enum(['notes', 'drafts', 'checklists', 'healthHistory', 'snapshots', 'plans']),
  accountKey: z.string().nullable(),
});
export type StoreChange = z.infer<typeof StoreChangeSchema>;

let poster: BroadcastChannel | null | undefined;

function channel(): BroadcastChannel | null {
  if (poster === undefined) {
    // Absent in some workers and old engines: changes are then simply not announced.
    poster = typeof BroadcastChannel === 'function' ? new BroadcastChannel(STORE_CHANNEL) : null;
    // Node's channel would keep a script (the benchmark) alive; browsers have no unref.
    (poster as { unref?: () => void } | null)?.unref?.();
  }
  return poster;
}

/** Tells the other tabs; never throws (a lost announcement only delays a refresh). */
export function announceChange(change: StoreChange): void {
  try {
    channel()?.postMessage(change);
  } catch {
    // a closed or unavailable channel: nothing to do
  }
}

/**
 * Calls `listener` for each change announced by any other context of the extension (and by
 * this one's store). Returns the unsubscribe. Messages are parsed: the channel is an edge.
 */
export function watchChanges(listener: (change: StoreChange) => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const receiver = new BroadcastChannel(STORE_CHANNEL);
  receiver.onmessage = (event: MessageEvent) => {
    const parsed = StoreChangeSchema.safeParse(event.data);
    if (parsed.success) listener(parsed.data);
  };
  return () => receiver.close();
}
