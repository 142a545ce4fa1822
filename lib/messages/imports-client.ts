import { browser } from 'wxt/browser';
import { z } from 'zod';
import { MatchableAccountSchema, type MatchableAccount } from '../imports/match-accounts';
import type { ImportedSignal } from '../imports/kinds';
import type { Request } from './messages';

// The import page's view of the background. Answers are parsed on arrival like any boundary.
const send = (request: Request) => browser.runtime.sendMessage(request) as Promise<unknown>;

const AccountsAnswer = z.object({ ok: z.literal(true), value: z.array(MatchableAccountSchema) });
const SaveAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.object({ added: z.number(), replaced: z.number(), unchanged: z.number() }) }),
  z.object({ ok: z.literal(false), error: z.object({ kind: z.string() }).loose() }),
]);
export type SaveAnswer = z.infer<typeof SaveAnswer>;

export const importsClient = {
  async accounts(): Promise<MatchableAccount[]> {
    return AccountsAnswer.parse(await send({ type: 'imports-accounts' })).value;
  },
  async save(rows: ImportedSignal[]): Promise<SaveAnswer> {
    const parsed = SaveAnswer.safeParse(await send({ type: 'imports-save', rows }));
    return parsed.success ? parsed.data : { ok: false, error: { kind: 'failed' } };
  },
};

/** The import page's address: the panel's "Set up signals" and the options page link here. */
export const importPageUrl = (): string => browser.runtime.getURL('/import.html');
