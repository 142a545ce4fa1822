import Papa from 'papaparse';
import { guardCell } from '../store/voc-csv.ts';
import type { BadRow } from './check-rows.ts';

/**
 * The rows that were not saved, as a CSV to fix and import again: the original columns, then
 * the file line and what was wrong (`bad-date: Due Date`). UTF-8 with a BOM and formula-guarded
 * cells, like the VOC export, so Excel opens it safely in Korean too.
 */
export function badRowsCsv(headers: readonly string[], bad: readonly BadRow[], header: (field: string) => string): string {
  const rows = bad.map((b) =>
    [...headers.map((_, i) => b.cells[i] ?? ''), String(b.line), b.problems.map((p) => `${p.code}: ${header(p.field)}`).join('; ')].map(
      guardCell,
    ),
  );
  return '\uFEFF' + Papa.unparse([[...headers, 'line', 'problems'].map(guardCell), ...rows], { newline: '\r\n' });
}
