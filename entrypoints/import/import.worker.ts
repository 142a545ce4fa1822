import '../../lib/zod-jitless'; // first: before any zod schema is made
import { badRowsCsv } from '../../lib/imports/bad-rows-csv';
import { checkRows } from '../../lib/imports/check-rows';
import { decodeBytes } from '../../lib/imports/decode';
import type { ImportedSignal } from '../../lib/imports/kinds';
import { parseTable, type Table } from '../../lib/imports/parse-table';
import { PREVIEW_ROWS, type FromWorker, type ToWorker } from '../../lib/imports/worker-protocol';

// Parsing and matching run here, off the page's thread: a 100,000-row export never freezes the page.
let table: Table | null = null;
let file = '';
let good: ImportedSignal[] = [];
const post = (message: FromWorker) => postMessage(message);

onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.type === 'read') {
    const { text, encoding } = decodeBytes(new Uint8Array(m.bytes));
    table = parseTable(text);
    file = m.file;
    good = [];
    post({
      type: 'read',
      headers: table.headers,
      preview: table.rows.slice(0, PREVIEW_ROWS),
      rowCount: table.rows.length,
      delimiter: table.delimiter,
      encoding,
    });
  } else if (m.type === 'check' && table) {
    const total = table.rows.length;
    const result = checkRows({
      ...m,
      rows: table.rows,
      lines: table.lines,
      file,
      onProgress: (done) => post({ type: 'progress', done, total }),
    });
    good = result.good;
    const headers = table.headers;
    const headerOf = (field: string) => (m.mapping[field] === undefined ? field : (headers[m.mapping[field]!] ?? field));
    post({
      type: 'checked',
      goodCount: good.length,
      bad: result.bad,
      matchedAccounts: result.matchedAccounts,
      badCsv: badRowsCsv(headers, result.bad, headerOf),
    });
  } else if (m.type === 'batch') {
    post({ type: 'batch', index: m.index, rows: good.slice(m.index * m.size, (m.index + 1) * m.size) });
  }
};
