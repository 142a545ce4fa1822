import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PlanEdit } from '../plan/edits';
import { PlanSchema, type Plan } from '../plan/plan-schema';
import type { PlanResult } from '../store/plans';
import type { Request } from './messages';

// Account plans, kept by the background (the store's one writer). Answers are parsed on arrival.
const send = (request: Request) => browser.runtime.sendMessage(request) as Promise<unknown>;

const PlanResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: PlanSchema }),
  z.object({
    ok: z.literal(false),
    error: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('conflict'), current: PlanSchema }),
      z.object({ kind: z.literal('quota-exceeded') }),
      z.object({ kind: z.literal('not-found') }),
      z.object({ kind: z.literal('failed'), detail: z.string() }),
      z.object({ kind: z.literal('invalid'), detail: z.string() }),
    ]),
  }),
]);

export const planApi = {
  async read(accountKey: string, accountName: string): Promise<Plan> {
    return PlanSchema.parse(await send({ type: 'plan-read', accountKey, accountName }));
  },
  async edit(accountKey: string, accountName: string, edit: PlanEdit, baseRevision: number): Promise<PlanResult> {
    let answer: unknown;
    try {
      answer = await send({ type: 'plan-edit', accountKey, accountName, edit, baseRevision });
    } catch (error) {
      return { ok: false, error: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } };
    }
    const parsed = PlanResultSchema.safeParse(answer);
    return parsed.success ? parsed.data : { ok: false, error: { kind: 'failed', detail: 'unexpected answer from the background' } };
  },
  async listAll(): Promise<Plan[]> {
    return z.array(PlanSchema).parse(await send({ type: 'plans-list-all' }));
  },
};
export type PlanApi = typeof planApi;
