import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Note } from './note-schema.ts';
import { guardCell, VOC_CSV_COLUMNS, vocCsv } from './voc-csv.ts';
import { vocReport } from './voc-report.ts';
import { noteFixture } from '../../test/support/store-fixtures.ts';

const note = (over: Partial<Note>): Note => noteFixture({ body: 'body', category: 'bug', ...over });

/** What a spreadsheet program sees: the BOM, then CRLF-separated records. */
function readCsv(csv: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('VOC counts across accounts', () => {
  it('counts notes and distinct accounts by category and by tag, most widespread first', () => {
    const report = vocReport([
      note({ accountKey: 'a', category: 'feature-request', tags: ['sso'] }),
      note({ accountKey: 'b', category: 'feature-request', tags: ['sso', 'scim'] }),
      note({ accountKey: 'b', category: 'bug', tags: ['sso'] }),
      note({ accountKey: 'b', category: 'bug', tags: ['sync'] }),
      note({ accountKey: 'b', category: 'bug', tags: ['sync'] }),
      note({ accountKey: 'c', category: null, tags: ['sso'] }), // a plain note is not VOC
      note({ accountKey: 'd', category: 'bug', tags: ['sso'], deletedAt: '2026-11-22T13:00:00.000Z' }),
    ]);
    expect(report.byCategory).toEqual([
      { category: 'feature-request', routedTo: 'product', count: { notes: 2, accounts: 2 } },
      { category: 'bug', routedTo: 'engineering', count: { notes: 3, accounts: 1 } },
    ]);
    expect(report.byTag).toEqual([
      { tag: 'sso', count: { notes: 3, accounts: 2 } },
      { tag: 'sync', count: { notes: 2, accounts: 1 } },
      { tag: 'scim', count: { notes: 1, accounts: 1 } },
    ]);
    expect(report.total).toEqual({ notes: 5, accounts: 2 });
  });

  it('is empty without VOC notes', () => {
    expect(readCsv(vocCsv([]))).toEqual([[...VOC_CSV_COLUMNS]]);
    expect(vocReport([note({ category: null })])).toEqual({ byCategory: [], byTag: [], total: { notes: 0, accounts: 0 } });
  });
});

describe('VOC CSV for the product team', () => {
  it('opens in a spreadsheet with Korean intact, each note one row, routed per category', () => {
    const csv = vocCsv([
      note({
        accountName: '한빛, 주식회사',
        category: 'usability',
        tags: ['onboarding', 'admin'],
        sentiment: 'negative',
        body: 'He said "where is export?"\nTwice.',
        quote: '내보내기는 어디 있나요',
        sourceUrl: 'https://acme.lightning.force.com/lightning/r/Account/001A/view',
      }),
      note({ category: 'pricing', body: 'fine' }),
      note({ category: null, body: 'plain notes are not exported' }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFcreated,account,category,routed to,tags,sentiment,body,quote,source URL');
    // The only bare LF is the one inside the quoted body.
    expect(csv).toContain('"He said ""where is export?""\nTwice."');
    expect(csv.replace(/\r\n/g, '').replace('?""\nTwice', '')).not.toContain('\n');
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...VOC_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        '2026-11-22T12:00:00.000Z',
        '한빛, 주식회사',
        'usability',
        'docs & onboarding',
        'onboarding, admin',
        'negative',
        'He said "where is export?"\nTwice.',
        '내보내기는 어디 있나요',
        'https://acme.lightning.force.com/lightning/r/Account/001A/view',
      ],
      ['2026-11-22T12:00:00.000Z', 'Acme', 'pricing', 'CS', '', '', 'fine', '', ''],
    ]);
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '＝1+1'])('does not let %j run as a formula', (text) => {
    const [, row] = readCsv(vocCsv([note({ body: text, accountName: text, quote: text })]));
    expect(row![1]).toBe(`'${text}`);
    expect(row![6]).toBe(`'${text}`);
    expect(row![7]).toBe(`'${text}`);
  });

  it.each([
    ['a leading line feed', '\n=1+1'],
    ['a leading carriage return', '\r=1+1'],
    ['a leading tab', '\tplain text'],
    ['a leading NUL', '\0=1+1'],
    ['spaces before =', '  =HYPERLINK("http://evil")'],
    ['a no-break space before +', '\u00A0+1+1'],
    ['an ideographic space before -', '\u3000-2+3'],
    ['a zero-width space before @', '\u200B@SUM(A1)'],
    ['a zero-width joiner before =', '\u200D=1'],
    ['a word joiner before =', '\u2060=1'],
    ['a byte-order mark before =', '\uFEFF=1'],
    ['NUL before =', '\0\0=1'],
  ])('guards a cell with %s', (_case, text) => {
    expect(guardCell(text)).toBe(`'${text}`);
  });

  it.each(['plain', 'a = b', 'e-mail me', ' leading space only', '\u200Bzero width then text', '100%'])('leaves %j as it is', (text) => {
    expect(guardCell(text)).toBe(text);
  });

  it('gives back every field it was given (property: any text round-trips through a CSV parser)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '가', ',', '"', '\n', '\r', ' ', '=', '-', '+', '@', '\t', "'", 'é', '\uFEFF') });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            body: text,
            accountName: text,
            quote: fc.option(text),
            tags: fc.array(
              text.filter((t) => !t.includes(',')),
              { maxLength: 3 },
            ),
          }),
          { maxLength: 8 },
        ),
        (specs) => {
          const notes = specs.map((s) => note(s));
          const rows = readCsv(vocCsv(notes)).slice(1);
          expect(rows).toEqual(
            notes.map((n) => [
              n.createdAt,
              guardCell(n.accountName),
              'bug',
              'engineering',
              guardCell(n.tags.join(', ')),
              '',
              guardCell(n.body),
              guardCell(n.quote ?? ''),
              '',
            ]),
          );
        },
      ),
    );
  });
});
