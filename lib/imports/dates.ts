/**
 * The date forms exports actually carry: ISO `2026-11-27`, day-first `27/11/2026` (European
 * billing tools), and Korean spreadsheets' `2026. 11. 27.` (trailing dot optional). Anything else
 * — US month-first, two-digit years, names of months — is refused rather than guessed: a wrong
 * guess would silently move an invoice a month.
 */
const FORMS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' }> = [
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, order: 'ymd' },
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'dmy' },
  { re: /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$/, order: 'ymd' },
];

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** `YYYY-MM-DD`, or null when the cell is not one of the accepted forms or not a real day. */
export function parseImportDate(cell: string): string | null {
  const text = cell.trim();
  for (const { re, order } of FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [year, month, day] = order === 'ymd' ? [a, b, c] : [c, b, a];
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}
