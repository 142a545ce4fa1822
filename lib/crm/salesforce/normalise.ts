/** Salesforce datetimes (`2011-07-07T00:37:00.000+0000`) as ISO 8601 every parser reads. */
export function sfDateTime(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const iso = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** A Salesforce date (`YYYY-MM-DD`), or the date part of a datetime. */
export function sfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return m ? m[1]! : null;
}

export function sfNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export function sfString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
