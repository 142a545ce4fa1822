import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Request } from './messages';

// The renewal checklist through the background (its store's one writer), apart from the other
// store reads: the book reads it for hundreds of accounts and needs nothing else of theirs.
const send = (request: Request) => browser.runtime.sendMessage(request) as Promise<unknown>;

const ChecklistSchema = z.object({ checked: z.record(z.string(), z.string()) });

/**
 * The ticked renewal steps of an account's cycle (ticked in the popup). An answer out of shape
 * (the store failed) throws: a checklist that could not be read must not look like an empty one.
 */
export async function readChecklistViaBackground(accountKey: string, renewalDate: string): Promise<Record<string, string>> {
  return ChecklistSchema.parse(await send({ type: 'checklist-read', accountKey, renewalDate })).checked;
}

const TickSchema = z.object({ ok: z.boolean() });

/** Ticks or unticks a renewal step in the background's store; true once it is stored. */
export async function tickChecklistViaBackground(
  accountKey: string,
  renewalDate: string,
  item: string,
  checked: boolean,
): Promise<boolean> {
  const parsed = TickSchema.safeParse(await send({ type: 'checklist-tick', accountKey, renewalDate, item, checked }));
  return parsed.success && parsed.data.ok;
}
