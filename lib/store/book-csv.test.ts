import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { BOOK_CSV_COLUMNS, bookCsv } from './book-csv';

describe('the book CSV export', () => {
  it('has one row per account with its figures, Korean intact and formula-looking names defused', () => {
    const csv = bookCsv(
      [
        bookRow({ name: '한빛소프트웨어', arr: 96_000_000, currency: 'KRW', renewalDate: '2026-12-22' }),
        bookRow({ name: '=HYPERLINK("x")', score: null, band: null }),
      ],
      '2026-11-22',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, korean, formula] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header).toEqual([...BOOK_CSV_COLUMNS]);
    expect(korean).toEqual([
      '한빛소프트웨어',
      'Dana Whitfield',
      '80',
      'healthy',
      '1',
      '96000000',
      'KRW',
      '2026-12-22',
      '30',
      '50',
      '0',
      '0',
      '2026-11-22T09:00:00.000Z',
      '',
    ]);
    expect(formula![0]).toBe('\'=HYPERLINK("x")');
    expect(formula![2]).toBe('');
  });
});
