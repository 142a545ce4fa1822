import { z } from 'zod';
import { ImportKind } from '../imports/kinds';
import { storedValue } from './local-storage-item';

const SavedMappingSchema = z.object({ kind: ImportKind, mapping: z.record(z.string(), z.number().int().nonnegative()) });
export type SavedMapping = z.infer<typeof SavedMappingSchema>;
const SavedMappingsSchema = z.record(z.string(), SavedMappingSchema);

/**
 * Column mappings by header shape (lib/imports/columns.ts headerShape): next month's export of the
 * same tool has the same header, so it imports in two clicks. A damaged value reads as none.
 */
export const importMappings = storedValue('importMappings', (raw) => {
  const parsed = SavedMappingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
});
