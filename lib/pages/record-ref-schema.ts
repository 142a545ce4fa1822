import { z } from 'zod';
import { CRMS, type RecordRef } from './record-ref';

/** Parses a RecordRef that crossed a boundary (the panel's URL hash, a message, storage). */
export const RecordRefSchema: z.ZodType<RecordRef> = z.discriminatedUnion('crm', [
  z.object({
    crm: z.literal('salesforce'),
    host: z.string().min(1),
    objectType: z.string().min(1),
    recordId: z.string().length(18),
  }),
  z.object({
    crm: z.literal('hubspot'),
    host: z.string().min(1),
    objectType: z.enum(['company', 'contact', 'deal', 'ticket']),
    recordId: z.string().regex(/^\d+$/),
    portalId: z.string().regex(/^\d+$/),
  }),
]);

/** A CRM's name that crossed a boundary. */
export const CrmNameSchema = z.enum(CRMS);
