import { z } from 'zod';

export const OverrideSchema = z.object({
  score: z.number().int().min(0).max(100),
  reason: z.string().trim().min(1),
  expiresAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
  setAt: z.string(),
});
export type StoredOverride = z.infer<typeof OverrideSchema>;

const OverridesSchema = z.record(z.string(), z.unknown());

/** The CSM's health overrides by account key; an entry that no longer parses is dropped on read. */
export function parseHealthOverrides(raw: unknown): Record<string, StoredOverride> {
  const all = OverridesSchema.safeParse(raw);
  if (!all.success) return {};
  const out: Record<string, StoredOverride> = {};
  for (const [key, value] of Object.entries(all.data)) {
    const parsed = OverrideSchema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}
