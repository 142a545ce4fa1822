import { z } from 'zod';
import { BookListSchema, BookOwnerSchema } from '../crm/book';

/**
 * How the book is refreshed: whose accounts (and, for "list", the list chosen per org or portal,
 * keyed by `bookSourceKey`: the page host of a Salesforce org, the id of a HubSpot portal, which is
 * all a refresh knows of a source before its first request), how often, and the share of the org's daily API
 * allocation it may spend (2 % of a 15,000-call org is 300 calls: a 500-account book costs about 7);
 * and whether a refresh that finds an account worse off says so in a notification (off until the
 * CSM turns it on and the browser allows it).
 */
export const BookSettingsSchema = z.object({
  owner: BookOwnerSchema.catch('mine').default('mine'),
  lists: z.record(z.string(), BookListSchema).catch({}).default({}),
  intervalHours: z.number().int().min(1).max(24).catch(4).default(4),
  budgetShare: z.number().min(0.001).max(0.5).catch(0.02).default(0.02),
  notify: z.boolean().catch(false).default(false),
});
export type BookSettings = z.infer<typeof BookSettingsSchema>;

export const DEFAULT_BOOK_SETTINGS: BookSettings = BookSettingsSchema.parse({});

/** Stored settings with the default for whatever is missing or invalid. */
export function parseBookSettings(raw: unknown): BookSettings {
  const parsed = BookSettingsSchema.safeParse(raw && typeof raw === 'object' ? raw : {});
  return parsed.success ? parsed.data : DEFAULT_BOOK_SETTINGS;
}
