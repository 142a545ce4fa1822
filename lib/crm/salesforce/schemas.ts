import { z } from 'zod';

// The documented shapes of the REST answers Success Lens reads (test/fixtures/salesforce holds
// real ones). Records stay loose: which fields come back depends on the query and the org.

/** `[{message, errorCode, fields?}]`: every Salesforce REST error body. */
export const SfErrorBodySchema = z
  .array(z.object({ message: z.string(), errorCode: z.string(), fields: z.array(z.string()).optional() }).loose())
  .min(1);

/** A record: its fields plus `attributes` (`type`, and `url` except on aggregate rows). */
export const SfRecordSchema = z.looseObject({
  attributes: z.object({ type: z.string(), url: z.string().optional() }).loose().optional(),
});
export type SfRecord = z.infer<typeof SfRecordSchema>;

/** GET …/query?q= and GET …/query/<locator>: one page of at most 2,000 records. */
export const SfQueryResultSchema = z.object({
  totalSize: z.number().int().nonnegative(),
  done: z.boolean(),
  nextRecordsUrl: z.string().startsWith('/services/data/').optional(),
  records: z.array(SfRecordSchema),
});
export type SfQueryResult = z.infer<typeof SfQueryResultSchema>;

/** GET …/sobjects/<Type>/<id>: the record's fields with its attributes. */
export const SfSObjectSchema = SfRecordSchema.extend({ Id: z.string() });

/** GET /services/data/: the API versions the org serves. */
export const SfVersionsSchema = z.array(z.object({ version: z.string(), url: z.string(), label: z.string() }).loose());

/** POST …/composite: one result per subrequest, in order. */
export const SfCompositeResultSchema = z.object({
  compositeResponse: z.array(
    z.object({
      body: z.unknown(),
      httpStatusCode: z.number().int(),
      referenceId: z.string(),
      httpHeaders: z.record(z.string(), z.string()).optional(),
    }),
  ),
});
export type SfCompositeResult = z.infer<typeof SfCompositeResultSchema>;

export interface SfCompositeSubrequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  referenceId: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
}
export interface SfCompositeRequest {
  allOrNone: boolean;
  compositeRequest: SfCompositeSubrequest[];
}
