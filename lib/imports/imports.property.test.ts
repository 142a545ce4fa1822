import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_ACCOUNTS } from '../../test/support/import-accounts.ts';
import { checkRows } from './check-rows.ts';
import { guessMapping } from './columns.ts';
import { decodeBytes } from './decode.ts';
import { IMPORT_KINDS, ImportedSignalSchema, type ImportedSignal } from './kinds.ts';
import { parseTable } from './parse-table.ts';
import { planSave } from './plan-save.ts';

// Cells drawn from what exports hold: good and bad dates, numbers, names, quotes, delimiters.
const cell = fc.oneof(
  fc.constantFrom(
    '2026-11-27',
    '27/11/2026',
    '2026. 11. 27.',
    '11/27/2026',
    '2026-02-30',
    '',
    ' ',
    '0',
    '7',
    '10',
    '11',
    '-1',
    '1,200',
    '3.5',
    'Stark Logistics',
    'Acme Robotics',
    'stark.example',
    '001Sa0000000005',
    '"',
    ',',
    '\t',
    '\n',
    '서해물산',
    '=1+1',
  ),
  fc.string({ maxLength: 12 }),
);
const header = [
  'account',
  'period_start',
  'period_end',
  'active_users',
  'seats',
  'logins',
  'features_used',
  'total_features',
  'email',
  'score',
  'date',
  'comment',
  'due_date',
  'paid_date',
  'amount',
];
const toCsv = (rows: string[][], sep: string) =>
  rows.map((r) => r.map((c) => (/[",\t;\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n');

function runImport(text: string, kindIndex: number, importedAt: string) {
  const table = parseTable(text);
  const kind = IMPORT_KINDS[kindIndex % IMPORT_KINDS.length]!;
  return checkRows({
    kind,
    mapping: guessMapping(table.headers, kind),
    rows: table.rows,
    lines: table.lines,
    accounts: IMPORT_ACCOUNTS,
    file: 'f.csv',
    importedAt,
  });
}

const file = fc.record({
  rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 16 }), { maxLength: 25 }),
  sep: fc.constantFrom(',', '\t', ';'),
  kind: fc.nat(),
});

describe('imports, for any file', () => {
  it('never throw, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(), (bytes, kind) => {
        runImport(decodeBytes(bytes).text, kind, '2026-11-27T10:00:00.000Z');
      }),
    );
  });

  it('never keep a row they reported as bad, and every kept row is a valid record', () => {
    fc.assert(
      fc.property(file, ({ rows, sep, kind }) => {
        const result = runImport(toCsv([header, ...rows], sep), kind, '2026-11-27T10:00:00.000Z');
        const badLines = new Set(result.bad.map((b) => b.line));
        const table = parseTable(toCsv([header, ...rows], sep));
        expect(result.good.length + result.bad.length).toBe(table.rows.length);
        for (const g of result.good) expect(ImportedSignalSchema.safeParse(g).success).toBe(true);
        expect(new Set(result.good.map((g) => g.id)).size).toBe(result.good.length);
        for (const b of result.bad) expect(b.problems.length).toBeGreaterThan(0);
        expect(badLines.size).toBe(result.bad.length);
      }),
    );
  });

  it('change nothing when the same file is imported again, later', () => {
    fc.assert(
      fc.property(file, ({ rows, sep, kind }) => {
        const text = toCsv([header, ...rows], sep);
        const store = new Map<string, ImportedSignal>();
        for (const w of planSave(store, runImport(text, kind, '2026-11-27T10:00:00.000Z').good).writes) store.set(w.id, w);
        const again = planSave(store, runImport(text, kind, '2026-11-28T10:00:00.000Z').good);
        expect(again.writes).toEqual([]);
        expect(again.unchanged).toBe(store.size);
      }),
    );
  });
});

describe('saving', () => {
  it('replaces the value of the same account and period from a newer file', () => {
    const old = runImport(
      'account,period_start,period_end,active_users\nStark Logistics,2026-11-16,2026-11-22,10',
      0,
      '2026-11-01T00:00:00.000Z',
    ).good;
    const store = new Map(old.map((s) => [s.id, s]));
    const plan = planSave(
      store,
      runImport(
        'account,period_start,period_end,active_users\nStark Logistics,2026-11-16,2026-11-22,30\nStark Logistics,2026-11-23,2026-11-29,31',
        0,
        '2026-11-27T00:00:00.000Z',
      ).good,
    );
    expect(plan).toMatchObject({ added: 1, replaced: 1, unchanged: 0 });
    expect(plan.writes[0]!.values).toMatchObject({ activeUsers: 30 });
  });
});
