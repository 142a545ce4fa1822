// The sample org's data: about 30 accounts as Salesforce stores them (real field names and value
// shapes), with dates relative to `today` so that tests and the demo never rot. Deterministic:
// a fixed table of account profiles plus a seeded generator for the filler records. It plays
// Salesforce, so it imports nothing from lib/ (ids get their check characters here).
import { mulberry32 } from '../support/prng.ts';

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 18-character form of a 15-character id: three check characters, one per five characters. */
export function id18(id15: string): string {
  if (!/^[a-zA-Z0-9]{15}$/.test(id15)) throw new Error(`not a 15-character id: ${id15}`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return id15 + suffix;
}

export type SfRecord = Record<string, unknown> & { Id: string };

/**
 * The org's records, table by table, as the API stores them (field names and value shapes of a
 * real org: datetimes `2026-11-22T09:00:00.000+0000`, dates `YYYY-MM-DD`, 18-character ids).
 */
export interface SampleBook {
  /** 18-character org id (00D…); sessions carry its 15-character form. */
  orgId: string;
  today: Date;
  users: Array<SfRecord & { Name: string }>;
  accounts: Array<SfRecord & { Name: string; OwnerId: string }>;
  contacts: Array<SfRecord & { FirstName: string | null; LastName: string; AccountId: string }>;
  cases: Array<SfRecord & { CaseNumber: string; Subject: string; AccountId: string }>;
  opportunities: Array<SfRecord & { Name: string; AccountId: string }>;
  contracts: Array<SfRecord & { ContractNumber: string; AccountId: string }>;
  /** Feedback Management. SurveyQuestion: the NPS question of the relationship survey. */
  surveyQuestions: SfRecord[];
  /** SurveyInvitation: one per survey sent to a contact about an account. */
  surveyInvitations: SfRecord[];
  /** SurveyResponse: one per submitted survey (SubmitterId, CompletionDateTime). */
  surveySubmissions: SfRecord[];
  /**
   * SurveyQuestionResponse: the NPS answers (NumberValue), with `Response` and `Question` held
   * inline as a query returns them (other sample APIs read them so).
   */
  surveyResponses: SfRecord[];
  /** SurveySubject: the account each invitation, and each response to it, is about. */
  surveySubjects: SfRecord[];
  /** RecordType: the org's record types (none in Acme, which has only the master one). */
  recordTypes?: SfRecord[];
  /** Task and Event, related to accounts by WhatId (Acme has none: the org answers as if it lacked them). */
  tasks?: SfRecord[];
  events?: SfRecord[];
  /** Accounts a test can rely on, by role. */
  roles: { healthy: string; atRisk: string; manyCases: string; noData: string; championLeft: string; churned: string; korean: string };
  /** The sample user (sessions belong to them unless a test says otherwise) and the accounts they own. */
  sampleUser: string;
  /** How many accounts precede the grown book (the HubSpot portals mirror only those). */
  portfolioSize: number;
  /** Hand-built accounts of the sample user's book that need attention this week, most ARR at risk first. */
  bookAtRisk: string[];
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
  /** Amount of a closed-lost upgrade opportunity 30 days ago. */
  lostUpsell?: number;
}

const P = (p: Profile) => p;

// Hand-checkable profiles first (tests use the roles below), then the rest of the book.
const PROFILES: Profile[] = [
  P({
    name: 'Northwind Analytics',
    industry: 'Technology',
    arr: 120000,
    seats: 100,
    active: 86,
    prevActive: 80,
    renewalInDays: 45,
    renewalAmount: 132000,
    contractMonths: 12,
    open: [
      [1, 'High'],
      [5, 'Medium'],
      [10, 'Low'],
    ],
    closed: [
      [2, 'High'],
      [1, 'Medium'],
      [4, 'Low'],
    ],
    nps: [10, 9, 9, 8, 6, 10],
    overdueDays: null,
    lastTouchDaysAgo: 3,
  }),
  P({
    name: 'Globex Manufacturing',
    industry: 'Manufacturing',
    arr: 250000,
    seats: 400,
    active: 120,
    prevActive: 210,
    renewalInDays: 20,
    renewalAmount: 200000,
    contractMonths: 24,
    open: [
      [40, 'High'],
      [20, 'Critical'],
      [9, 'Medium'],
      [2, 'Low'],
      [35, 'Medium'],
    ],
    closed: [
      [6, 'High'],
      [12, 'Medium'],
    ],
    nps: [3, 6, 7, 5, 2],
    overdueDays: 45,
    championLeft: true,
    lastTouchDaysAgo: 50,
  }),
  P({
    name: 'Initech Systems',
    industry: 'Technology',
    arr: 90000,
    seats: 80,
    active: 60,
    prevActive: 62,
    renewalInDays: 100,
    contractMonths: 12,
    open: [],
    closed: [],
    nps: [],
    overdueDays: null,
    lastTouchDaysAgo: 10,
    lostUpsell: 15000,
  }),
  P({
    name: 'Umbrella Health',
    industry: 'Healthcare',
    arr: 60000,
    seats: 50,
    active: 40,
    prevActive: 41,
    renewalInDays: 300,
    contractMonths: 6,
    open: [[3, 'Medium']],
    closed: [[1, 'Low']],
    nps: [9, 8],
    overdueDays: 10,
    lastTouchDaysAgo: 20,
  }),
  P({
    name: 'Stark Logistics',
    industry: 'Transportation',
    arr: null,
    seats: null,
    active: null,
    prevActive: null,
    renewalInDays: null,
    contractMonths: null,
    open: [],
    closed: [],
    nps: [],
    overdueDays: null,
    lastTouchDaysAgo: null,
  }),
  P({
    name: '한빛소프트웨어',
    currency: 'KRW',
    industry: 'Technology',
    arr: 96000000,
    seats: 60,
    active: 52,
    prevActive: 50,
    renewalInDays: 75,
    renewalAmount: 108000000,
    contractMonths: 12,
    open: [[4, 'High']],
    closed: [[2, 'Medium']],
    nps: [9, 10, 7],
    overdueDays: null,
    lastTouchDaysAgo: 7,
  }),
  P({
    name: 'Wayne Retail Group',
    industry: 'Retail',
    arr: 40000,
    seats: 30,
    active: 4,
    prevActive: 10,
    renewalInDays: -15,
    contractMonths: 12,
    open: [],
    closed: [[3, 'Medium']],
    nps: [4],
    overdueDays: 95,
    lastTouchDaysAgo: 120,
    churned: true,
  }),
  P({
    name: 'Hooli Cloud',
    industry: 'Technology',
    arr: 500000,
    seats: 1000,
    active: 700,
    prevActive: 690,
    renewalInDays: 200,
    contractMonths: 36,
    open: [],
    closed: [],
    nps: [9, 9, 6],
    overdueDays: null,
    lastTouchDaysAgo: 14,
  }),
];
const FILLER_NAMES = [
  'Acme Robotics',
  'Vandelay Imports',
  'Soylent Foods',
  'Cyberdyne Security',
  'Tyrell Biotech',
  'Wonka Confectionery',
  'Massive Dynamic',
  'Aperture Labs',
  'Oscorp Energy',
  'Pied Piper Media',
  'Gringotts Finance',
  'Monarch Travel',
  'Blue Sun Beverages',
  'Dunder Paper',
  'Sterling Partners',
  'Nakatomi Trading',
  'Prestige Worldwide',
  'Bluth Homes',
  'Kumo Design',
  '서해물산',
  '누리리테일',
  'Octan Fuel',
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

/** How many accounts the sample user owns: the book of business. */
export const OWNED_ACCOUNTS = 300;
const OTHERS_ACCOUNTS = 12;

// The book's at-risk accounts, built by hand so a test can name why each needs attention.
const BOOK_AT_RISK: Profile[] = [
  P({
    name: 'Vertex Freight',
    industry: 'Transportation',
    arr: 640000,
    seats: 500,
    active: 150,
    prevActive: 320,
    renewalInDays: 30,
    contractMonths: 12,
    open: [
      [45, 'Critical'],
      [30, 'High'],
      [25, 'High'],
      [12, 'Medium'],
    ],
    closed: [[9, 'High']],
    nps: [2, 3, 1, 4],
    overdueDays: 70,
    championLeft: true,
    lastTouchDaysAgo: 80,
  }),
  P({
    name: 'Quill Publishing',
    industry: 'Media',
    arr: 560000,
    seats: 300,
    active: 90,
    prevActive: 200,
    renewalInDays: 60,
    contractMonths: 12,
    open: [
      [40, 'High'],
      [20, 'Critical'],
    ],
    closed: [],
    nps: [3, 5, 2],
    overdueDays: 50,
    championLeft: true,
    lastTouchDaysAgo: 95,
  }),
  P({
    name: 'Ridgeline Insurance',
    industry: 'Finance',
    arr: 480000,
    seats: 250,
    active: 70,
    prevActive: 150,
    renewalInDays: 90,
    contractMonths: 24,
    open: [
      [35, 'Critical'],
      [28, 'High'],
      [16, 'High'],
    ],
    closed: [[8, 'Medium']],
    nps: [1, 4, 6],
    overdueDays: 40,
    lastTouchDaysAgo: 70,
  }),
];
const BOOK_WORDS = [
  'North',
  'Blue',
  'Silver',
  'Cedar',
  'Harbor',
  'Summit',
  'Iron',
  'Maple',
  'Bright',
  'Granite',
  'Coral',
  'Pioneer',
  'Atlas',
  'Lumen',
  'Orchid',
];
const BOOK_KINDS = ['Labs', 'Foods', 'Logistics', 'Health', 'Retail', 'Systems', 'Capital', 'Media', 'Works', 'Energy'];

const DAY = 86_400_000;
const OWNERS = ['Dana Whitfield', 'Jiyoon Park', 'Marcus Lee', '김서연'];

export function buildSampleBook(today: Date): SampleBook {
  const rnd = mulberry32(20261122);
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 9, 0, 0);
  // Salesforce's own shapes: datetimes with a colon-less offset, dates as YYYY-MM-DD.
  const dateTime = (daysAgo: number, hours = 0) => new Date(base - daysAgo * DAY + hours * 3_600_000).toISOString().replace('Z', '+0000');
  const date = (daysFromToday: number) => new Date(base + daysFromToday * DAY).toISOString().slice(0, 10);
  const counters: Record<string, number> = {};
  const id = (prefix: string) => {
    counters[prefix] = (counters[prefix] ?? 0) + 1;
    return id18(`${prefix}Sa${String(counters[prefix]).padStart(10, '0')}`);
  };

  const book: SampleBook = {
    orgId: id18('00DSa0000000001'),
    today,
    users: [],
    accounts: [],
    contacts: [],
    cases: [],
    opportunities: [],
    contracts: [],
    surveyQuestions: [],
    surveyInvitations: [],
    surveySubmissions: [],
    surveyResponses: [],
    surveySubjects: [],
    roles: { healthy: '', atRisk: '', manyCases: '', noData: '', championLeft: '', churned: '', korean: '' },
    sampleUser: '',
    portfolioSize: 0,
    bookAtRisk: [],
  };
  for (const name of OWNERS) book.users.push({ Id: id('005'), Name: name, IsActive: true, ManagerId: null });
  // Jiyoon Park reports to Dana Whitfield (the sample user): Dana's team is the two of them.
  book.users[1]!.ManagerId = book.users[0]!.Id;
  const npsQuestion = {
    Id: id('0Kc'),
    Name: 'How likely are you to recommend us to a colleague?',
    QuestionType: 'NPS',
    DeveloperName: 'nps',
  };
  book.surveyQuestions.push(npsQuestion);

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
      Origin: 'Email',
      CreatedDate: dateTime(ageDays),
      ClosedDate: closedAfterDays === null ? null : dateTime(ageDays - closedAfterDays),
      AccountId: accountId,
    });
  };

  const addAccount = (p: Profile, index: number, ownerId: string) => {
    const accountId = id('001');
    const currency = p.currency ?? 'USD';
    const hasData = p.arr !== null;
    // Contacts: a champion and two more (none for the account without data); the champion may have left.
    const contactIds = (hasData ? [0, 1, 2] : []).map((n) => {
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
    book.accounts.push({
      Id: accountId,
      Name: p.name,
      Type: p.churned ? 'Former Customer' : 'Customer - Direct',
      Industry: p.industry,
      OwnerId: ownerId,
      CurrencyIsoCode: currency,
      CreatedDate: dateTime(400 + index * 3),
      LastActivityDate: p.lastTouchDaysAgo === null ? null : date(-p.lastTouchDaysAgo),
      ARR__c: p.arr,
      Licensed_Seats__c: p.seats,
      Active_Users__c: p.active,
      Active_Users_Prev_Period__c: p.prevActive,
      Last_Login__c: hasData ? dateTime(1) : null,
      Champion__c: contactIds[0] ?? null,
      Renewal_Date__c: hasData && p.renewalInDays !== null ? date(p.renewalInDays) : null,
      Oldest_Overdue_Invoice_Date__c: p.overdueDays === null ? null : date(-p.overdueDays),
    });

    p.open.forEach(([age, priority], n) =>
      addCase(
        accountId,
        age,
        priority,
        null,
        `Open issue ${n + 1}: ${['Sync delay', 'Login error', 'Report mismatch', 'Export fails', 'SSO setup'][n % 5]}`,
      ),
    );
    p.closed.forEach(([took, priority], n) =>
      addCase(
        accountId,
        took + 5 + n * 7,
        priority,
        took,
        `Resolved: ${['Invite expired', 'Billing question', 'API quota', 'Slow dashboard'][n % 4]}`,
      ),
    );

    if (p.contractMonths !== null && p.arr !== null) {
      const end = p.renewalInDays ?? 200;
      const start = end - Math.round((p.contractMonths * 365) / 12);
      const active = end >= 0;
      book.contracts.push({
        Id: id('800'),
        ContractNumber: String(100 + index).padStart(8, '0'),
        AccountId: accountId,
        Status: active ? 'Activated' : 'Expired',
        StatusCode: active ? 'Activated' : 'Expired',
        StartDate: date(start),
        EndDate: date(end - 1),
        ContractTerm: p.contractMonths,
        Contract_Value__c: Math.round((p.arr * p.contractMonths) / 12),
        CurrencyIsoCode: currency,
      });
      // The won deal that started the current contract.
      book.opportunities.push({
        Id: id('006'),
        Name: `${p.name} — ${p.contractMonths}-month subscription`,
        Type: 'New Customer',
        StageName: 'Closed Won',
        Amount: Math.round((p.arr * p.contractMonths) / 12),
        CloseDate: date(start - 5),
        IsClosed: true,
        IsWon: true,
        AccountId: accountId,
        CurrencyIsoCode: currency,
      });
    }
    if (p.renewalInDays !== null && p.arr !== null && !p.churned) {
      book.opportunities.push({
        Id: id('006'),
        Name: `${p.name} — renewal`,
        Type: 'Renewal',
        StageName: p.renewalInDays < 40 ? 'Negotiation/Review' : 'Qualification',
        // A renewal opportunity's Amount covers its whole term, as the sale's does.
        Amount: Math.round(((p.renewalAmount ?? p.arr) * (p.contractMonths ?? 12)) / 12),
        CloseDate: date(p.renewalInDays),
        IsClosed: false,
        IsWon: false,
        AccountId: accountId,
        CurrencyIsoCode: currency,
      });
    }
    if (p.lostUpsell) {
      book.opportunities.push({
        Id: id('006'),
        Name: `${p.name} — analytics add-on`,
        Type: 'Existing Customer - Upgrade',
        StageName: 'Closed Lost',
        Amount: p.lostUpsell,
        CloseDate: date(-30),
        IsClosed: true,
        IsWon: false,
        AccountId: accountId,
        CurrencyIsoCode: currency,
      });
    }
    // NPS: each answer is an invitation about the account sent to a contact, the submitted
    // response and its answer to the NPS question. Both the invitation and the response are linked
    // to the account through SurveySubject, as Salesforce records them.
    p.nps.forEach((score, n) => {
      const contactId = contactIds[n % 3]!;
      const contact = book.contacts.find((c) => c.Id === contactId)!;
      const answeredAt = dateTime(30 + n * 20);
      const invitationId = id('0Ki');
      const responseId = id('0Ly');
      book.surveyInvitations.push({
        Id: invitationId,
        Name: `Relationship survey — ${p.name}`,
        ContactId: contactId,
        ParticipantId: contactId,
        CreatedDate: dateTime(32 + n * 20),
      });
      book.surveySubmissions.push({
        Id: responseId,
        InvitationId: invitationId,
        SubmitterId: contactId,
        Status: 'Completed',
        CompletionDateTime: answeredAt,
        CreatedDate: answeredAt,
      });
      book.surveyResponses.push({
        Id: id('0LA'),
        NumberValue: score,
        CreatedDate: answeredAt,
        InvitationId: invitationId,
        ResponseId: responseId,
        QuestionId: npsQuestion.Id,
        Response: {
          SubmitterId: contactId,
          Submitter: { Name: `${contact.FirstName} ${contact.LastName}` },
          CompletionDateTime: answeredAt,
        },
        Question: { QuestionType: 'NPS' },
      });
      book.surveySubjects.push({ Id: id('0LB'), ParentId: responseId, SubjectId: accountId, SubjectEntityType: 'Account' });
      book.surveySubjects.push({ Id: id('0LB'), ParentId: invitationId, SubjectId: accountId, SubjectEntityType: 'Account' });
    });
    return accountId;
  };
  profiles.forEach((p, index) => addAccount(p, index, book.users[index % book.users.length]!.Id));

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
  // An account with 10,000 cases: twelve open in the last month, the rest closed long ago (more
  // than 90 days back), so an account view needs only the twelve.
  for (let n = 0; n < 10_000; n++) {
    const age = 100 + (n % 900);
    addCase(book.roles.manyCases, n < 12 ? n * 3 : age, PRIORITIES[n % 3]!, n < 12 ? null : 1 + (n % 9), `Ticket ${n + 1}`);
  }

  // The book of business: the sample user owns OWNED_ACCOUNTS accounts (the hand-built ones
  // above they own included, then three at risk, then generated ones), others own a few more.
  // Built last, from its own seed, so that nothing above moves.
  book.sampleUser = book.users[0]!.Id;
  book.portfolioSize = book.accounts.length;
  const bookRnd = mulberry32(20261127);
  const owned = book.accounts.filter((a) => a.OwnerId === book.sampleUser).length;
  let index = profiles.length;
  for (const p of BOOK_AT_RISK) {
    book.bookAtRisk.push(addAccount(p, index++, book.sampleUser));
  }
  const toOwn = OWNED_ACCOUNTS - owned - BOOK_AT_RISK.length;
  for (let n = 0; n < toOwn + OTHERS_ACCOUNTS; n++) {
    const name = `${BOOK_WORDS[n % BOOK_WORDS.length]} ${BOOK_KINDS[Math.floor(n / BOOK_WORDS.length) % BOOK_KINDS.length]} ${Math.floor(n / 150) + 1}`;
    const profile = fillerProfile(name, index, bookRnd);
    // Generated accounts stay out of the at-risk ranking's top: modest ARR, no overdue invoice.
    const arr = profile.arr === null ? null : Math.min(profile.arr, 200_000);
    addAccount({ ...profile, currency: 'USD', arr, overdueDays: null }, index++, n < toOwn ? book.sampleUser : book.users[1 + (n % 3)]!.Id);
  }
  return book;
}

/** Every record of the book with its type, id, name and account: the "all ids and names" list. */
export function listSampleRecords(book: SampleBook): Array<{ type: string; id: string; name: string; accountId: string | null }> {
  return [
    ...book.accounts.map((a) => ({ type: 'Account', id: a.Id, name: a.Name, accountId: null })),
    ...book.contacts.map((c) => ({ type: 'Contact', id: c.Id, name: String(c.Name), accountId: c.AccountId })),
    ...book.opportunities.map((o) => ({ type: 'Opportunity', id: o.Id, name: o.Name, accountId: o.AccountId })),
    ...book.contracts.map((c) => ({ type: 'Contract', id: c.Id, name: `Contract ${c.ContractNumber}`, accountId: c.AccountId })),
    ...book.cases.map((c) => ({ type: 'Case', id: c.Id, name: `${c.CaseNumber} ${c.Subject}`, accountId: c.AccountId })),
    ...book.users.map((u) => ({ type: 'User', id: u.Id, name: u.Name, accountId: null })),
  ];
}
