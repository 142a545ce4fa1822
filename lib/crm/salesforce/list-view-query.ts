/** What a list view keeps of its accounts, as the book's own query can use it: `USING SCOPE` and `WHERE`. */
export interface ListViewFilter {
  /** The filter scope (`mine`, `team`, `everything`…), or null when the view names none. */
  scope: string | null;
  /** The WHERE condition as the org wrote it (without the keyword), or null when the view has none. */
  where: string | null;
}

// A clause that ends the WHERE condition of a SELECT (top level only).
const AFTER_WHERE =
  /\b(?:ORDER\s+BY|GROUP\s+BY|HAVING|LIMIT|OFFSET|WITH|FOR\s+(?:VIEW|REFERENCE|UPDATE)|UPDATE\s+(?:TRACKING|VIEWSTAT))\b/i;

/**
 * The statement with every string literal and everything inside parentheses blanked out (same
 * length, so a position in it is a position in the statement): a keyword found in it is a
 * keyword of the statement itself, never a word of a quoted value or of a sub-select. Null when a
 * quote or a parenthesis is left open.
 */
function topLevelOf(soql: string): string | null {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < soql.length; i++) {
    const c = soql[i]!;
    if (quoted) {
      out += '#';
      // A backslash escapes the next character (\' and \\ inside a value).
      if (c === '\\' && i + 1 < soql.length) {
        out += '#';
        i++;
      } else if (c === "'") quoted = false;
      continue;
    }
    if (c === "'") {
      quoted = true;
      out += '#';
    } else if (c === '(') {
      depth++;
      out += '#';
    } else if (c === ')') {
      if (depth === 0) return null;
      depth--;
      out += '#';
    } else out += depth > 0 ? '#' : c;
  }
  return quoted || depth > 0 ? null : out;
}

/**
 * The scope and WHERE condition of a list view's query (its describe's `query`, a whole SOQL
 * statement such as `SELECT Name, … FROM Account USING SCOPE mine WHERE Type = 'X' ORDER BY Name
 * ASC NULLS FIRST, Id ASC NULLS FIRST`), so that the book reads the view's accounts with its own
 * field list and subqueries. Quoted values and sub-selects are never cut: `' ORDER BY '` inside a
 * value stays in the condition. Null when the statement is not a SELECT from `object`.
 */
export function listViewFilter(soql: string, object = 'Account'): ListViewFilter | null {
  const top = topLevelOf(soql);
  if (top === null || !/^\s*SELECT\b/i.test(top)) return null;
  const from = /\bFROM\s+(\w+)/i.exec(top);
  if (!from || from[1]!.toLowerCase() !== object.toLowerCase()) return null;
  let at = from.index + from[0].length;
  const scope = /^\s+USING\s+SCOPE\s+(\w+)/i.exec(top.slice(at));
  if (scope) at += scope[0].length;
  const where = /^\s+WHERE\b/i.exec(top.slice(at));
  let condition: string | null = null;
  if (where) {
    const start = at + where[0].length;
    const end = AFTER_WHERE.exec(top.slice(start));
    condition = soql.slice(start, end ? start + end.index : soql.length).trim() || null;
    if (condition === null) return null;
  } else {
    // After FROM Account [USING SCOPE x] only a clause may follow: anything else is not a statement we understand.
    const rest = top.slice(at);
    const clause = AFTER_WHERE.exec(rest);
    if (/\S/.test(rest) && (!clause || /\S/.test(rest.slice(0, clause.index)))) return null;
  }
  return { scope: scope ? scope[1]!.toLowerCase() : null, where: condition };
}
