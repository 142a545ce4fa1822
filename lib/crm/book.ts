import { z } from 'zod';
import { CrmErrorSchema } from './errors';
import type { AccountSnapshot } from './snapshot';

/**
 * Whose accounts a book refresh reads: the user's own, their team's (the user and the people who
 * report to them: a CS lead's), or every account the user can see.
 */
export const BookOwnerSchema = z.enum(['mine', 'team', 'all']);
export type BookOwner = z.infer<typeof BookOwnerSchema>;

/** Where and whose: the org's page host (Salesforce) or the portal (`source`), and the owner setting. */
export interface BookScope {
  host: string;
  source?: string;
  owner: BookOwner;
}

/**
 * A book as a connector read it: one normalised snapshot per account, and whether it is whole.
 * `stoppedBy` says why not: the share of the day's API budget is spent, or the book runs past
 * the pages one refresh reads.
 */
export interface BookLoad {
  source: string;
  /** The CRM user the book belongs to (null when the scope is "all"). */
  ownerId: string | null;
  accounts: AccountSnapshot[];
  complete: boolean;
  stoppedBy?: 'budget' | 'page-limit';
}

/** How the last refresh went, per org or portal: the page and Settings say it in words. */
export const BookStatusSchema = z.object({
  finishedAt: z.iso.datetime().nullable(),
  running: z.boolean(),
  sources: z.array(
    z.object({
      crm: z.enum(['salesforce', 'hubspot']),
      host: z.string(),
      source: z.string().nullable(),
      accounts: z.number().int().nonnegative(),
      complete: z.boolean(),
      stoppedBy: z.enum(['budget', 'page-limit']).optional(),
      /** The CRM cannot read a book yet (its connector has no loadBook). */
      unsupported: z.boolean().optional(),
      error: CrmErrorSchema.optional(),
    }),
  ),
});
export type BookStatus = z.infer<typeof BookStatusSchema>;
export const NO_BOOK_STATUS: BookStatus = { finishedAt: null, running: false, sources: [] };
