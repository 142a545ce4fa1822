import { z } from 'zod';
import { crmError, CrmErrorSchema, type CrmResult } from '../crm/errors';
import type { Request } from './messages';
import { send, type Sent } from './send';

// A request to the background and its answer parsed as a CrmResult, apart from the clients'
// schemas: the book page's first paint loads this, not every client's.

/** A CrmResult<T> that crossed a message boundary. */
export function crmResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: CrmErrorSchema })]);
}

/** One request to the background, its answer parsed as a CrmResult of `schema`. */
export const ask = <T extends z.ZodType>(request: Request, schema: T): Promise<CrmResult<z.infer<T>>> => answerOf(send(request), schema);

/** The answer to a request already sent (`send`), parsed as a CrmResult of `schema`. */
export async function answerOf<T extends z.ZodType>(sent: Promise<Sent>, schema: T): Promise<CrmResult<z.infer<T>>> {
  const result = await sent;
  if (!result.answered) {
    // The background restarting or the extension being reloaded: say so instead of spinning.
    return {
      ok: false,
      error: crmError('internal', `the extension's background did not answer: ${result.detail}`, { code: 'NO_BACKGROUND' }),
    };
  }
  const parsed = crmResultSchema(schema).safeParse(result.answer);
  return parsed.success
    ? (parsed.data as CrmResult<z.infer<T>>)
    : { ok: false, error: crmError('internal', 'the background answered out of shape', { code: 'BAD_MESSAGE' }) };
}
