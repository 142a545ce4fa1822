import { z } from 'zod';

/** `[{message, errorCode, fields?}]`: every Salesforce REST error body. */
export const SfErrorBodySchema = z.array(
  z.object({ message: z.string(), errorCode: z.string(), fields: z.array(z.string()).optional() }),
);

const SfRecordSchema = z.looseObject({ attributes: z.object({ type: z.string() }).loose().optional() });

export const SfQueryResultSchema = z.object({
  totalSize: z.number().int(),
  done: z.boolean(),
  nextRecordsUrl: z.string().optional(),
  records: z.array(SfRecordSchema),
});
export type SfQueryResult = z.infer<typeof SfQueryResultSchema>;

export const SfSObjectSchema = SfRecordSchema.extend({ Id: z.string() });

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
