import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toId18 } from '../../../lib/pages/salesforce-id';
import { buildSampleBook, listSampleRecords } from '../../sample-crm/book.ts';

const today = new Date('2026-11-22T12:00:00Z');
const book = buildSampleBook(today);
const DAY = 86_400_000;
const daysAgo = (sfDateTime: unknown) => (today.getTime() - Date.parse(String(sfDateTime).replace(/(\d\d)(\d\d)$/, '$1:$2'))) / DAY;

describe('the sample book', () => {
  it('is the same on every build and moves with today', () => {
    expect(JSON.stringify(buildSampleBook(today))).toBe(JSON.stringify(book));
    const later = buildSampleBook(new Date('2027-03-01T12:00:00Z'));
    const globex = (b: typeof book) => b.opportunities.find((o) => o.AccountId === b.roles.atRisk && o.Type === 'Renewal')!.CloseDate;
    expect(globex(book)).toBe('2026-12-12');
    expect(globex(later)).toBe('2027-03-21');
  });

  it('has a book of 300 accounts owned by the sample user, some owned by others, with real ids: key prefixes and valid check characters', () => {
    expect(book.accounts.filter((a) => a.OwnerId === book.sampleUser)).toHaveLength(300);
    expect(book.accounts.filter((a) => a.OwnerId !== book.sampleUser).length).toBeGreaterThan(30);
    for (const id of book.bookAtRisk) expect(book.accounts.find((a) => a.Id === id)!.OwnerId).toBe(book.sampleUser);
    expect(book.orgId).toMatch(/^00D/);
    const prefixes: Array<[string, Array<{ Id: string }>]> = [
      ['001', book.accounts],
      ['003', book.contacts],
      ['006', book.opportunities],
      ['500', book.cases],
      ['800', book.contracts],
      ['005', book.users],
    ];
    for (const [prefix, rows] of prefixes) {
      for (const { Id } of rows.slice(0, 500)) {
        expect(Id.startsWith(prefix)).toBe(true);
        expect(toId18(Id)).toBe(Id);
      }
    }
  });

  it('has plausible names (English and Korean), owners and mostly USD with some EUR and KRW', () => {
    const currencies = book.accounts.map((a) => a.CurrencyIsoCode);
    expect(currencies.filter((c) => c === 'EUR')).toHaveLength(2);
    expect(currencies.filter((c) => c === 'KRW')).toHaveLength(3);
    expect(currencies.filter((c) => c === 'USD').length).toBeGreaterThan(20);
    expect(book.accounts.filter((a) => /[가-힣]/.test(a.Name)).map((a) => a.Name)).toEqual(['한빛소프트웨어', '서해물산', '누리리테일']);
    for (const a of book.accounts) expect(book.users.some((u) => u.Id === a.OwnerId)).toBe(true);
  });

  it('has the roles tests rely on', () => {
    const { roles } = book;
    const cases = (id: string) => book.cases.filter((c) => c.AccountId === id);
    expect(cases(roles.manyCases)).toHaveLength(10_000);
    expect(cases(roles.noData)).toHaveLength(0);
    for (const table of [book.contacts, book.opportunities, book.contracts])
      expect(table.filter((r) => r.AccountId === roles.noData)).toHaveLength(0);
    const championLeft = book.accounts.find((a) => a.Id === roles.championLeft)!;
    expect(book.contacts.find((c) => c.Id === championLeft.Champion__c)!.Left_Company__c).toBe(true);
    expect(book.accounts.find((a) => a.Id === roles.churned)!.Type).toBe('Former Customer');
    expect(book.accounts.find((a) => a.Id === roles.korean)!.CurrencyIsoCode).toBe('KRW');
  });

  it('covers every priority (with an urgent value), every aging bucket and open and closed cases', () => {
    const sample = book.cases.filter((c) => c.AccountId !== book.roles.manyCases);
    expect(new Set(sample.map((c) => c.Priority))).toEqual(new Set(['High', 'Medium', 'Low', 'Critical']));
    const open = sample.filter((c) => !c.IsClosed).map((c) => daysAgo(c.CreatedDate));
    for (const [from, to] of [
      [0, 2],
      [3, 7],
      [8, 14],
      [15, 30],
      [31, 1000],
    ])
      expect(open.some((age) => age >= from! && age < to! + 1)).toBe(true);
    expect(sample.some((c) => c.IsClosed && c.ClosedDate)).toBe(true);
  });

  it('has renewals near and far, won and lost deals, an upsell and a downsell, 24- and 6-month contracts', () => {
    const renewals = book.opportunities
      .filter((o) => o.Type === 'Renewal' && !o.IsClosed)
      .map((o) => Math.round(-daysAgo(`${String(o.CloseDate)}T12:00:00.000+0000`)));
    for (const days of [20, 45, 100, 300]) expect(renewals).toContain(days);
    expect(book.opportunities.some((o) => o.IsClosed && o.IsWon)).toBe(true);
    expect(book.opportunities.some((o) => o.IsClosed && !o.IsWon)).toBe(true);
    // A renewal's Amount covers its whole term: compare it a year at a time with the ARR.
    const termOf = (id: string) => (book.contracts.find((c) => c.AccountId === id)?.ContractTerm as number | undefined) ?? 12;
    const renewalOf = (id: string) =>
      ((book.opportunities.find((o) => o.AccountId === id && o.Type === 'Renewal')!.Amount as number) * 12) / termOf(id);
    const arrOf = (id: string) => book.accounts.find((a) => a.Id === id)!.ARR__c as number;
    expect(renewalOf(book.roles.healthy)).toBeGreaterThan(arrOf(book.roles.healthy));
    expect(renewalOf(book.roles.atRisk)).toBeLessThan(arrOf(book.roles.atRisk));
    expect(book.contracts.map((c) => c.ContractTerm)).toEqual(expect.arrayContaining([24, 6]));
  });

  it('has NPS answers linked to their account through SurveySubject, one respondent answering twice', () => {
    const byRespondent = new Map<string, number>();
    for (const r of book.surveyResponses) {
      const submitter = (r.Response as { SubmitterId: string }).SubmitterId;
      byRespondent.set(submitter, (byRespondent.get(submitter) ?? 0) + 1);
      const subjects = book.surveySubjects.filter((s) => s.ParentId === r.InvitationId || s.ParentId === r.ResponseId);
      expect(subjects).toHaveLength(2);
      expect(new Set(subjects.map((s) => s.SubjectId)).size).toBe(1);
    }
    expect([...byRespondent.values()].some((n) => n >= 2)).toBe(true);
  });

  it('lists every id with its name', () => {
    const all = listSampleRecords(book);
    expect(all.find((r) => r.id === book.roles.atRisk)).toEqual({
      type: 'Account',
      id: book.roles.atRisk,
      name: 'Globex Manufacturing',
      accountId: null,
    });
    expect(all.filter((r) => r.type === 'Case')).toHaveLength(book.cases.length);
  });
});

describe('the sample org’s sources', () => {
  const dir = path.resolve(import.meta.dirname, '../../sample-crm');
  const mine = ['book.ts', 'soql.ts', 'salesforce-api.ts'];

  it.each(mine)('%s plays Salesforce: no import from lib/, relative imports with .ts', (file) => {
    expect(readdirSync(dir)).toContain(file);
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const [, from] of text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
      expect(from).not.toMatch(/\blib\//);
      if (from!.startsWith('.')) expect(from).toMatch(/\.ts$/);
    }
  });
});
