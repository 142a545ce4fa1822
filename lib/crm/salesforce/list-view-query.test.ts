import { describe, expect, it } from 'vitest';
import { listViewFilter } from './list-view-query';

const COLUMNS = 'SELECT Name, Site, BillingState, Phone, toLabel(Type), Owner.Alias, Id, CreatedDate, LastModifiedDate, SystemModstamp';
const ORDER = 'ORDER BY Name ASC NULLS FIRST, Id ASC NULLS FIRST';

describe("a list view's scope and condition, from its describe's query", () => {
  it.each([
    ['no scope, no condition ("All Accounts")', `${COLUMNS} FROM Account ${ORDER}`, { scope: null, where: null }],
    ['a scope alone ("My Accounts")', `${COLUMNS} FROM Account USING SCOPE mine ${ORDER}`, { scope: 'mine', where: null }],
    [
      'a scope and a condition',
      `${COLUMNS} FROM Account USING SCOPE mine WHERE Industry = 'Technology' ${ORDER}`,
      { scope: 'mine', where: "Industry = 'Technology'" },
    ],
    [
      "a quoted ' ORDER BY ' that does not end the condition",
      `${COLUMNS} FROM Account WHERE Name != 'Pilot ORDER BY test' AND Type = 'Customer - Direct' ${ORDER}`,
      { scope: null, where: "Name != 'Pilot ORDER BY test' AND Type = 'Customer - Direct'" },
    ],
    [
      'an escaped quote inside a value',
      `${COLUMNS} FROM Account WHERE Name = 'O\\'Brien LIMIT 5 \\\\' ${ORDER}`,
      { scope: null, where: "Name = 'O\\'Brien LIMIT 5 \\\\'" },
    ],
    [
      'a sub-select with its own ORDER BY and LIMIT',
      `${COLUMNS} FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Title = 'CEO' ORDER BY Name LIMIT 5) ${ORDER}`,
      { scope: null, where: "Id IN (SELECT AccountId FROM Contact WHERE Title = 'CEO' ORDER BY Name LIMIT 5)" },
    ],
    [
      'OR with parentheses, kept whole',
      `${COLUMNS} FROM Account WHERE (Industry = 'Media' OR Industry = 'Retail') AND Type != null ${ORDER}`,
      { scope: null, where: "(Industry = 'Media' OR Industry = 'Retail') AND Type != null" },
    ],
    ['no ORDER BY at all', "SELECT Id FROM Account WHERE Type = 'Prospect'", { scope: null, where: "Type = 'Prospect'" }],
    ['a LIMIT after the condition', "SELECT Id FROM Account WHERE Type = 'Prospect' LIMIT 10", { scope: null, where: "Type = 'Prospect'" }],
    [
      'keywords in any case',
      "select Id from account using scope Team where Rating = 'Hot' order by Name",
      { scope: 'team', where: "Rating = 'Hot'" },
    ],
    [
      'a FROM inside a value in the field list',
      "SELECT Id, toLabel(Type) FROM Account WHERE Site = 'FROM Account'",
      { scope: null, where: "Site = 'FROM Account'" },
    ],
  ])('%s', (_name, soql, expected) => {
    expect(listViewFilter(soql)).toEqual(expected);
  });

  it.each([
    ['another object', `SELECT Id FROM Contact ${ORDER}`],
    ['an open quote', "SELECT Id FROM Account WHERE Name = 'Acme ORDER BY Name"],
    ['an unbalanced parenthesis', "SELECT Id FROM Account WHERE (Name = 'Acme' ORDER BY Name"],
    ['no SELECT', 'FIND {Acme} IN ALL FIELDS'],
    ['an empty condition', `SELECT Id FROM Account WHERE ${ORDER}`],
    ['something unknown after FROM', `SELECT Id FROM Account TYPEOF What ${ORDER}`],
  ])('refuses %s', (_name, soql) => {
    expect(listViewFilter(soql)).toBeNull();
  });
});
