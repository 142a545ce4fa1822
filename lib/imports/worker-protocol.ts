import type { BadRow } from './check-rows.ts';
import type { ColumnMapping } from './columns.ts';
import type { TextEncodingName } from './decode.ts';
import type { ImportKind, ImportedSignal } from './kinds.ts';
import type { MatchableAccount } from './match-accounts.ts';

/** Page → import worker. The worker keeps the parsed file and the good rows between messages. */
export type ToWorker =
  | { type: 'read'; file: string; bytes: ArrayBuffer }
  | { type: 'check'; kind: ImportKind; mapping: ColumnMapping; accounts: MatchableAccount[]; importedAt: string }
  | { type: 'batch'; index: number; size: number };

/** Import worker → page. */
export type FromWorker =
  | { type: 'read'; headers: string[]; preview: string[][]; rowCount: number; delimiter: string; encoding: TextEncodingName }
  | { type: 'progress'; done: number; total: number }
  | { type: 'checked'; goodCount: number; bad: BadRow[]; matchedAccounts: number; badCsv: string }
  | { type: 'batch'; index: number; rows: ImportedSignal[] };

export const PREVIEW_ROWS = 5;
