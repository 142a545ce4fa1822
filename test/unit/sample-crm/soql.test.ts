import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoql, type SoqlError, type SoqlResult } from '../../sample-crm/soql.ts';

const now = new Date('2026-11-22T12:00:00Z');
const tables = {
  User: [
    { Id: '005Sa0000000001IAA', Name: 'Dana Whitfield' },
    { Id: '005Sa0000000002IAA', Name: 'Jiyoon Park' },
  ],
  Account: [
    {
      Id: '001Sa0000000001IAA',
      Name: 'Northwind',
      Type: 'Customer - Direct',
      OwnerId: '005Sa0000000001IAA',
      ARR__c: 120000,
      IsPartner: false,
      Renewal_Date__c: '2027-01-06',
      CreatedDate: '2025-10-18T09:00:00.000+0000',
    },
    {
      Id: '001Sa0000000002IAA',
      Name: 'Globex',
      Type: 'Former Customer',
      OwnerId: '005Sa0000000002IAA',
      ARR__c: 250000,
      IsPartner: true,
      Renewal_Date__c: null,
      CreatedDate: '2026-11-20T09:00:00.000+0000',
    },
    {
      Id: '001Sa0000000003IAA',
      Name: 'Initech',
      Type: 'Customer - Direct',
      OwnerId: null,
      ARR__c: null,
      IsPartner: false,
      Renewal_Date__c: '2026-12-01',
      CreatedDate: '2024-01-01T00:00:00.000+0000',
    },
  ],
  Contact: [
    { Id: '003Sa0000000001IAA', Name: 'Jordan Kim', AccountId: '001Sa0000000001IAA' },
    { Id: '003Sa0000000002IAA', Name: 'Sam Lee', AccountId: '001Sa0000000002IAA' },
  ],
};
const run = (soql: string) => runSoql(soql, tables, now);
const records = (soql: string) => {
  const r = run(soql);
  if ('errorCode' in r) throw new Error(r.message);
  return r.records;
};
const names = (soql: string) => records(soql).map((r) => r.Name);
const error = (soql: string) => run(soql) as SoqlError;

describe('the sample SOQL evaluator', () => {
  it('answers records with attributes and relationship paths as nested records', () => {
    expect(records("SELECT Id, Name, Owner.Name FROM Account WHERE Name = 'Northwind'")).toEqual([
      {
        attributes: { type: 'Account', url: '/services/data/v62.0/sobjects/Account/001Sa0000000001IAA' },
        Id: '001Sa0000000001IAA',
        Name: 'Northwind',
        Owner: { attributes: { type: 'User', url: '/services/data/v62.0/sobjects/User/005Sa0000000001IAA' }, Name: 'Dana Whitfield' },
      },
    ]);
    expect(records("SELECT Owner.Name FROM Account WHERE Name = 'Initech'")[0]!.Owner).toBeNull();
    expect(records("SELECT Name, Account.Owner.Name FROM Contact WHERE Name = 'Sam Lee'")[0]).toMatchObject({
      Account: { Owner: { Name: 'Jiyoon Park' } },
    });
  });

  it('filters with AND, OR, parentheses and every operator it claims', () => {
    expect(names("SELECT Name FROM Account WHERE Type = 'Customer - Direct' AND (ARR__c > 100000 OR ARR__c = null) ORDER BY Name")).toEqual(
      ['Initech', 'Northwind'],
    );
    expect(names("SELECT Name FROM Account WHERE Type != 'Former Customer' ORDER BY Name")).toEqual(['Initech', 'Northwind']);
    expect(names("SELECT Name FROM Account WHERE Name IN ('Globex', 'Initech') ORDER BY Name DESC")).toEqual(['Initech', 'Globex']);
    expect(names("SELECT Name FROM Account WHERE Name NOT IN ('Globex') ORDER BY Name")).toEqual(['Initech', 'Northwind']);
    expect(names('SELECT Name FROM Account WHERE ARR__c < 200000')).toEqual(['Northwind']);
    expect(names('SELECT Name FROM Account WHERE ARR__c >= 250000')).toEqual(['Globex']);
    expect(names('SELECT Name FROM Account WHERE IsPartner = true')).toEqual(['Globex']);
    expect(names('SELECT Name FROM Account WHERE Renewal_Date__c < 2027-01-01')).toEqual(['Initech']);
    expect(names('SELECT Name FROM Account WHERE CreatedDate > 2026-01-01T00:00:00Z')).toEqual(['Globex']);
    expect(names('SELECT Name FROM Account WHERE CreatedDate = LAST_N_DAYS:30')).toEqual(['Globex']);
    expect(names('SELECT Name FROM Account WHERE CreatedDate < LAST_N_DAYS:30 ORDER BY CreatedDate')).toEqual(['Initech', 'Northwind']);
    expect(names('SELECT Name FROM Account WHERE Renewal_Date__c = NEXT_N_DAYS:30')).toEqual(['Initech']);
  });

  it('compares strings without case and ids on their first 15 characters, as Salesforce does', () => {
    expect(names("SELECT Name FROM Account WHERE type = 'former customer'")).toEqual(['Globex']);
    expect(names("select name from account where id = '001Sa0000000002'")).toEqual(['Globex']);
  });

  it('sorts on several keys, nulls first unless told otherwise, and pages with LIMIT and OFFSET', () => {
    expect(names('SELECT Name FROM Account ORDER BY ARR__c DESC')).toEqual(['Initech', 'Globex', 'Northwind']);
    expect(names('SELECT Name FROM Account ORDER BY ARR__c DESC NULLS LAST')).toEqual(['Globex', 'Northwind', 'Initech']);
    expect(names('SELECT Name FROM Account ORDER BY Type, Name DESC')).toEqual(['Northwind', 'Initech', 'Globex']);
    expect(names('SELECT Name FROM Account ORDER BY Name LIMIT 2 OFFSET 1')).toEqual(['Initech', 'Northwind']);
  });

  it('counts with COUNT()', () => {
    expect(run("SELECT COUNT() FROM Account WHERE Type = 'Customer - Direct'")).toEqual({ count: 2, records: [] } satisfies SoqlResult);
  });

  it('runs semi-joins at the top level of the WHERE clause only', () => {
    expect(names("SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Name = 'Sam Lee')")).toEqual(['Globex']);
    expect(names('SELECT Name FROM Account WHERE ARR__c > 0 AND Id NOT IN (SELECT AccountId FROM Contact) ')).toEqual([]);
    expect(error('SELECT Name FROM Account WHERE ARR__c > 0 OR Id IN (SELECT AccountId FROM Contact)')).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: expect.stringContaining("Semi join sub-selects are not allowed with the 'OR' operator"),
    });
    expect(error('SELECT Name FROM Account WHERE Id IN (SELECT Name FROM Contact)')).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
  });

  it('refuses an unknown field with the real INVALID_FIELD text, statement echo and caret included', () => {
    expect(error('SELECT Id, Foo__c FROM Account')).toEqual({
      errorCode: 'INVALID_FIELD',
      message:
        "\nSELECT Id, Foo__c FROM Account\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo__c' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    });
    expect(error('SELECT Boss.Name FROM Account')).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringContaining("Didn't understand relationship 'Boss'"),
    });
    expect(error("SELECT Id FROM Account WHERE CreatedDate > '2026-01-01'")).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringContaining(
        "value of filter criterion for field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes",
      ),
    });
  });

  it('refuses an object the org does not have with the real INVALID_TYPE text (the fixture’s, to the character)', () => {
    const fixture = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../fixtures/salesforce/error_invalid_type_400.json'), 'utf8'),
    ) as SoqlError[];
    expect(error("SELECT Id FROM SurveySubject WHERE SubjectId = '001xx000003DGb2AAG'")).toEqual(fixture[0]);
  });

  it('refuses what it cannot parse with MALFORMED_QUERY', () => {
    expect(error("SELECT Name FROM Account WHERE Name = 'a' AND Type = 'b' OR ARR__c > 1")).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: expect.stringContaining("unexpected token: 'OR'"),
    });
    expect(error('SELECT FROM Account')).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
    expect(error("SELECT Name FROM Account WHERE Name LIKE 'N%'")).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
    expect(error('SELECT Name FROM Account GROUP BY Name')).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
  });
});

describe('parent–child subqueries and owner filters, as the real API answers them', () => {
  it("nests each account's children as {totalSize, done, records}, and null where it has none", () => {
    const rows = records(
      "SELECT Id, Name, (SELECT Name FROM Contacts ORDER BY Name LIMIT 5) FROM Account WHERE OwnerId = '005Sa0000000001IAA' ORDER BY Name",
    );
    expect(rows).toEqual([
      {
        attributes: { type: 'Account', url: '/services/data/v62.0/sobjects/Account/001Sa0000000001IAA' },
        Id: '001Sa0000000001IAA',
        Name: 'Northwind',
        Contacts: {
          totalSize: 1,
          done: true,
          records: [
            { attributes: { type: 'Contact', url: '/services/data/v62.0/sobjects/Contact/003Sa0000000001IAA' }, Name: 'Jordan Kim' },
          ],
        },
      },
    ]);
    expect(records("SELECT Name, (SELECT Name FROM Contacts) FROM Account WHERE Name = 'Initech'")[0]!.Contacts).toBeNull();
  });

  it('refuses a child relationship the object does not have with the real INVALID_TYPE text', () => {
    expect(error('SELECT Name, (SELECT Id FROM Widgets) FROM Account')).toMatchObject({
      errorCode: 'INVALID_TYPE',
      message: expect.stringContaining("Didn't understand relationship 'Widgets' in FROM part of query call"),
    });
  });
});

describe('USING SCOPE', () => {
  const me = '005Sa0000000001IAA';
  const namesOf = (result: SoqlResult | SoqlError) => ('records' in result ? result.records.map((r) => r.Name) : result);

  it('keeps the session user’s rows for “mine”, every row for “everything”', () => {
    expect(namesOf(runSoql('SELECT Name FROM Account USING SCOPE mine ORDER BY Name', tables, now, { userId: me }))).toEqual(['Northwind']);
    expect(
      namesOf(runSoql("SELECT Name FROM Account USING SCOPE mine WHERE Type = 'Former Customer'", tables, now, { userId: me })),
    ).toEqual([]);
    expect(namesOf(runSoql('SELECT Name FROM Account USING SCOPE everything ORDER BY Name', tables, now, { userId: me }))).toEqual([
      'Globex',
      'Initech',
      'Northwind',
    ]);
  });

  it('refuses a scope it does not know, or “mine” without a session user', () => {
    expect(runSoql('SELECT Name FROM Account USING SCOPE delegated', tables, now, { userId: me })).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: expect.stringContaining('Invalid scope:delegated'),
    });
    expect(runSoql('SELECT Name FROM Account USING SCOPE mine', tables, now)).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
    expect(runSoql('SELECT Name FROM Account USING mine', tables, now, { userId: me })).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
  });
});
