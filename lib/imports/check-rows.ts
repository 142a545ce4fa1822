import type { ColumnMapping } from './columns.ts';
import { parseImportDate } from './dates.ts';
import { KIND_FIELDS, signalIdentity, type FieldSpec, type ImportKind, type ImportedSignal, type SignalValues } from './kinds.ts';
import { accountMatcher, type MatchableAccount } from './match-accounts.ts';

export type ProblemCode = 'empty' | 'bad-date' | 'bad-score' | 'bad-number' | 'unknown-account' | 'several-accounts' | 'duplicate';
export interface RowProblem {
  line: number;
  code: ProblemCode;
  /** The field the problem is in (its column's header is in the report). */
  field: string;
  value: string;
  /** The line of the earlier row a duplicate repeats. */
  firstLine?: number;
}
export interface BadRow {
  line: number;
  cells: string[];
  problems: RowProblem[];
}
export interface CheckResult {
  good: ImportedSignal[];
  bad: BadRow[];
  /** Rows per matched account (the match report). */
  matchedAccounts: number;
}
export interface CheckInput {
  kind: ImportKind;
  mapping: ColumnMapping;
  rows: readonly string[][];
  lines: readonly number[];
  accounts: readonly MatchableAccount[];
  file: string;
  importedAt: string;
  /** Called every `every` rows with how many are done (the worker's progress bar). */
  onProgress?: (done: number) => void;
}

// "1,234", "$1,234.50", "₩1,200,000", "12 345": thousands separators and currency signs go,
// a decimal comma does not exist here (it would be refused, not read as thousands).
const NUMBER = /^-?\d+(\.\d+)?$/;
function readNumber(cell: string): number | null {
  const t = cell.replace(/[\s,$€£¥₩]|KRW|USD|EUR/g, '');
  return NUMBER.test(t) ? Number(t) : null;
}

type Read = { ok: true; value: unknown } | { ok: false; code: ProblemCode };

function readField(field: FieldSpec, cell: string): Read {
  switch (field.type) {
    case 'date': {
      const d = parseImportDate(cell);
      return d ? { ok: true, value: d } : { ok: false, code: 'bad-date' };
    }
    case 'count': {
      const n = readNumber(cell);
      return n !== null && Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, code: 'bad-number' };
    }
    case 'score': {
      const n = readNumber(cell);
      return n !== null && Number.isInteger(n) && n >= 0 && n <= 10 ? { ok: true, value: n } : { ok: false, code: 'bad-score' };
    }
    case 'money': {
      const n = readNumber(cell);
      return n !== null ? { ok: true, value: n } : { ok: false, code: 'bad-number' };
    }
    default:
      return { ok: true, value: cell.trim() };
  }
}

function opt<T>(x: unknown): T | null {
  return x === undefined ? null : (x as T);
}

function valuesOf(kind: ImportKind, v: Record<string, unknown>): SignalValues {
  switch (kind) {
    case 'usage':
      return {
        kind,
        periodStart: v.periodStart as string,
        periodEnd: v.periodEnd as string,
        activeUsers: v.activeUsers as number,
        licensedSeats: opt<number>(v.licensedSeats),
      };
    case 'logins':
      return { kind, periodStart: v.periodStart as string, periodEnd: v.periodEnd as string, logins: v.logins as number };
    case 'features':
      return {
        kind,
        periodStart: v.periodStart as string,
        periodEnd: v.periodEnd as string,
        featuresUsed: v.featuresUsed as number,
        featuresTotal: v.featuresTotal as number,
      };
    case 'nps':
      return {
        kind,
        respondentId: v.respondent as string,
        respondentName: opt<string>(v.respondentName),
        score: v.score as number,
        answeredOn: v.date as string,
        comment: opt<string>(v.comment),
      };
    case 'invoices':
      return {
        kind,
        invoiceId: opt<string>(v.invoiceId),
        dueDate: v.dueDate as string,
        paidDate: opt<string>(v.paidDate),
        amount: opt<number>(v.amount),
      };
  }
}

/**
 * Checks every row before anything is saved: each problem is reported with its file line, and a
 * row with any problem is never among the good ones. Same-identity rows after the first are
 * duplicates. Pure, so it runs in a worker and in tests alike.
 */
export function checkRows(input: CheckInput): CheckResult {
  const fields = KIND_FIELDS[input.kind];
  const match = accountMatcher(input.accounts);
  const seen = new Map<string, number>();
  const good: ImportedSignal[] = [];
  const bad: BadRow[] = [];
  const accounts = new Set<string>();
  for (let r = 0; r < input.rows.length; r++) {
    if (input.onProgress && r > 0 && r % 5000 === 0) input.onProgress(r);
    const cells = input.rows[r]!;
    const line = input.lines[r] ?? r + 2;
    const problems: RowProblem[] = [];
    const read: Record<string, unknown> = {};
    let accountKey = '';
    for (const field of fields) {
      const column = input.mapping[field.id];
      const cell = column === undefined ? '' : (cells[column] ?? '');
      if (cell.trim() === '') {
        if (field.required) problems.push({ line, code: 'empty', field: field.id, value: '' });
        continue;
      }
      if (field.type === 'account') {
        const m = match(cell);
        if (m.kind === 'one') accountKey = m.accountKey;
        else problems.push({ line, code: m.kind === 'none' ? 'unknown-account' : 'several-accounts', field: field.id, value: cell });
        continue;
      }
      const got = readField(field, cell);
      if (got.ok) read[field.id] = got.value;
      else problems.push({ line, code: got.code, field: field.id, value: cell });
    }
    if (problems.length === 0) {
      const values = valuesOf(input.kind, read);
      const id = signalIdentity(accountKey, values);
      const first = seen.get(id);
      if (first !== undefined)
        problems.push({ line, code: 'duplicate', field: 'account', value: cells[input.mapping.account!] ?? '', firstLine: first });
      else {
        seen.set(id, line);
        accounts.add(accountKey);
        good.push({ id, accountKey, file: input.file, importedAt: input.importedAt, values });
      }
    }
    if (problems.length) bad.push({ line, cells: [...cells], problems });
  }
  input.onProgress?.(input.rows.length);
  return { good, bad, matchedAccounts: accounts.size };
}
