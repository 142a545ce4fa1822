import Papa from 'papaparse';
import { ROUTED_TO, type Note } from './note-schema.ts';

export const VOC_CSV_COLUMNS = ['created', 'account', 'category', 'routed to', 'tags', 'sentiment', 'body', 'quote', 'source URL'] as const;

// A cell that starts with = + - @ (or their full-width forms typed by CJK IMEs) runs as a
// formula when the product team opens the file in a spreadsheet; some programs skip leading
// white space, zero-width characters or NUL before deciding, and a leading tab, CR or LF is a
// known way in too (OWASP "CSV injection"). Prefix a quote so the cell shows the text the
// customer said.
const FORMULA_START = /^(?:[\t\r\n\0]|[\s\0\u00AD\u180E\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
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
      [
        n.createdAt,
        n.accountName,
        n.category,
        ROUTED_TO[n.category],
        n.tags.join(', '),
        n.sentiment ?? '',
        n.body,
        n.quote ?? '',
        n.sourceUrl ?? '',
      ].map(guardCell),
    );
  }
  // Records are separated by CRLF with no line break after the last (RFC 4180 allows either; a
  // trailing one reads as an empty last row in some parsers). Header and rows as one array, so
  // an export with no rows has the header alone, the same shape.
  return '\uFEFF' + Papa.unparse([[...VOC_CSV_COLUMNS], ...rows], { newline: '\r\n', quotes: false, escapeFormulae: false });
}
