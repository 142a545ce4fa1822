import { z } from 'zod';
import { CrmNameSchema } from '../pages/record-ref-schema.ts';

/** VOC categories (DESIGN §2). */
export const VOC_CATEGORIES = ['bug', 'improvement', 'feature-request', 'usability', 'praise', 'churn-risk', 'pricing'] as const;
export const VocCategory = z.enum(VOC_CATEGORIES);
export type VocCategory = z.infer<typeof VocCategory>;

/**
 * Who acts on each category (DESIGN §1, §2): a bug goes to engineering, not to product planning;
 * improvements and new-feature requests go to product; "how do I…" to docs & onboarding; praise,
 * churn risk and pricing stay with customer success.
 */
export type VocRoute = 'engineering' | 'product' | 'docs & onboarding' | 'CS';
export const ROUTED_TO: Record<VocCategory, VocRoute> = {
  bug: 'engineering',
  improvement: 'product',
  'feature-request': 'product',
  usability: 'docs & onboarding',
  praise: 'CS',
  'churn-risk': 'CS',
  pricing: 'CS',
};

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const Sentiment = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof Sentiment>;

// UTC ISO times only (toISOString's form): newer-wins and sorting compare them as strings.
const isoTime = z.iso.datetime();

export const RemoteRefSchema = z.object({ crm: CrmNameSchema, id: z.string().min(1), savedAt: isoTime });
export type RemoteRef = z.infer<typeof RemoteRefSchema>;

export const NoteSchema = z.object({
  /** A uuid; the key of the note everywhere (tabs, backups, the CRM copy). */
  id: z.string().min(1),
  /** `salesforce:<org>:<accountId>` or `hubspot:<portal>:<companyId>`: opaque here. */
  accountKey: z.string().min(1),
  accountName: z.string(),
  body: z.string(),
  /** null: a plain note, not VOC. */
  category: VocCategory.nullable(),
  tags: z.array(z.string()),
  sentiment: Sentiment.nullable(),
  /** The text the CSM selected on a page when capturing it. */
  quote: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** Soft delete: Undo clears it; purgeDeletedNotes removes notes deleted long ago. */
  deletedAt: isoTime.nullable(),
  /** Bumped by every write: the base of optimistic concurrency between tabs. */
  revision: z.number().int().nonnegative(),
  /** Set once the CSM shared the note with the team in the CRM. */
  remote: RemoteRefSchema.nullable().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

/**
 * The account plan shared as its note: the note, and what the share did to the CRM copy (made it,
 * rewrote it in place, made it anew after it was deleted in the CRM, or left it as shared).
 */
export const SharedPlanSchema = z.object({ note: NoteSchema, outcome: z.enum(['created', 'updated', 'recreated', 'kept']) });
export type SharedPlan = z.infer<typeof SharedPlanSchema>;

/** What the CSM edits; the store fills in ids, times and revisions. */
export const NoteInputSchema = NoteSchema.pick({
  accountKey: true,
  accountName: true,
  body: true,
  category: true,
  tags: true,
  sentiment: true,
  quote: true,
  sourceUrl: true,
});
export type NoteInput = z.infer<typeof NoteInputSchema>;

/**
 * A draft is unfinished by nature: a capture from another page may not know its account yet,
 * so the account may be empty here (a note may not).
 */
export const DraftSchema = NoteInputSchema.extend({ accountKey: z.string(), noteId: z.string().nullable(), savedAt: isoTime });
export type Draft = z.infer<typeof DraftSchema>;

/** Tags as the store keeps them: trimmed, lower-cased, NFC, no repeats, no empties. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter(Boolean))];
}

export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').trim().toLowerCase();
}
