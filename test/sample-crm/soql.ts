// A small SOQL evaluator over the sample book: exactly the subset Success Lens sends — field lists
// with relationship paths (Owner.Name, Response.Submitter.Name), FROM, USING SCOPE (mine: the
// session user's rows; everything), WHERE with AND / OR /
// parentheses, = != < > <= >=, IN and NOT IN (values or a semi-join sub-select), booleans, null,
// date and datetime literals, TODAY / LAST_N_DAYS:n / NEXT_N_DAYS:n, ORDER BY (several keys, ASC /
// DESC, NULLS FIRST / LAST), LIMIT, OFFSET, COUNT() and parent–child subqueries in the field list
// (`(SELECT … FROM Cases WHERE … ORDER BY … LIMIT n)`: the child relationship is the plural of the
// child table whose `<Parent>Id` lookup points at the row; no children reads `null`, as the real API
// answers). What it does not know it refuses with the
// real MALFORMED_QUERY / INVALID_FIELD / INVALID_TYPE messages, statement echo and caret included.
//
// Relationships resolve as in a real org: `Owner` follows `OwnerId`, `Champion__r` follows
// `Champion__c`, and the target table is found from the id's key prefix (so polymorphic lookups
// such as SurveyResponse.SubmitterId work). Field and object names are case-insensitive; string
// comparisons too, ids compare on their first 15 characters. Time is UTC.

export interface SoqlError {
  errorCode: 'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE';
  message: string;
}

export interface SoqlResult {
  /** Set for COUNT() queries. */
  count?: number;
  /** The query has parent–child subqueries (the API then pages its answer by 200 parents). */
  hasChildren?: boolean;
  records: Array<Record<string, unknown>>;
}

export interface SoqlOptions {
  apiVersion?: string;
  /** Fields the org "lacks" although the book has them (a test fault): field → true to hide. */
  hideField?: (table: string, field: string) => boolean;
  /** The session's user: `USING SCOPE mine` keeps the rows they own. */
  userId?: string;
}

type Row = Record<string, unknown>;
type Tables = Record<string, readonly Row[]>;
interface Token {
  text: string;
  pos: number;
}
type Value = string | number | boolean | null | { literal: 'LAST_N_DAYS' | 'NEXT_N_DAYS' | 'TODAY'; n: number } | { quoted: string };
type Cond =
  | { kind: 'and'; parts: Cond[] }
  | { kind: 'or'; parts: Cond[] }
  | { kind: 'cmp'; field: string; fieldAt: number; op: string; value: Value }
  | { kind: 'in'; field: string; fieldAt: number; negate: boolean; values: Value[] }
  | { kind: 'semi'; field: string; fieldAt: number; negate: boolean; sub: Query };
interface OrderKey {
  field: string;
  at: number;
  desc: boolean;
  nullsFirst: boolean;
}
interface Query {
  fields: Array<{ path: string; at: number }>;
  /** Parent–child subqueries, in the order of the field list (`from` is the relationship name). */
  children: Query[];
  count: boolean;
  from: string;
  fromAt: number;
  /** `USING SCOPE x` (lower case), or null. */
  scope: { name: string; at: number } | null;
  where: Cond | null;
  orderBy: OrderKey[];
  limit: number | null;
  offset: number;
}

class Fail extends Error {
  readonly errorCode: SoqlError['errorCode'];
  readonly at: number | null;
  constructor(errorCode: SoqlError['errorCode'], message: string, at: number | null = null) {
    super(message);
    this.errorCode = errorCode;
    this.at = at;
  }
}

const TOKEN =
  /\s*('(?:[^'\\]|\\.)*'|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})|\d{4}-\d{2}-\d{2}|[A-Za-z_][\w]*:\d+|[A-Za-z_][\w.]*|\d+(?:\.\d+)?|!=|<=|>=|[(),=<>])/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      const rest = text.slice(at);
      if (rest.trim() === '') break;
      const pos = at + (rest.length - rest.trimStart().length);
      throw new Fail('MALFORMED_QUERY', `unexpected token: '${text.slice(pos).split(/\s/)[0]}'`, pos);
    }
    tokens.push({ text: m[1]!, pos: m.index + m[0].length - m[1]!.length });
  }
  return tokens;
}

const unescape = (quoted: string) =>
  quoted.slice(1, -1).replace(/\\(.)/g, (_all, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c);

function parse(tokens: Token[], startAt: number, end: number): { query: Query; next: number } {
  let i = startAt;
  const peek = () => tokens[i]?.text;
  const upper = () => tokens[i]?.text.toUpperCase();
  const here = () => tokens[i]?.pos ?? end;
  const unexpected = () =>
    new Fail('MALFORMED_QUERY', tokens[i] ? `unexpected token: '${tokens[i]!.text}'` : 'unexpected end of query', here());
  const expect = (word: string) => {
    if (upper() !== word) throw unexpected();
    i++;
  };
  const ident = () => {
    const t = tokens[i];
    if (!t || !/^[A-Za-z_][\w.]*$/.test(t.text)) throw unexpected();
    i++;
    return t;
  };

  expect('SELECT');
  const fields: Query['fields'] = [];
  const children: Query[] = [];
  let count = false;
  if (upper() === 'COUNT' && tokens[i + 1]?.text === '(' && tokens[i + 2]?.text === ')') {
    count = true;
    i += 3;
  } else {
    for (;;) {
      if (upper() === 'FROM') throw unexpected();
      if (peek() === '(' && tokens[i + 1]?.text.toUpperCase() === 'SELECT') {
        const sub = parse(tokens, i + 1, end);
        i = sub.next;
        expect(')');
        children.push(sub.query);
      } else {
        const t = ident();
        fields.push({ path: t.text, at: t.pos });
      }
      if (peek() === ',') i++;
      else break;
    }
  }
  expect('FROM');
  const fromToken = ident();

  const value = (): Value => {
    const t = tokens[i++];
    if (t === undefined) throw new Fail('MALFORMED_QUERY', 'unexpected end of query', end);
    if (t.text.startsWith("'")) return { quoted: unescape(t.text) };
    const u = t.text.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
    if (u === 'NULL') return null;
    if (u === 'TODAY') return { literal: 'TODAY', n: 0 };
    const n = /^(LAST_N_DAYS|NEXT_N_DAYS):(\d+)$/.exec(u);
    if (n) return { literal: n[1] as 'LAST_N_DAYS' | 'NEXT_N_DAYS', n: Number(n[2]) };
    if (/^\d+(\.\d+)?$/.test(t.text)) return Number(t.text);
    if (/^\d{4}-\d{2}-\d{2}/.test(t.text)) return t.text;
    i--;
    throw unexpected();
  };
  const condition = (): Cond => {
    const parts: Cond[] = [term()];
    let kind: 'and' | 'or' | null = null;
    while (upper() === 'AND' || upper() === 'OR') {
      const k = upper() === 'AND' ? 'and' : 'or';
      // SOQL has no precedence between AND and OR: mixing them needs parentheses.
      if (kind && kind !== k) throw unexpected();
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
    const field = ident();
    let negate = false;
    if (upper() === 'NOT' && tokens[i + 1]?.text.toUpperCase() === 'IN') {
      negate = true;
      i++;
    }
    if (upper() === 'IN') {
      i++;
      expect('(');
      if (upper() === 'SELECT') {
        const sub = parse(tokens, i, end);
        i = sub.next;
        expect(')');
        return { kind: 'semi', field: field.text, fieldAt: field.pos, negate, sub: sub.query };
      }
      const values: Value[] = [];
      for (;;) {
        values.push(value());
        if (peek() === ',') i++;
        else break;
      }
      expect(')');
      return { kind: 'in', field: field.text, fieldAt: field.pos, negate, values };
    }
    const op = peek();
    if (!op || !['=', '!=', '<', '>', '<=', '>='].includes(op)) throw unexpected();
    i++;
    return { kind: 'cmp', field: field.text, fieldAt: field.pos, op, value: value() };
  };

  let scope: Query['scope'] = null;
  if (upper() === 'USING') {
    i++;
    expect('SCOPE');
    const t = ident();
    scope = { name: t.text.toLowerCase(), at: t.pos };
  }
  let where: Cond | null = null;
  if (upper() === 'WHERE') {
    i++;
    where = condition();
  }
  const orderBy: OrderKey[] = [];
  if (upper() === 'ORDER') {
    i++;
    expect('BY');
    for (;;) {
      const t = ident();
      let desc = false;
      if (upper() === 'ASC' || upper() === 'DESC') desc = tokens[i++]!.text.toUpperCase() === 'DESC';
      // Salesforce sorts nulls first unless told otherwise, in either direction.
      let nullsFirst = true;
      if (upper() === 'NULLS') {
        i++;
        if (upper() !== 'FIRST' && upper() !== 'LAST') throw unexpected();
        nullsFirst = tokens[i++]!.text.toUpperCase() === 'FIRST';
      }
      orderBy.push({ field: t.text, at: t.pos, desc, nullsFirst });
      if (peek() === ',') i++;
      else break;
    }
  }
  let limit: number | null = null;
  if (upper() === 'LIMIT') {
    i++;
    if (!/^\d+$/.test(peek() ?? '')) throw unexpected();
    limit = Number(tokens[i++]!.text);
  }
  let offset = 0;
  if (upper() === 'OFFSET') {
    i++;
    if (!/^\d+$/.test(peek() ?? '')) throw unexpected();
    offset = Number(tokens[i++]!.text);
  }
  return {
    query: { fields, children, count, from: fromToken.text, fromAt: fromToken.pos, scope, where, orderBy, limit, offset },
    next: i,
  };
}

/** Semi-joins: at most two, only as terms of the top-level AND (never under OR or in parentheses). */
function checkSemiJoins(where: Cond | null): void {
  if (!where) return;
  const top = where.kind === 'and' ? where.parts : [where];
  let n = 0;
  const visit = (c: Cond, topLevel: boolean, underOr: boolean) => {
    if (c.kind === 'semi') {
      if (underOr) throw new Fail('MALFORMED_QUERY', "Semi join sub-selects are not allowed with the 'OR' operator", c.fieldAt);
      if (!topLevel)
        throw new Fail(
          'MALFORMED_QUERY',
          'Semi join sub-selects are only allowed at the top level WHERE expressions and not in nested WHERE expressions.',
          c.fieldAt,
        );
      n++;
    } else if (c.kind === 'and' || c.kind === 'or') for (const p of c.parts) visit(p, false, underOr || c.kind === 'or');
  };
  for (const c of top) visit(c, true, where.kind === 'or');
  if (n > 2) throw new Fail('MALFORMED_QUERY', 'maximum 2 semi join sub-selects are allowed');
}

// ── The book as a database: table names, field names, id prefixes, relationships ──

const DATETIME_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const ID_VALUE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
type FieldType = 'datetime' | 'date' | 'boolean' | 'number' | 'string' | 'object' | 'unknown';

class Database {
  private readonly tables: Tables;
  readonly options: SoqlOptions;
  private readonly fieldCache = new Map<string, Map<string, { name: string; type: FieldType }>>();
  private readonly idCache = new Map<string, Map<string, Row>>();
  private prefixes: Map<string, string> | null = null;

  constructor(tables: Tables, options: SoqlOptions) {
    this.tables = tables;
    this.options = options;
  }

  table(name: string): string | null {
    return Object.keys(this.tables).find((t) => t.toLowerCase() === name.toLowerCase()) ?? null;
  }

  tableNames(): string[] {
    return Object.keys(this.tables);
  }

  rows(table: string): readonly Row[] {
    return this.tables[table] ?? [];
  }

  /** The table's fields (union over its rows) with the type of their first non-null value. */
  fields(table: string): Map<string, { name: string; type: FieldType }> {
    let fields = this.fieldCache.get(table);
    if (!fields) {
      fields = new Map();
      for (const row of this.rows(table)) {
        for (const [key, v] of Object.entries(row)) {
          const known = fields.get(key.toLowerCase());
          if (known && known.type !== 'unknown') continue;
          const type: FieldType =
            v === null || v === undefined
              ? 'unknown'
              : typeof v === 'boolean'
                ? 'boolean'
                : typeof v === 'number'
                  ? 'number'
                  : typeof v === 'object'
                    ? 'object'
                    : DATETIME_VALUE.test(String(v))
                      ? 'datetime'
                      : DATE_VALUE.test(String(v))
                        ? 'date'
                        : 'string';
          fields.set(key.toLowerCase(), { name: key, type });
        }
      }
      this.fieldCache.set(table, fields);
    }
    return fields;
  }

  field(table: string, name: string): { name: string; type: FieldType } | null {
    const f = this.fields(table).get(name.toLowerCase()) ?? null;
    if (!f || f.type === 'object' || this.options.hideField?.(table, f.name)) return null;
    return f;
  }

  /** Which table an id belongs to, from its key prefix. */
  tableOfId(id: string): string | null {
    if (!this.prefixes) {
      this.prefixes = new Map();
      for (const [name, rows] of Object.entries(this.tables)) {
        const first = rows[0]?.Id;
        if (typeof first === 'string') this.prefixes.set(first.slice(0, 3), name);
      }
    }
    return this.prefixes.get(id.slice(0, 3)) ?? null;
  }

  byId(table: string, id: string): Row | null {
    let index = this.idCache.get(table);
    if (!index) {
      index = new Map(this.rows(table).map((r) => [String(r.Id).slice(0, 15), r]));
      this.idCache.set(table, index);
    }
    return index.get(id.slice(0, 15)) ?? null;
  }

  /** The lookup field behind a relationship name (Owner → OwnerId, Champion__r → Champion__c). */
  lookupField(table: string, relationship: string): { name: string } | null {
    const idField = /__r$/i.test(relationship) ? `${relationship.slice(0, -3)}__c` : `${relationship}Id`;
    return this.field(table, idField);
  }

  /** The table a relationship leads to, from the first id the lookup holds. */
  relationshipTarget(table: string, lookup: string): string | null {
    for (const row of this.rows(table)) {
      const v = row[lookup];
      if (typeof v === 'string' && v) return this.tableOfId(v);
    }
    return null;
  }
}

const invalidColumn = (field: string, table: string, at: number) =>
  new Fail(
    'INVALID_FIELD',
    `No such column '${field}' on entity '${table}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    at,
  );

/** Checks a field path against the schema; returns its type (of the last part). */
function checkPath(db: Database, table: string, path: string, at: number): FieldType {
  const parts = path.split('.');
  let current: string | null = table;
  for (const [n, part] of parts.entries()) {
    const last = n === parts.length - 1;
    if (current === null) return 'unknown';
    if (last) {
      const f = db.field(current, part);
      if (!f) throw invalidColumn(parts.length > 1 ? path : part, current, at);
      return f.type;
    }
    const lookup = db.lookupField(current, part);
    if (!lookup) {
      throw new Fail(
        'INVALID_FIELD',
        `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
        at,
      );
    }
    current = db.relationshipTarget(current, lookup.name);
  }
  return 'unknown';
}

/** A field path's value on a row, following lookups (null when a lookup is empty). */
function valueAt(db: Database, table: string, row: Row, path: string): unknown {
  const parts = path.split('.');
  let current: string | null = table;
  let r: Row | null = row;
  for (const [n, part] of parts.entries()) {
    if (!r || !current) return null;
    if (n === parts.length - 1) return r[db.field(current, part)?.name ?? part] ?? null;
    const lookup = db.lookupField(current, part);
    const id: unknown = lookup ? r[lookup.name] : null;
    if (typeof id !== 'string' || !id) return null;
    current = db.tableOfId(id);
    r = current ? db.byId(current, id) : null;
  }
  return null;
}

const DAY = 86_400_000;

function range(literal: { literal: string; n: number }, now: Date): [number, number] {
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const endOfToday = startOfToday + DAY - 1;
  if (literal.literal === 'TODAY') return [startOfToday, endOfToday];
  return literal.literal === 'LAST_N_DAYS' ? [startOfToday - literal.n * DAY, endOfToday] : [startOfToday, endOfToday + literal.n * DAY];
}

const time = (v: string) => Date.parse(/T/.test(v) ? v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : `${v}T00:00:00Z`);

/** Compares a field value with a literal: <0, 0, >0, or null when they are not comparable. */
function compare(actual: unknown, expected: unknown, type: FieldType): number | null {
  if (actual === null || actual === undefined) return expected === null ? 0 : null;
  if (expected === null) return null;
  if (type === 'datetime' || type === 'date') {
    const a = time(String(actual));
    const b = time(String(expected));
    return a - b;
  }
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'boolean' || typeof expected === 'boolean') return actual === expected ? 0 : null;
  const a = String(actual);
  const b = String(expected);
  if (ID_VALUE.test(a) && ID_VALUE.test(b)) return a.slice(0, 15) === b.slice(0, 15) ? 0 : a < b ? -1 : 1;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la === lb ? 0 : la < lb ? -1 : 1;
}

function literalOf(v: Value, field: string, type: FieldType, at: number): unknown {
  if (v && typeof v === 'object' && 'quoted' in v) {
    if (type === 'datetime' || type === 'date') {
      throw new Fail(
        'INVALID_FIELD',
        `value of filter criterion for field '${field}' must be of type ${type === 'datetime' ? 'dateTime' : 'date'} and should not be enclosed in quotes`,
        at,
      );
    }
    return v.quoted;
  }
  return v;
}

/** The query's table and the rows its WHERE clause keeps (unsorted, unlimited). */
function select(db: Database, query: Query, now: Date): { table: string; rows: Row[] } {
  const table = db.table(query.from);
  if (!table) {
    throw new Fail(
      'INVALID_TYPE',
      `sObject type '${query.from}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
      query.fromAt,
    );
  }
  for (const f of query.fields) checkPath(db, table, f.path, f.at);
  checkSemiJoins(query.where);

  // Compile the WHERE clause once: types checked, semi-joins run once.
  const compile = (c: Cond): ((row: Row) => boolean) => {
    if (c.kind === 'and' || c.kind === 'or') {
      const parts = c.parts.map(compile);
      return c.kind === 'and' ? (row) => parts.every((p) => p(row)) : (row) => parts.some((p) => p(row));
    }
    const type = checkPath(db, table, c.field, c.fieldAt);
    const get = (row: Row) => valueAt(db, table, row, c.field);
    if (c.kind === 'semi') {
      const sub = c.sub;
      if (sub.fields.length !== 1) throw new Fail('MALFORMED_QUERY', 'semi join sub-selects may select only one field', c.fieldAt);
      const subField = sub.fields[0]!.path;
      if (!/(?:^|\.)\w*Id$|__c$/i.test(subField))
        throw new Fail('MALFORMED_QUERY', `semi join sub selects can only query id fields, cannot use: '${subField}'`, sub.fields[0]!.at);
      const inner = select(db, sub, now);
      checkPath(db, inner.table, subField, sub.fields[0]!.at);
      const ids = new Set(inner.rows.map((r) => String(valueAt(db, inner.table, r, subField) ?? '').slice(0, 15)));
      return (row) => {
        const v = get(row);
        return (typeof v === 'string' && ids.has(v.slice(0, 15))) !== c.negate;
      };
    }
    if (c.kind === 'in') {
      const values = c.values.map((v) => literalOf(v, c.field, type, c.fieldAt));
      return (row) => values.some((v) => compare(get(row), v, type) === 0) !== c.negate;
    }
    const v = c.value;
    if (v && typeof v === 'object' && 'literal' in v) {
      if (type !== 'datetime' && type !== 'date' && type !== 'unknown') {
        throw new Fail('MALFORMED_QUERY', `date literal ${v.literal} used with a field of type ${type}: '${c.field}'`, c.fieldAt);
      }
      const [from, to] = range(v, now);
      return (row) => {
        const actual = get(row);
        if (typeof actual !== 'string') return false;
        const t = time(actual);
        switch (c.op) {
          case '=':
            return t >= from && t <= to;
          case '!=':
            return t < from || t > to;
          case '<':
            return t < from;
          case '<=':
            return t <= to;
          case '>':
            return t > to;
          default:
            return t >= from;
        }
      };
    }
    const expected = literalOf(v, c.field, type, c.fieldAt);
    return (row) => {
      const r = compare(get(row), expected, type);
      if (c.op === '!=') return r !== 0;
      if (r === null) return false;
      switch (c.op) {
        case '=':
          return r === 0;
        case '<':
          return r < 0;
        case '>':
          return r > 0;
        case '<=':
          return r <= 0;
        default:
          return r >= 0;
      }
    };
  };
  const where = query.where ? compile(query.where) : () => true;
  const inScope = scopeFilter(db, table, query.scope);
  return { table, rows: db.rows(table).filter((row) => inScope(row) && where(row)) };
}

/** `USING SCOPE`: `mine` keeps the session user's rows (by OwnerId), `everything` all; no other scope is known here. */
function scopeFilter(db: Database, table: string, scope: Query['scope']): (row: Row) => boolean {
  if (!scope || scope.name === 'everything') return () => true;
  if (scope.name !== 'mine') throw new Fail('MALFORMED_QUERY', `Invalid scope:${scope.name}`, scope.at);
  const owner = db.field(table, 'OwnerId');
  const me = db.options.userId;
  if (!owner || !me) throw new Fail('MALFORMED_QUERY', `Invalid scope:${scope.name}`, scope.at);
  return (row) => String(row[owner.name] ?? '').slice(0, 15) === me.slice(0, 15);
}

/** The child table and lookup behind a relationship name of `parent` (Account → Cases: Case.AccountId). */
function childRelationship(db: Database, parent: string, name: string, at: number): { table: string; lookup: string } {
  for (const table of db.tableNames()) {
    const plural = /y$/i.test(table) ? `${table.slice(0, -1)}ies` : `${table}s`;
    const lookup = db.field(table, `${parent}Id`);
    if (plural.toLowerCase() === name.toLowerCase() && lookup) return { table, lookup: lookup.name };
  }
  throw new Fail(
    'INVALID_TYPE',
    `Didn't understand relationship '${name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
    at,
  );
}

function sortRows(db: Database, table: string, rows: Row[], orderBy: OrderKey[]): Row[] {
  const keys = orderBy.map((k) => ({ ...k, type: checkPath(db, table, k.field, k.at) }));
  if (!keys.length) return rows;
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const va = valueAt(db, table, a, k.field);
      const vb = valueAt(db, table, b, k.field);
      const na = va === null || va === undefined;
      const nb = vb === null || vb === undefined;
      if (na || nb) {
        if (na && nb) continue;
        return (na ? -1 : 1) * (k.nullsFirst ? 1 : -1);
      }
      const r = compare(va, vb, k.type) ?? 0;
      if (r !== 0) return k.desc ? -r : r;
    }
    return 0;
  });
}

function run(db: Database, query: Query, now: Date, apiVersion: string): SoqlResult {
  const selected = select(db, query, now);
  const table = selected.table;
  let found = selected.rows;
  if (query.count) return { count: found.length, records: [] };
  // Each subquery runs once over its whole child table, then its rows are grouped by parent.
  const children = query.children.map((child) => {
    const rel = childRelationship(db, table, child.from, child.fromAt);
    const rows = select(db, { ...child, from: rel.table }, now).rows;
    const byParent = new Map<string, Row[]>();
    for (const row of rows) {
      const parent = String(row[rel.lookup] ?? '').slice(0, 15);
      if (!byParent.has(parent)) byParent.set(parent, []);
      byParent.get(parent)!.push(row);
    }
    return { name: child.from, table: rel.table, query: child, byParent };
  });
  found = sortRows(db, table, found, query.orderBy);
  found = found.slice(query.offset, query.limit === null ? undefined : query.offset + query.limit);
  return {
    ...(children.length ? { hasChildren: true } : {}),
    records: found.map((r) => {
      const out = project(
        db,
        table,
        r,
        query.fields.map((f) => f.path),
        apiVersion,
      );
      for (const c of children) {
        const mine = sortRows(db, c.table, c.byParent.get(String(r.Id).slice(0, 15)) ?? [], c.query.orderBy).slice(
          c.query.offset,
          c.query.limit === null ? undefined : c.query.offset + c.query.limit,
        );
        const records = mine.map((row) =>
          project(
            db,
            c.table,
            row,
            c.query.fields.map((f) => f.path),
            apiVersion,
          ),
        );
        out[c.name] = records.length ? { totalSize: records.length, done: true, records } : null;
      }
      return out;
    }),
  };
}

/** A row as the query API returns it: `attributes`, then the selected fields, lookups as nested records. */
function project(db: Database, table: string, row: Row, fields: string[], apiVersion: string): Row {
  const attributes = (type: string, id: unknown) => ({ type, url: `/services/data/${apiVersion}/sobjects/${type}/${String(id)}` });
  const out: Row = { attributes: attributes(table, row.Id) };
  for (const path of fields) {
    const parts = path.split('.');
    let target: Row = out;
    let current: string | null = table;
    let r: Row | null = row;
    for (const [n, part] of parts.entries()) {
      if (!current || !r) break;
      if (n === parts.length - 1) {
        const f = db.field(current, part);
        target[f?.name ?? part] = r[f?.name ?? part] ?? null;
        break;
      }
      const lookup = db.lookupField(current, part)!;
      const relationship = /__c$/.test(lookup.name) ? `${lookup.name.slice(0, -3)}__r` : lookup.name.slice(0, -2);
      const id: unknown = r[lookup.name];
      const nextTable: string | null = typeof id === 'string' && id ? db.tableOfId(id) : null;
      const next: Row | null = nextTable ? db.byId(nextTable, id as string) : null;
      if (!next || !nextTable) {
        target[relationship] = null;
        break;
      }
      if (!target[relationship] || typeof target[relationship] !== 'object')
        target[relationship] = { attributes: attributes(nextTable, next.Id) };
      target = target[relationship] as Row;
      current = nextTable;
      r = next;
    }
  }
  return out;
}

/** The real error text: the statement echoed, a caret under the fault, then the message. */
function errorMessage(text: string, fail: Fail): string {
  if (fail.at === null) return fail.message;
  const before = text.slice(0, fail.at);
  const row = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = fail.at - lineStart + 1;
  const line = text.split('\n')[row - 1] ?? '';
  return `\n${line}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${fail.message}`;
}

/** Runs one SOQL statement. Never throws for a bad statement: it comes back as the real error. */
export function runSoql(text: string, tables: Tables, now: Date, options: SoqlOptions = {}): SoqlResult | SoqlError {
  const db = new Database(tables, options);
  try {
    const tokens = tokenize(text);
    const { query, next } = parse(tokens, 0, text.length);
    if (next !== tokens.length) throw new Fail('MALFORMED_QUERY', `unexpected token: '${tokens[next]!.text}'`, tokens[next]!.pos);
    return run(db, query, now, options.apiVersion ?? 'v62.0');
  } catch (error) {
    if (error instanceof Fail) return { errorCode: error.errorCode, message: errorMessage(text, error) };
    throw error;
  }
}
