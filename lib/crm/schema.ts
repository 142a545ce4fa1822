import { z } from 'zod';

/**
 * An org's or portal's schema, normalised across CRMs: which objects and fields exist, with their
 * labels, types and picklist values. Connectors build queries from it (never asking for a field
 * the org lacks) and the settings page suggests mappings from it.
 */
export type FieldType = 'string' | 'number' | 'currency' | 'percent' | 'date' | 'datetime' | 'boolean' | 'reference' | 'picklist' | 'other';

export interface FieldInfo {
  /** API name (`ARR__c`, `annualrevenue`). */
  name: string;
  label: string;
  type: FieldType;
  /** Active picklist / enumeration values, where the field has them. */
  picklistValues?: string[];
  /** For references (lookups): the object types they point at. */
  referenceTo?: string[];
  custom?: boolean;
}

export interface CrmSchema {
  /** The org id or portal id the schema belongs to. */
  source: string;
  /** When it was read (ISO); a connector refreshes it daily. */
  fetchedAt: string;
  /** By object API name (`Account`, `companies`…); an object the org lacks is absent. */
  objects: Record<string, { label: string; fields: FieldInfo[] }>;
}

/** A field that crossed a boundary (a message, a cache). */
export const FieldInfoSchema = z.object({
  name: z.string().min(1),
  label: z.string(),
  type: z.enum(['string', 'number', 'currency', 'percent', 'date', 'datetime', 'boolean', 'reference', 'picklist', 'other']),
  picklistValues: z.array(z.string()).optional(),
  referenceTo: z.array(z.string()).optional(),
  custom: z.boolean().optional(),
});

/** A schema as a connector cached it: checked on the way back in, like anything stored. */
export const CrmSchemaSchema = z.object({
  source: z.string(),
  fetchedAt: z.iso.datetime(),
  objects: z.record(z.string(), z.object({ label: z.string(), fields: z.array(FieldInfoSchema) })),
});

/** The field `name` (case-insensitive, as the CRMs' APIs take them) of `object`, or null. */
export function fieldOf(schema: CrmSchema, object: string, name: string): FieldInfo | null {
  const lower = name.toLowerCase();
  return schema.objects[object]?.fields.find((f) => f.name.toLowerCase() === lower) ?? null;
}
