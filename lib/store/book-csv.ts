import Papa from 'papaparse';
import type { BookRow } from '../metrics/book-row.ts';
import { daysBetween } from '../time/index.ts';
import { guardCell } from './voc-csv.ts';

export const BOOK_CSV_COLUMNS = [
  'account',
  'owner',
  'health score',
  'band',
  'coverage',
  'ARR',
  'currency',
  'renewal date',
  'days to renewal',
  'NPS',
  'open tickets',
  'SLA breaches',
  'last refresh',
  'CRM link',
] as const;

/** The book table as CSV (UTF-8 with a BOM so Excel reads Korean, CRLF, formula-looking cells guarded as in the VOC export). */
export function bookCsv(rows: readonly BookRow[], today: string): string {
  const cell = (v: string | number | null) => (v === null ? '' : guardCell(String(v)));
  const body = rows.map((r) =>
    [
      r.name,
      r.ownerName,
      r.score,
      r.band,
      r.coverage === null ? null : Math.round(r.coverage * 100) / 100,
      r.arr,
      r.currency,
      r.renewalDate,
      r.renewalDate ? daysBetween(today, r.renewalDate) : null,
      r.nps,
      r.openTickets,
      r.slaBreaches,
      r.refreshedAt,
      r.url,
    ].map(cell),
  );
  return '\uFEFF' + Papa.unparse([[...BOOK_CSV_COLUMNS], ...body], { newline: '\r\n', quotes: false, escapeFormulae: false });
}
