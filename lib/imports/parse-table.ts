import Papa from 'papaparse';

export interface Table {
  headers: string[];
  /** Data rows (the header excluded), blank lines left out. */
  rows: string[][];
  /** The file line each row starts on (the header is line 1), counting line breaks inside quotes. */
  lines: number[];
  delimiter: string;
}

const DELIMITERS = [',', '\t', ';', '|'];

/**
 * Splits a file's text into a header and rows. The delimiter is detected from the text (comma,
 * tab, semicolon or bar); quoted fields may hold delimiters and line breaks. Never throws: a
 * ragged row comes back as it is and the checks report its empty cells.
 */
export function parseTable(text: string): Table {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: DELIMITERS, skipEmptyLines: false });
  const all = parsed.data;
  let line = 1;
  let headers: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const row of all) {
    const at = line;
    let breaks = 0;
    for (const cell of row) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
    line += 1 + breaks;
    if (row.every((c) => c.trim() === '')) continue;
    if (!headers) headers = row.map((h) => h.trim());
    else {
      rows.push(row);
      lines.push(at);
    }
  }
  return { headers: headers ?? [], rows, lines, delimiter: parsed.meta.delimiter || ',' };
}
