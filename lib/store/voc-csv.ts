import Papa from 'papaparse';
import { ROUTED_TO, type Note } from './note-schema.ts';

export const VOC_CSV_COLUMNS = ['created', 'account', 'category', 'routed to', 'tags', 'sentiment', 'body', 'quote', 'source URL'] as const;

// A cell that starts with = + - @ (or tab / CR, or their full-width forms typed by CJK IMEs)
// runs as a formula when the product team opens the file in a spreadsheet: prefix a quote
// so it is shown as the text the customer said (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
export const guardCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * The VOC export for the product team, VOC notes only (categorised, not deleted), in the order
 * given: UTF-8 with a BOM (so Excel reads Korean), CRLF between rows, a field quoted when it holds a
 * comma, a quote or a line break. Pure: the caller reads the notes and saves the text.
 */
export function vocCsv(notes: readonly Note[]): string {
  const rows: string[][] = [];
  for (const n of notes) {
    if (n.category === null || n.deletedAt !== null) continue;
    rows.push(
      [n.createdAt, n.accountName, n.category, ROUTED_TO[n.category], n.tags.join(', '), n.sentiment ?? '', n.body, n.quote ?? '', n.sourceUrl ?? ''].map(guardCell),
    );
  }
  // Records are separated by CRLF with no line break after the last (RFC 4180 allows either; a
  // trailing one reads as an empty last row in some parsers). Header and rows as one array, so
  // an export with no rows has the header alone, the same shape.
  return '\uFEFF' + Papa.unparse([[...VOC_CSV_COLUMNS], ...rows], { newline: '\r\n', quotes: false, escapeFormulae: false });
}
