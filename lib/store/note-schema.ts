import { z } from 'zod';

/** VOC categories and where each goes (DESIGN §2). */
export const VOC_CATEGORIES = ['bug', 'improvement', 'feature-request', 'usability', 'praise', 'churn-risk', 'pricing'] as const;
export const VocCategory = z.enum(VOC_CATEGORIES);
export type VocCategory = z.infer<typeof VocCategory>;

export const ROUTED_TO: Record<VocCategory, 'engineering' | 'product' | 'docs-onboarding' | 'customer-success' | 'commercial'> = {
  bug: 'engineering',
  improvement: 'product',
  'feature-request': 'product',
  usability: 'docs-onboarding',
  praise: 'customer-success',
  'churn-risk': 'customer-success',
  pricing: 'commercial',
};

export const Sentiment = z.enum(['positive', 'neutral', 'negative']);

export const NoteSchema = z.object({
  id: z.string().min(1),
  /** `crm:org-or-portal:accountId`, the same key as the health history. */
  accountKey: z.string().min(1),
  accountName: z.string(),
  body: z.string(),
  category: VocCategory.nullable(),
  tags: z.array(z.string()),
  sentiment: Sentiment.nullable(),
  quote: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  revision: z.number().int().nonnegative(),
  /** Set once the CSM shared the note with the team in the CRM. */
  remote: z.object({ crm: z.enum(['salesforce', 'hubspot']), id: z.string(), savedAt: z.string() }).nullable().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

/** What the CSM edits; the store fills in ids, times and revisions. */
export const NoteInputSchema = NoteSchema.pick({ accountKey: true, accountName: true, body: true, category: true, tags: true, sentiment: true, quote: true, sourceUrl: true });
export type NoteInput = z.infer<typeof NoteInputSchema>;

export const DraftSchema = NoteInputSchema.extend({ noteId: z.string().nullable(), savedAt: z.string() });
export type Draft = z.infer<typeof DraftSchema>;

/** Tags as the store keeps them: trimmed, lower-cased, no repeats, no empties. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase().normalize('NFC')).filter(Boolean))];
}
