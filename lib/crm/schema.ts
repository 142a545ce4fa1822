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

/** The same, checked where a schema crosses a boundary (a message, a cache). */
export const FieldInfoSchema: z.ZodType<FieldInfo> = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(['string', 'number', 'currency', 'percent', 'date', 'datetime', 'boolean', 'reference', 'picklist', 'other']),
  picklistValues: z.array(z.string()).optional(),
  referenceTo: z.array(z.string()).optional(),
  custom: z.boolean().optional(),
});
export const CrmSchemaSchema: z.ZodType<CrmSchema> = z.object({
  source: z.string(),
  fetchedAt: z.string(),
  objects: z.record(z.string(), z.object({ label: z.string(), fields: z.array(FieldInfoSchema) })),
});
