import { z } from 'zod';
import { crmError, CrmErrorSchema, type CrmError } from './errors';
import type { AccountSnapshot } from './snapshot';

/**
 * Whose accounts a book refresh reads: the user's own, their team's (the user and the people who
 * report to them: a CS lead's), every account the user can see, or the accounts of a list the
 * CSM chose in the CRM for each org or portal (a Salesforce list view, a HubSpot company list).
 */
export const BookOwnerSchema = z.enum(['mine', 'team', 'all', 'list']);
export type BookOwner = z.infer<typeof BookOwnerSchema>;

/** A list of accounts kept in the CRM (a list view, a company list): its id and the name the CSM knows it by. */
export const BookListSchema = z.object({ id: z.string().min(1).max(64), label: z.string().max(255) });
export type BookList = z.infer<typeof BookListSchema>;

/**
 * A chosen list that cannot be the book, as an error the CSM acts on: `code` picks the sentence
 * (`LIST_VIEW_GONE`, `LIST_GONE`…) and `field` carries the list's name for it.
 */
export const bookListError = (kind: CrmError['kind'], code: string, label: string, detail: string, httpStatus?: number): CrmError =>
  crmError(kind, detail, { code, field: label, ...(httpStatus ? { httpStatus } : {}) });

/** Where and whose: the org's page host (Salesforce) or the portal (`source`), the owner setting, and the list when it is "list". */
export interface BookScope {
  host: string;
  source?: string;
  owner: BookOwner;
  list?: BookList;
}

/** An org or portal a refresh reads: its CRM, the page host, and the portal id where books follow connections. */
export const BookSourceSchema = z.object({ crm: z.enum(['salesforce', 'hubspot']), host: z.string(), source: z.string().nullable() });
export type BookSource = z.infer<typeof BookSourceSchema>;

/**
 * What a refresh knows of a source before any request, as one key: `crm:host`, or `crm:portal id`
 * for a CRM whose books are its connections. The day's budget and the chosen list are kept under it.
 */
export const bookSourceKey = (s: { crm: string; host: string; source?: string | null }) => `${s.crm}:${s.source ?? s.host}`;

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
      /** The scope is "list" and no list was chosen for this org or portal: nothing was read. */
      needsList: z.boolean().optional(),
      error: CrmErrorSchema.optional(),
    }),
  ),
});
export type BookStatus = z.infer<typeof BookStatusSchema>;
export const NO_BOOK_STATUS: BookStatus = { finishedAt: null, running: false, sources: [] };
