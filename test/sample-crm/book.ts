// The sample org's data: about 30 accounts as Salesforce stores them (real field names and value
// shapes), with dates relative to `today` so that tests and the demo never rot. Deterministic:
// a fixed table of account profiles plus a seeded generator for the filler records.
import { toId18 } from '../../lib/pages/salesforce-id.ts';
import { mulberry32 } from '../support/prng.ts';

export interface SfAttributes {
  type: string;
  url: string;
}
export type SfRecord = Record<string, unknown> & { Id: string };

export interface SampleBook {
  orgId: string;
  today: Date;
  accounts: Array<SfRecord & { Name: string }>;
  contacts: Array<SfRecord & { FirstName: string | null; LastName: string; AccountId: string }>;
  cases: Array<SfRecord & { CaseNumber: string; Subject: string; AccountId: string }>;
  opportunities: Array<SfRecord & { Name: string; AccountId: string }>;
  contracts: Array<SfRecord & { ContractNumber: string; AccountId: string }>;
  surveyResponses: SfRecord[];
  surveySubjects: SfRecord[];
  /** Accounts a test can rely on, by role. */
  roles: { healthy: string; atRisk: string; manyCases: string; noData: string; championLeft: string; churned: string; korean: string };
}

interface Profile {
  name: string;
  currency?: string;
  industry: string;
  arr: number | null;
  seats: number | null;
  active: number | null;
  prevActive: number | null;
  /** Days from today to the open renewal opportunity's close date (null: none). */
  renewalInDays: number | null;
  renewalAmount?: number;
  contractMonths: number | null;
  /** Open case ages in days with priority, and closed cases as [age at close, priority]. */
  open: Array<[number, string]>;
  closed: Array<[number, string]>;
  nps: number[];
  overdueDays: number | null;
  championLeft?: boolean;
  lastTouchDaysAgo: number | null;
  churned?: boolean;
}

const P = (p: Profile) => p;

// Hand-checkable profiles first (tests use the roles below), then the rest of the book.
const PROFILES: Profile[] = [
  P({ name: 'Northwind Analytics', industry: 'Technology', arr: 120000, seats: 100, active: 86, prevActive: 80, renewalInDays: 45, renewalAmount: 132000, contractMonths: 12,
      open: [[1, 'High'], [5, 'Medium'], [10, 'Low']], closed: [[2, 'High'], [1, 'Medium'], [4, 'Low']], nps: [10, 9, 9, 8, 6, 10], overdueDays: null, lastTouchDaysAgo: 3 }),
  P({ name: 'Globex Manufacturing', industry: 'Manufacturing', arr: 250000, seats: 400, active: 120, prevActive: 210, renewalInDays: 20, renewalAmount: 200000, contractMonths: 24,
      open: [[40, 'High'], [20, 'Critical'], [9, 'Medium'], [2, 'Low'], [35, 'Medium']], closed: [[6, 'High'], [12, 'Medium']], nps: [3, 6, 7, 5, 2], overdueDays: 45, championLeft: true, lastTouchDaysAgo: 50 }),
  P({ name: 'Initech Systems', industry: 'Technology', arr: 90000, seats: 80, active: 60, prevActive: 62, renewalInDays: 100, contractMonths: 12,
      open: [], closed: [], nps: [], overdueDays: null, lastTouchDaysAgo: 10 }),
  P({ name: 'Umbrella Health', industry: 'Healthcare', arr: 60000, seats: 50, active: 40, prevActive: 41, renewalInDays: 300, contractMonths: 6,
      open: [[3, 'Medium']], closed: [[1, 'Low']], nps: [9, 8], overdueDays: 10, lastTouchDaysAgo: 20 }),
  P({ name: 'Stark Logistics', industry: 'Transportation', arr: null, seats: null, active: null, prevActive: null, renewalInDays: null, contractMonths: null,
      open: [], closed: [], nps: [], overdueDays: null, lastTouchDaysAgo: null }),
  P({ name: '한빛소프트웨어', currency: 'KRW', industry: 'Technology', arr: 96000000, seats: 60, active: 52, prevActive: 50, renewalInDays: 75, renewalAmount: 108000000, contractMonths: 12,
      open: [[4, 'High']], closed: [[2, 'Medium']], nps: [9, 10, 7], overdueDays: null, lastTouchDaysAgo: 7 }),
  P({ name: 'Wayne Retail Group', industry: 'Retail', arr: 40000, seats: 30, active: 4, prevActive: 10, renewalInDays: -15, contractMonths: 12,
      open: [], closed: [[3, 'Medium']], nps: [4], overdueDays: 95, lastTouchDaysAgo: 120, churned: true }),
  P({ name: 'Hooli Cloud', industry: 'Technology', arr: 500000, seats: 1000, active: 700, prevActive: 690, renewalInDays: 200, contractMonths: 36,
      open: [], closed: [], nps: [9, 9, 6], overdueDays: null, lastTouchDaysAgo: 14 }),
];
const FILLER_NAMES = [
  'Acme Robotics', 'Vandelay Imports', 'Soylent Foods', 'Cyberdyne Security', 'Tyrell Biotech', 'Wonka Confectionery',
  'Massive Dynamic', 'Aperture Labs', 'Oscorp Energy', 'Pied Piper Media', 'Gringotts Finance', 'Monarch Travel',
  'Blue Sun Beverages', 'Dunder Paper', 'Sterling Partners', 'Nakatomi Trading', 'Prestige Worldwide', 'Bluth Homes',
  'Kumo Design', '서해물산', '누리리테일', 'Octan Fuel',
];
const INDUSTRIES = ['Technology', 'Retail', 'Finance', 'Healthcare', 'Manufacturing', 'Media'];
const PRIORITIES = ['High', 'Medium', 'Low', 'Critical'];

function fillerProfile(name: string, i: number, rnd: () => number): Profile {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const seats = 20 + Math.floor(rnd() * 300);
  const active = Math.floor(seats * (0.3 + rnd() * 0.7));
  return {
    name,
    currency: name.match(/[가-힣]/) ? 'KRW' : i % 9 === 4 ? 'EUR' : 'USD',
    industry: pick(INDUSTRIES),
    arr: name.match(/[가-힣]/) ? 1_000_000 * (20 + Math.floor(rnd() * 200)) : 1000 * (10 + Math.floor(rnd() * 300)),
    seats,
    active,
    prevActive: Math.floor(active * (0.7 + rnd() * 0.5)),
    renewalInDays: Math.floor(rnd() * 360) - 10,
    contractMonths: pick([12, 12, 24, 36]),
    open: Array.from({ length: Math.floor(rnd() * 6) }, () => [Math.floor(rnd() * 50), pick(PRIORITIES)] as [number, string]),
    closed: Array.from({ length: Math.floor(rnd() * 8) }, () => [Math.floor(rnd() * 20), pick(PRIORITIES)] as [number, string]),
    nps: Array.from({ length: Math.floor(rnd() * 7) }, () => Math.floor(rnd() * 11)),
    overdueDays: rnd() < 0.2 ? Math.floor(rnd() * 90) + 1 : null,
    championLeft: rnd() < 0.1,
    lastTouchDaysAgo: Math.floor(rnd() * 60),
  };
}

const DAY = 86_400_000;

export function buildSampleBook(today: Date): SampleBook {
  const rnd = mulberry32(20261122);
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 9, 0, 0);
  const dateTime = (daysAgo: number, hours = 0) => new Date(base - daysAgo * DAY + hours * 3_600_000).toISOString().replace('Z', '+0000');
  const date = (daysFromToday: number) => new Date(base + daysFromToday * DAY).toISOString().slice(0, 10);
  const counters: Record<string, number> = {};
  const id = (prefix: string) => {
    counters[prefix] = (counters[prefix] ?? 0) + 1;
    return toId18(`${prefix}Sa${String(counters[prefix]).padStart(10, '0')}`)!;
  };

  const book: SampleBook = {
    orgId: toId18('00DSa0000000001')!,
    today,
    accounts: [],
    contacts: [],
    cases: [],
    opportunities: [],
    contracts: [],
    surveyResponses: [],
    surveySubjects: [],
    roles: { healthy: '', atRisk: '', manyCases: '', noData: '', championLeft: '', churned: '', korean: '' },
  };
  const profiles = [...PROFILES, ...FILLER_NAMES.map((n, i) => fillerProfile(n, i, rnd))];
  let caseNumber = 1000;

  const addCase = (accountId: string, ageDays: number, priority: string, closedAfterDays: number | null, subject: string) => {
    caseNumber += 1;
    book.cases.push({
      Id: id('500'),
      CaseNumber: String(caseNumber).padStart(8, '0'),
      Subject: subject,
      Status: closedAfterDays === null ? 'Working' : 'Closed',
      IsClosed: closedAfterDays !== null,
      Priority: priority,
      CreatedDate: dateTime(ageDays),
      ClosedDate: closedAfterDays === null ? null : dateTime(ageDays - closedAfterDays),
      AccountId: accountId,
    });
  };

  profiles.forEach((p, index) => {
    const accountId = id('001');
    const currency = p.currency ?? 'USD';
    // Contacts: a champion and two more; the champion may have left.
    const contactIds = [0, 1, 2].map((n) => {
      const contactId = id('003');
      const first = ['Jordan', 'Sam', 'Alex', 'Min-ji', 'Ji-ho', 'Taylor'][(index + n) % 6]!;
      const last = ['Kim', 'Lee', 'Park', 'Smith', 'Garcia', 'Chen'][(index * 2 + n) % 6]!;
      book.contacts.push({
        Id: contactId,
        FirstName: first,
        LastName: last,
        Name: `${first} ${last}`,
        Email: `${first.toLowerCase().replace(/[^a-z]/g, '')}.${last.toLowerCase()}@example.com`,
        Title: ['VP Operations', 'Product Owner', 'IT Manager'][n]!,
        AccountId: accountId,
        Left_Company__c: n === 0 && p.championLeft === true,
      });
      return contactId;
    });
    const hasData = p.arr !== null;
    book.accounts.push({
      Id: accountId,
      Name: p.name,
      Type: p.churned ? 'Former Customer' : 'Customer - Direct',
      Industry: p.industry,
      CurrencyIsoCode: currency,
      CreatedDate: dateTime(400 + index * 3),
      LastActivityDate: p.lastTouchDaysAgo === null ? null : date(-p.lastTouchDaysAgo),
      ARR__c: p.arr,
      Licensed_Seats__c: p.seats,
      Active_Users__c: p.active,
      Active_Users_Prev_Period__c: p.prevActive,
      Last_Login__c: hasData ? dateTime(1) : null,
      Champion__c: hasData ? contactIds[0]! : null,
      Renewal_Date__c: null,
      Oldest_Overdue_Invoice_Date__c: p.overdueDays === null ? null : date(-p.overdueDays),
    });

    p.open.forEach(([age, priority], n) => addCase(accountId, age, priority, null, `Open issue ${n + 1}: ${['Sync delay', 'Login error', 'Report mismatch', 'Export fails', 'SSO setup'][n % 5]}`));
    p.closed.forEach(([took, priority], n) => addCase(accountId, took + 5 + n * 7, priority, took, `Resolved: ${['Invite expired', 'Billing question', 'API quota', 'Slow dashboard'][n % 4]}`));

    if (p.contractMonths !== null && p.arr !== null) {
      const end = p.renewalInDays ?? 200;
      const start = end - Math.round((p.contractMonths * 365) / 12);
      book.contracts.push({
        Id: id('800'),
        ContractNumber: String(100 + index).padStart(8, '0'),
        AccountId: accountId,
        Status: end >= 0 ? 'Activated' : 'Expired',
        StartDate: date(start),
        EndDate: date(end - 1),
        ContractTerm: p.contractMonths,
        Contract_Value__c: Math.round((p.arr * p.contractMonths) / 12),
        CurrencyIsoCode: currency,
      });
      // The won deal that started the current contract.
      book.opportunities.push({
        Id: id('006'), Name: `${p.name} — ${p.contractMonths}-month subscription`, Type: 'New Customer', StageName: 'Closed Won',
        Amount: Math.round((p.arr * p.contractMonths) / 12), CloseDate: date(start - 5), IsClosed: true, IsWon: true,
        AccountId: accountId, CurrencyIsoCode: currency,
      });
    }
    if (p.renewalInDays !== null && p.arr !== null && !p.churned) {
      book.opportunities.push({
        Id: id('006'), Name: `${p.name} — renewal`, Type: 'Renewal', StageName: p.renewalInDays < 40 ? 'Negotiation/Review' : 'Qualification',
        Amount: p.renewalAmount ?? p.arr, CloseDate: date(p.renewalInDays), IsClosed: false, IsWon: false,
        AccountId: accountId, CurrencyIsoCode: currency,
      });
    }
    p.nps.forEach((score, n) => {
      const responseId = id('0Ly');
      const contactId = contactIds[n % 3]!;
      const contact = book.contacts.find((c) => c.Id === contactId)!;
      book.surveyResponses.push({
        Id: id('0LA'),
        NumberValue: score,
        CreatedDate: dateTime(30 + n * 20),
        ResponseId: responseId,
        Response: { SubmitterId: contactId, Submitter: { Name: `${contact.FirstName} ${contact.LastName}` } },
        Question: { QuestionType: 'Nps' },
      });
      book.surveySubjects.push({ Id: id('0LB'), ParentId: responseId, SubjectId: accountId });
    });
  });

  const byName = (name: string) => book.accounts.find((a) => a.Name === name)!.Id;
  book.roles = {
    healthy: byName('Northwind Analytics'),
    atRisk: byName('Globex Manufacturing'),
    noData: byName('Stark Logistics'),
    championLeft: byName('Globex Manufacturing'),
    churned: byName('Wayne Retail Group'),
    korean: byName('한빛소프트웨어'),
    manyCases: byName('Hooli Cloud'),
  };
  // An account with 10,000 cases: mostly closed long ago, a few open.
  for (let n = 0; n < 10_000; n++) {
    const age = 100 + (n % 900);
    addCase(book.roles.manyCases, n < 12 ? n * 3 : age, PRIORITIES[n % 3]!, n < 12 ? null : 1 + (n % 9), `Ticket ${n + 1}`);
  }
  return book;
}
