import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_ACCOUNTS } from '../../test/support/import-accounts.ts';
import { checkRows } from './check-rows.ts';
import { guessMapping, headerShape, missingFields } from './columns.ts';
import { parseImportDate } from './dates.ts';
import { decodeBytes } from './decode.ts';
import type { ImportKind } from './kinds.ts';
import { accountMatcher, domainOf } from './match-accounts.ts';
import { parseTable } from './parse-table.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/imports', name)));

function importFixture(name: string, kind: ImportKind) {
  const { text, encoding } = decodeBytes(fixture(name));
  const table = parseTable(text);
  const mapping = guessMapping(table.headers, kind);
  const result = checkRows({
    kind,
    mapping,
    rows: table.rows,
    lines: table.lines,
    accounts: IMPORT_ACCOUNTS,
    file: name,
    importedAt: '2026-11-27T10:00:00.000Z',
  });
  const problems = result.bad.flatMap((b) => b.problems.map((p) => `${p.line} ${p.code} ${p.field}`));
  return { encoding, table, mapping, result, problems };
}

describe('dates', () => {
  it.each([
    ['2026-11-27', '2026-11-27'],
    ['27/11/2026', '2026-11-27'],
    ['2026. 11. 27.', '2026-11-27'],
    ['2026. 1. 5', '2026-01-05'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %s as %s', (cell, day) => expect(parseImportDate(cell)).toBe(day));
  it.each(['11/27/2026', '2026/11/27', '27.11.2026', 'Nov 27, 2026', '2026-11-31', '29/02/2027', '26-11-27', '2026-11-27T10:00:00Z', ''])(
    'refuses %s',
    (cell) => expect(parseImportDate(cell)).toBeNull(),
  );
});

describe('files as exported', () => {
  it('reads the product-analytics export (UTF-8 with BOM) and lists every bad row with its line', () => {
    const { encoding, table, mapping, result, problems } = importFixture('product-analytics-usage.csv', 'usage');
    expect(encoding).toBe('utf-8');
    expect(table.headers[0]).toBe('Account Name');
    expect(mapping).toEqual({ account: 0, periodStart: 1, periodEnd: 2, activeUsers: 3, licensedSeats: 4 });
    expect(problems).toEqual([
      '5 several-accounts account',
      '5 bad-date periodEnd',
      '6 unknown-account account',
      '7 duplicate account',
      '8 empty activeUsers',
    ]);
    expect(result.good.map((g) => g.values)).toContainEqual({
      kind: 'usage',
      periodStart: '2026-11-16',
      periodEnd: '2026-11-22',
      activeUsers: 30,
      licensedSeats: 40,
    });
    expect(result.good).toHaveLength(3);
  });

  it('reads a tab-separated feature export', () => {
    const { table, result, problems } = importFixture('feature-adoption.tsv', 'features');
    expect(table.delimiter).toBe('\t');
    expect(problems).toEqual(['4 bad-date periodEnd']);
    expect(result.good.map((g) => g.values)).toContainEqual({
      kind: 'features',
      periodStart: '2026-11-16',
      periodEnd: '2026-11-22',
      featuresUsed: 6,
      featuresTotal: 10,
    });
  });

  it('reads a survey export with a comment over two lines, and counts lines after it right', () => {
    const { mapping, result, problems } = importFixture('nps-survey-export.csv', 'nps');
    expect(mapping).toMatchObject({ account: 3, respondent: 1, respondentName: 2, score: 4, comment: 5, date: 6 });
    expect(problems).toEqual(['6 bad-score score', '7 bad-date date', '8 unknown-account account']);
    expect(result.good.find((g) => g.values.kind === 'nps' && g.values.respondentId === 'ana@stark.example')?.values).toMatchObject({
      score: 10,
      comment: 'Love the reports.\r\nPlease add SSO.',
    });
  });

  it('reads a semicolon billing export with day-first dates', () => {
    const { table, result, problems } = importFixture('billing-invoices.csv', 'invoices');
    expect(table.delimiter).toBe(';');
    expect(problems).toEqual(['5 bad-date dueDate', '6 empty dueDate']);
    expect(result.good[1]!.values).toEqual({
      kind: 'invoices',
      invoiceId: 'INV-2026-0517',
      dueDate: '2026-10-15',
      paidDate: null,
      amount: 4800,
    });
  });

  it('reads a Korean spreadsheet saved as CP949', () => {
    const { encoding, table, mapping, result, problems } = importFixture('korean-logins-cp949.csv', 'logins');
    expect(encoding).toBe('euc-kr');
    expect(table.headers).toEqual(['고객사', '시작일', '종료일', '로그인수']);
    expect(mapping).toEqual({ account: 0, periodStart: 1, periodEnd: 2, logins: 3 });
    expect(problems).toEqual(['5 bad-number logins', '6 unknown-account account']);
    expect(result.good.map((g) => [g.accountKey, g.values])).toContainEqual([
      'hubspot:123:901',
      { kind: 'logins', periodStart: '2026-11-08', periodEnd: '2026-11-14', logins: 37 },
    ]);
  });
});

describe('matching rows to accounts', () => {
  const match = accountMatcher(IMPORT_ACCOUNTS);
  it('by CRM id (an 18-char Salesforce id also by its 15-char form), web domain, then exact name', () => {
    expect(match('001Sa0000000005AAA')).toEqual({ kind: 'one', accountKey: IMPORT_ACCOUNTS[0]!.accountKey });
    expect(match('001Sa0000000005')).toEqual({ kind: 'one', accountKey: IMPORT_ACCOUNTS[0]!.accountKey });
    expect(match('stark.example')).toEqual({ kind: 'one', accountKey: IMPORT_ACCOUNTS[0]!.accountKey });
    expect(match('ops@stark.example')).toEqual({ kind: 'one', accountKey: IMPORT_ACCOUNTS[0]!.accountKey });
    expect(match('  stark   LOGISTICS ')).toEqual({ kind: 'one', accountKey: IMPORT_ACCOUNTS[0]!.accountKey });
    expect(match('Stark')).toEqual({ kind: 'none' });
  });
  it('reports a name two accounts share as several, and a domain still tells them apart', () => {
    expect(match('Acme Robotics')).toEqual({
      kind: 'several',
      accountKeys: ['hubspot:123:903', 'salesforce:00DSa0000000001:001Sa0000000009AAA'],
    });
    expect(match('https://acme.example/')).toEqual({ kind: 'one', accountKey: 'salesforce:00DSa0000000001:001Sa0000000009AAA' });
  });
  it('reads domains from URLs and e-mail addresses only', () => {
    expect(domainOf('https://www.Acme.com/about')).toBe('acme.com');
    expect(domainOf('Acme Robotics')).toBeNull();
  });
});

describe('column guesses', () => {
  it('maps the usual header words, leaves the rest for the user and names what is missing', () => {
    const mapping = guessMapping(['account_id', 'domain', 'Due Date', 'Paid', 'Total'], 'invoices');
    expect(mapping).toEqual({ account: 0, dueDate: 2, amount: 4 });
    expect(missingFields('nps', guessMapping(['company', 'nps'], 'nps'))).toEqual(['respondent', 'date']);
  });
  it('remembers a mapping by header shape, whatever the case and spacing', () => {
    expect(headerShape(['Account ID', 'Due date'])).toBe(headerShape(['account_id', 'DUE DATE']));
  });
  it('keeps an empty file and a header-only file apart from errors', () => {
    expect(parseTable('')).toMatchObject({ headers: [], rows: [] });
    expect(parseTable('a,b\r\n\r\n')).toMatchObject({ headers: ['a', 'b'], rows: [] });
  });
});
