// A small SOQL evaluator over the sample book: the subset Success Lens sends (field lists with
// relationship paths, WHERE with AND / OR / parentheses, comparison and IN operators, semi-join
// IN (SELECT …), date literals and LAST_N_DAYS:n, ORDER BY, LIMIT, COUNT()). What it does not
// know it refuses with the real MALFORMED_QUERY / INVALID_FIELD / INVALID_TYPE errors.

export interface SoqlError {
  errorCode: 'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE';
  message: string;
}

export interface SoqlResult {
  count?: number;
  records: Array<Record<string, unknown>>;
}

type Row = Record<string, unknown>;
type Tables = Record<string, readonly Row[]>;
type Cond =
  | { kind: 'and'; parts: Cond[] }
  | { kind: 'or'; parts: Cond[] }
  | { kind: 'cmp'; field: string; op: string; value: unknown }
  | { kind: 'in'; field: string; negate: boolean; values: unknown[] | { subquery: Query } };

interface Query {
  fields: string[];
  count: boolean;
  from: string;
  where: Cond | null;
  orderBy: { field: string; desc: boolean; nullsLast: boolean } | null;
  limit: number | null;
}

class Fail extends Error {
  readonly soql: SoqlError;
  constructor(errorCode: SoqlError['errorCode'], message: string) {
    super(message);
    this.soql = { errorCode, message };
  }
}

const TOKEN = /\s*('(?:[^'\\]|\\.)*'|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2}))?|[A-Za-z_][\w.]*(?::\d+)?|\d+(?:\.\d+)?|!=|<=|>=|[(),=<>])/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(at).trim() === '') break;
      throw new Fail('MALFORMED_QUERY', `unexpected token: '${text.slice(at, at + 10).trim()}'`);
    }
    tokens.push(m[1]!);
  }
  return tokens;
}

function parse(tokens: string[], startAt = 0): { query: Query; next: number } {
  let i = startAt;
  const peek = () => tokens[i];
  const upper = () => tokens[i]?.toUpperCase();
  const expect = (word: string) => {
    if (upper() !== word) throw new Fail('MALFORMED_QUERY', `expecting '${word}', found '${tokens[i] ?? 'end of query'}'`);
    i++;
  };
  expect('SELECT');
  const fields: string[] = [];
  let count = false;
  for (;;) {
    if (upper() === 'COUNT' && tokens[i + 1] === '(' && tokens[i + 2] === ')') {
      count = true;
      i += 3;
    } else if (peek() && /^[A-Za-z_][\w.]*$/.test(peek()!) && upper() !== 'FROM') fields.push(tokens[i++]!);
    else throw new Fail('MALFORMED_QUERY', `unexpected '${peek() ?? 'end of query'}' in the field list`);
    if (peek() === ',') i++;
    else break;
  }
  expect('FROM');
  const from = tokens[i++];
  if (!from) throw new Fail('MALFORMED_QUERY', 'missing object after FROM');

  const value = (): unknown => {
    const t = tokens[i++];
    if (t === undefined) throw new Fail('MALFORMED_QUERY', 'unexpected end of query');
    if (t.startsWith("'")) return t.slice(1, -1).replace(/\\(.)/g, '$1');
    const u = t.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
    if (u === 'NULL') return null;
    const lastN = /^LAST_N_DAYS:(\d+)$/i.exec(t);
    if (lastN) return { lastNDays: Number(lastN[1]) };
    if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
    if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t;
    throw new Fail('MALFORMED_QUERY', `unexpected value '${t}'`);
  };
  const condition = (): Cond => {
    const parts: Cond[] = [term()];
    let kind: 'and' | 'or' | null = null;
    while (upper() === 'AND' || upper() === 'OR') {
      const k = upper() === 'AND' ? 'and' : 'or';
      if (kind && kind !== k) throw new Fail('MALFORMED_QUERY', 'mixing AND and OR needs parentheses');
      kind = k;
      i++;
      parts.push(term());
    }
    if (!kind) return parts[0]!;
    return kind === 'and' ? { kind: 'and', parts } : { kind: 'or', parts };
  };
  const term = (): Cond => {
    if (peek() === '(') {
      i++;
      const inner = condition();
      expect(')');
      return inner;
    }
    const field = tokens[i++]!;
    if (upper() === 'NOT' && tokens[i + 1]?.toUpperCase() === 'IN') i++;
    const negate = tokens[i - 1]?.toUpperCase() === 'NOT';
    if (upper() === 'IN') {
      i++;
      expect('(');
      if (upper() === 'SELECT') {
        const sub = parse(tokens, i);
        i = sub.next;
        expect(')');
        return { kind: 'in', field, negate, values: { subquery: sub.query } };
      }
      const values: unknown[] = [];
      for (;;) {
        values.push(value());
        if (peek() === ',') i++;
        else break;
      }
      expect(')');
      return { kind: 'in', field, negate, values };
    }
    const op = tokens[i++];
    if (!op || !['=', '!=', '<', '>', '<=', '>='].includes(op)) throw new Fail('MALFORMED_QUERY', `unexpected operator '${op ?? ''}'`);
    return { kind: 'cmp', field, op, value: value() };
  };

  let where: Cond | null = null;
  if (upper() === 'WHERE') {
    i++;
    where = condition();
  }
  let orderBy: Query['orderBy'] = null;
  if (upper() === 'ORDER') {
    i++;
    expect('BY');
    const field = tokens[i++]!;
    let desc = false;
    if (upper() === 'ASC' || upper() === 'DESC') desc = tokens[i++]!.toUpperCase() === 'DESC';
    let nullsLast = !desc;
    if (upper() === 'NULLS') {
      i++;
      nullsLast = tokens[i++]!.toUpperCase() === 'LAST';
    }
    orderBy = { field, desc, nullsLast };
  }
  let limit: number | null = null;
  if (upper() === 'LIMIT') {
    i++;
    limit = Number(tokens[i++]);
  }
  return { query: { fields, count, from, where, orderBy, limit }, next: i };
}

function path(row: Row, field: string): unknown {
  let v: unknown = row;
  for (const part of field.split('.')) v = v && typeof v === 'object' ? (v as Row)[part] : undefined;
  return v;
}

function checkField(table: string, rows: readonly Row[], field: string): void {
  const [head] = field.split('.');
  if (field === 'Id' || rows.length === 0) return;
  if (!rows.some((r) => head! in r)) {
    throw new Fail('INVALID_FIELD', `No such column '${field}' on entity '${table}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
  }
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

function matches(row: Row, cond: Cond, tables: Tables, now: Date): boolean {
  if (cond.kind === 'and' || cond.kind === 'or') {
    const test = (c: Cond) => matches(row, c, tables, now);
    return cond.kind === 'and' ? cond.parts.every(test) : cond.parts.some(test);
  }
  const actual = path(row, cond.field);
  if (cond.kind === 'in') {
    const source = cond.values;
    const values = Array.isArray(source) ? source : run(source.subquery, tables, now).records.map((r) => path(r, source.subquery.fields[0]!));
    return values.includes(actual) !== cond.negate;
  }
  if (cond.value && typeof cond.value === 'object' && 'lastNDays' in cond.value) {
    if (typeof actual !== 'string') return false;
    const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const from = startOfToday - (cond.value.lastNDays as number) * 86_400_000;
    const t = Date.parse(actual.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    const inRange = t >= from && t <= now.getTime() + 86_400_000;
    return cond.op === '=' ? inRange : cond.op === '!=' ? !inRange : cond.op.startsWith('>') ? t >= from : t < from;
  }
  const c = compare(actual, cond.value);
  switch (cond.op) {
    case '=': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    default: return c >= 0;
  }
}

function project(row: Row, fields: string[], table: string, apiVersion: string): Row {
  const out: Row = { attributes: { type: table, url: `/services/data/${apiVersion}/sobjects/${table}/${row.Id as string}` } };
  for (const field of fields) {
    const parts = field.split('.');
    let target = out;
    let source: unknown = row;
    parts.forEach((part, n) => {
      source = source && typeof source === 'object' ? (source as Row)[part] : null;
      if (n === parts.length - 1) target[part] = source ?? null;
      else {
        if (source === null || source === undefined) {
          target[part] = null;
          return;
        }
        target[part] ??= { attributes: { type: part } };
        target = target[part] as Row;
      }
    });
  }
  return out;
}

function run(query: Query, tables: Tables, now: Date, apiVersion = 'v62.0'): SoqlResult {
  const rows = tables[query.from];
  if (!rows) {
    throw new Fail('INVALID_TYPE', `sObject type '${query.from}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.`);
  }
  const referenced: string[] = [...query.fields];
  const collect = (c: Cond | null) => {
    if (!c) return;
    if (c.kind === 'and' || c.kind === 'or') c.parts.forEach(collect);
    else referenced.push(c.field);
  };
  collect(query.where);
  if (query.orderBy) referenced.push(query.orderBy.field);
  for (const field of referenced) checkField(query.from, rows, field);

  let found = query.where ? rows.filter((r) => matches(r, query.where!, tables, now)) : [...rows];
  if (query.count) return { count: found.length, records: [] };
  if (query.orderBy) {
    const { field, desc } = query.orderBy;
    found = found.sort((a, b) => (desc ? -1 : 1) * compare(path(a, field), path(b, field)));
  }
  if (query.limit !== null) found = found.slice(0, query.limit);
  return { records: found.map((r) => project(r, query.fields, query.from, apiVersion)) };
}

/** Runs one SOQL statement; throws nothing: a bad statement comes back as the real error. */
export function runSoql(text: string, tables: Tables, now: Date, apiVersion = 'v62.0'): SoqlResult | SoqlError {
  try {
    const tokens = tokenize(text);
    const { query, next } = parse(tokens);
    if (next !== tokens.length) throw new Fail('MALFORMED_QUERY', `unexpected token: '${tokens[next]}'`);
    return run(query, tables, now, apiVersion);
  } catch (error) {
    if (error instanceof Fail) return error.soql;
    throw error;
  }
}
