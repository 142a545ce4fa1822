import Papa from 'papaparse';
import { ROUTED_TO, type Note } from './note-schema';

const COLUMNS = ['created', 'account', 'category', 'routed to', 'tags', 'sentiment', 'body', 'quote', 'source url'];

// A cell starting with = + - @ (or a tab / CR) would run as a formula in a spreadsheet.
const guard = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The VOC export for the product team: UTF-8 with a BOM (so spreadsheet programs read Korean),
 * CRLF rows, every field quoted where needed.
 */
export function vocCsv(notes: readonly Note[]): string {
  const rows = notes
    .filter((n) => n.category !== null && n.deletedAt === null)
    .map((n) =>
      [n.createdAt, n.accountName, n.category!, ROUTED_TO[n.category!], n.tags.join(', '), n.sentiment ?? '', n.body, n.quote ?? '', n.sourceUrl ?? ''].map(guard),
    );
  return '\uFEFF' + Papa.unparse({ fields: COLUMNS, data: rows }, { newline: '\r\n', quotes: false });
}
