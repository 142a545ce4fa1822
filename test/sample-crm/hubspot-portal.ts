// The sample HubSpot portals' data, derived from the same sample book as the Salesforce org so
// both CRMs tell the same story, stored as HubSpot stores it: numeric ids, every property value a
// string, association types with their labels, pipelines with stage metadata. Two portals of
// different shapes (US portal on app.hubspot.com in USD; EU portal on app-eu1 in EUR with its own
// pipelines, stage ids and owner set) so the product cannot quietly depend on one.
// It plays HubSpot: nothing here comes from lib/.
import type { SampleBook, SfRecord } from './book.ts';

export type Props = Record<string, string | null>;
export interface HsRecord {
  id: string;
  properties: Props;
  createdAt: string;
}
/** An association from one record, with its type ids and labels (v4). */
export interface HsLink {
  from: string;
  to: string;
  types: Array<{ category: 'HUBSPOT_DEFINED' | 'USER_DEFINED'; typeId: number; label: string | null }>;
}
export type ObjectType = 'companies' | 'contacts' | 'deals' | 'tickets' | 'feedback_submissions' | 'notes';

export interface PropertyDef {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  hubspotDefined?: boolean;
  options?: Array<{ label: string; value: string; displayOrder: number; hidden: boolean }>;
  showCurrencySymbol?: boolean;
  referencedObjectType?: string;
}
export interface Pipeline {
  id: string;
  label: string;
  displayOrder: number;
  stages: Array<{ id: string; label: string; displayOrder: number; metadata: Record<string, string> }>;
}

export interface SamplePortal {
  portalId: string;
  appHost: string;
  timeZone: string;
  currency: string;
  uiDomain: string;
  dataHostingLocation: string;
  objects: Record<ObjectType, HsRecord[]>;
  /** Associations by `from-type:to-type` (both directions are stored). */
  links: Map<string, HsLink[]>;
  properties: Record<Exclude<ObjectType, 'notes'>, PropertyDef[]>;
  pipelines: { tickets: Pipeline[]; deals: Pipeline[] };
  owners: Array<{
    id: string;
    email: string;
    firstName: string;
    lastName: string;
    userId: number;
    archived: false;
    teams: Array<{ id: string; name: string; primary: boolean }>;
  }>;
  /** The portal's daily API allocation (X-HubSpot-RateLimit-Daily): the tier differs per portal. */
  dailyLimit: number;
  /** The portal's lists (segments) with their member record ids; a test may delete one. */
  lists: SampleList[];
  /** Company ids by the book's account id. */
  companyOf: Map<string, string>;
  /** The company of each contact, deal and ticket page (for the sample pages). */
  pages: Array<{ typeId: '0-1' | '0-2' | '0-3' | '0-5'; id: string; name: string; companyId: string | null }>;
}

const iso = (sf: unknown) => (typeof sf === 'string' ? new Date(sf.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString() : null);
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const def = (name: string, label: string, type: string, fieldType: string, extra: Partial<PropertyDef> = {}): PropertyDef => ({
  name,
  label,
  type,
  fieldType,
  ...extra,
});
const opts = (values: string[]) =>
  values.map((v, i) => ({ label: v[0]!.toUpperCase() + v.slice(1).toLowerCase(), value: v, displayOrder: i, hidden: false }));

/** Properties every portal has (HubSpot-defined), and the CS team's own ones. */
function propertyDefs(currencyProps: boolean): SamplePortal['properties'] {
  const money = { showCurrencySymbol: currencyProps };
  return {
    companies: [
      def('name', 'Name', 'string', 'text', { hubspotDefined: true }),
      def('domain', 'Company domain name', 'string', 'text', { hubspotDefined: true }),
      def('industry', 'Industry', 'enumeration', 'select', { hubspotDefined: true, options: opts(['TECHNOLOGY', 'RETAIL', 'FINANCE']) }),
      def('lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', {
        hubspotDefined: true,
        options: opts(['lead', 'opportunity', 'customer', 'other']),
      }),
      def('createdate', 'Create Date', 'datetime', 'date', { hubspotDefined: true }),
      def('hubspot_owner_id', 'Company owner', 'enumeration', 'select', { hubspotDefined: true, referencedObjectType: 'OWNER' }),
      def('annualrevenue', 'Annual Revenue', 'number', 'number', { hubspotDefined: true, ...money }),
      def('hs_lifecyclestage_customer_date', 'Became a Customer Date', 'datetime', 'date', { hubspotDefined: true }),
      def('notes_last_updated', 'Last Activity Date', 'datetime', 'date', { hubspotDefined: true }),
      def('arr', 'ARR', 'number', 'number', money),
      def('licensed_seats', 'Licensed seats', 'number', 'number'),
      def('active_users', 'Active users (30 days)', 'number', 'number'),
      def('active_users_previous_period', 'Active users (previous 30 days)', 'number', 'number'),
      def('last_login', 'Last login', 'datetime', 'date'),
      def('champion_contact_id', 'Champion (contact id)', 'string', 'text'),
      def('renewal_date', 'Renewal date', 'date', 'date'),
      def('oldest_overdue_invoice_date', 'Oldest overdue invoice', 'date', 'date'),
    ],
    contacts: [
      def('firstname', 'First Name', 'string', 'text', { hubspotDefined: true }),
      def('lastname', 'Last Name', 'string', 'text', { hubspotDefined: true }),
      def('email', 'Email', 'string', 'text', { hubspotDefined: true }),
      def('jobtitle', 'Job Title', 'string', 'text', { hubspotDefined: true }),
      def('left_company', 'Left the company', 'enumeration', 'booleancheckbox', { options: opts(['true', 'false']) }),
    ],
    deals: [
      def('dealname', 'Deal Name', 'string', 'text', { hubspotDefined: true }),
      def('amount', 'Amount', 'number', 'number', { hubspotDefined: true, showCurrencySymbol: true }),
      def('closedate', 'Close Date', 'datetime', 'date', { hubspotDefined: true }),
      def('dealtype', 'Deal Type', 'enumeration', 'radio', {
        hubspotDefined: true,
        options: [
          { label: 'New Business', value: 'newbusiness', displayOrder: 0, hidden: false },
          { label: 'Existing Business', value: 'existingbusiness', displayOrder: 1, hidden: false },
        ],
      }),
      def('pipeline', 'Pipeline', 'enumeration', 'select', { hubspotDefined: true }),
      def('dealstage', 'Deal Stage', 'enumeration', 'radio', { hubspotDefined: true }),
      def('hs_is_closed', 'Is Deal Closed?', 'bool', 'booleancheckbox', { hubspotDefined: true }),
      def('hs_is_closed_won', 'Is Closed Won', 'bool', 'booleancheckbox', { hubspotDefined: true }),
    ],
    tickets: [
      def('subject', 'Ticket name', 'string', 'text', { hubspotDefined: true }),
      def('hs_pipeline', 'Pipeline', 'enumeration', 'select', { hubspotDefined: true }),
      def('hs_pipeline_stage', 'Ticket status', 'enumeration', 'select', { hubspotDefined: true }),
      def('hs_ticket_priority', 'Priority', 'enumeration', 'select', {
        hubspotDefined: true,
        options: opts(['LOW', 'MEDIUM', 'HIGH', 'URGENT']),
      }),
      def('createdate', 'Create date', 'datetime', 'date', { hubspotDefined: true }),
      def('closed_date', 'Close date', 'datetime', 'date', { hubspotDefined: true }),
    ],
    feedback_submissions: [
      def('hs_survey_type', 'Survey type', 'enumeration', 'select', { hubspotDefined: true, options: opts(['NPS', 'CSAT', 'CES']) }),
      def('hs_value', 'Response value', 'number', 'number', { hubspotDefined: true }),
      def('hs_submission_timestamp', 'Submitted at', 'datetime', 'date', { hubspotDefined: true }),
      def('hs_contact_id', 'Contact ID', 'number', 'number', { hubspotDefined: true }),
      def('hs_content', 'Response', 'string', 'textarea', { hubspotDefined: true }),
    ],
  };
}

const stage = (id: string, label: string, order: number, metadata: Record<string, string>) => ({
  id,
  label,
  displayOrder: order,
  metadata,
});

/** A list of the Lists API v3: what it lists (0-2 companies, 0-1 contacts) and its members' record ids. */
export interface SampleList {
  listId: string;
  name: string;
  objectTypeId: '0-1' | '0-2';
  processingType: 'MANUAL' | 'DYNAMIC';
  members: string[];
}

/**
 * The portal's lists: with `companyLists`, "Key accounts" (every third company, whoever owns it)
 * and "Every customer" (more than one memberships page); always a contacts list that is no book.
 */
function portalLists(objects: SamplePortal['objects'], idBase: number, companyLists: boolean): SampleList[] {
  const id = (n: number) => String(idBase / 1000 + n);
  const lists: SampleList[] = [
    {
      listId: id(3),
      name: 'Newsletter subscribers',
      objectTypeId: '0-1',
      processingType: 'DYNAMIC',
      members: objects.contacts.slice(0, 40).map((c) => c.id),
    },
  ];
  if (companyLists)
    lists.unshift(
      {
        listId: id(1),
        name: 'Key accounts',
        objectTypeId: '0-2',
        processingType: 'MANUAL',
        members: objects.companies.filter((_, i) => i % 3 === 0).map((c) => c.id),
      },
      {
        listId: id(2),
        name: 'Every customer',
        objectTypeId: '0-2',
        processingType: 'DYNAMIC',
        members: objects.companies.filter((c) => c.properties.lifecyclestage === 'customer').map((c) => c.id),
      },
    );
  return lists;
}

export interface PortalShape {
  portalId: string;
  appHost: string;
  timeZone: string;
  currency: string;
  dataHostingLocation: string;
  /** The book's accounts this portal holds, and the first company id. */
  accounts: SampleBook['accounts'];
  companyIds: readonly string[];
  /** Base of the numeric ids of the other objects (portals never share ids). */
  idBase: number;
  ticketPipelines: Pipeline[];
  dealPipelines: Pipeline[];
  /** Stage ids for an open and a closed ticket. */
  ticketStage: { open: string[]; closed: string; pipeline: string };
  /** Tickets of one company kept at most (the sample keeps one company above 150). */
  maxTicketsPerCompany: number;
  /** Accounts whose records the sample app pages list (the first ones; the rest of a big book has none, as a page would be huge). */
  pageAccounts?: number;
  dailyLimit: number;
  /** Whether the portal has lists of companies (one without them shows the picker's empty state). */
  companyLists: boolean;
  /** Converts a book amount into the portal's currency (KRW accounts in a USD portal). */
  money(amount: number, currency: string): number;
}

export const US_PIPELINES = {
  tickets: [
    {
      id: '0',
      label: 'Support Pipeline',
      displayOrder: 0,
      stages: [
        stage('1', 'New', 0, { ticketState: 'OPEN', isClosed: 'false' }),
        stage('2', 'Waiting on contact', 1, { ticketState: 'OPEN', isClosed: 'false' }),
        stage('3', 'Waiting on us', 2, { ticketState: 'OPEN', isClosed: 'false' }),
        stage('4', 'Closed', 3, { ticketState: 'CLOSED', isClosed: 'true' }),
      ],
    },
    {
      id: '74598312',
      label: 'Escalations',
      displayOrder: 1,
      stages: [
        stage('145631201', 'Triage', 0, { ticketState: 'OPEN' }),
        stage('145631202', 'Engineering', 1, { ticketState: 'OPEN' }),
        stage('145631203', 'Resolved', 2, { ticketState: 'CLOSED' }),
      ],
    },
  ],
  deals: [
    {
      id: 'default',
      label: 'Sales Pipeline',
      displayOrder: 0,
      stages: [
        stage('qualifiedtobuy', 'Qualified To Buy', 0, { isClosed: 'false', probability: '0.4' }),
        stage('contractsent', 'Contract Sent', 1, { isClosed: 'false', probability: '0.9' }),
        stage('closedwon', 'Closed Won', 2, { isClosed: 'true', probability: '1.0' }),
        stage('closedlost', 'Closed Lost', 3, { isClosed: 'true', probability: '0.0' }),
      ],
    },
  ],
};
export const EU_PIPELINES = {
  tickets: [
    {
      id: '0',
      label: 'Kundendienst',
      displayOrder: 0,
      stages: [
        stage('72001', 'Neu', 0, { ticketState: 'OPEN' }),
        stage('72002', 'In Bearbeitung', 1, { ticketState: 'OPEN' }),
        stage('72009', 'Gelöst', 2, { ticketState: 'CLOSED' }),
      ],
    },
  ],
  deals: [
    {
      id: '5501',
      label: 'Verlängerungen',
      displayOrder: 0,
      stages: [
        stage('5501001', 'Angebot', 0, { isClosed: 'false', probability: '0.5' }),
        stage('5501008', 'Gewonnen', 1, { isClosed: 'true', probability: '1.0' }),
        stage('5501009', 'Verloren', 2, { isClosed: 'true', probability: '0.0' }),
      ],
    },
  ],
};

/** One portal's records from the book's accounts (contacts, deals, tickets, NPS answers, owners). */
export function buildPortal(book: SampleBook, shape: PortalShape): SamplePortal {
  let next = shape.idBase;
  const newId = () => String((next += 1));
  const objects: SamplePortal['objects'] = { companies: [], contacts: [], deals: [], tickets: [], feedback_submissions: [], notes: [] };
  const links = new Map<string, HsLink[]>();
  const link = (fromType: ObjectType, from: string, toType: ObjectType, to: string, types: HsLink['types'], back: HsLink['types']) => {
    const add = (key: string, l: HsLink) => links.set(key, [...(links.get(key) ?? []), l]);
    add(`${fromType}:${toType}`, { from, to, types });
    add(`${toType}:${fromType}`, { from: to, to: from, types: back });
  };
  const hd = (typeId: number, label: string | null = null) => ({ category: 'HUBSPOT_DEFINED' as const, typeId, label });
  const owners = book.users.map((u, i) => {
    const [firstName = '', ...rest] = u.Name.split(' ');
    return {
      id: String(61_000_001 + i + shape.idBase / 1000),
      email: `owner${i + 1}@${shape.appHost.replace(/^app[-.]?/, '')}`,
      firstName,
      lastName: rest.join(' '),
      userId: 9_500_000 + i,
      archived: false as const,
      // The first two share a team, as in the org Jiyoon Park reports to Dana Whitfield.
      teams: [
        {
          id: String(shape.idBase / 1000 + (i < 2 ? 1 : 2)),
          name: i < 2 ? 'Customer Success East' : 'Customer Success West',
          primary: true,
        },
      ],
    };
  });
  const ownerOf = new Map(book.users.map((u, i) => [u.Id, owners[i]!.id]));
  const companyOf = new Map<string, string>();
  const pages: SamplePortal['pages'] = [];
  const contactOf = new Map<string, string>();
  const shapeMoney = (v: unknown, currency: string) => (typeof v === 'number' ? String(shape.money(v, currency)) : null);
  // The book's records by account, looked up once (a book of 300 accounts would be slow to scan per account).
  const byAccount = <T extends { AccountId: string }>(records: readonly T[]) => {
    const out = new Map<string, T[]>();
    for (const r of records) out.set(r.AccountId, [...(out.get(r.AccountId) ?? []), r]);
    return (accountId: string) => out.get(accountId) ?? [];
  };
  const contactsOf = byAccount(book.contacts);
  const dealsOf = byAccount(book.opportunities);
  const casesOf = byAccount(book.cases);
  const accountOfResponse = new Map(book.surveySubjects.map((s) => [s.ParentId, s.SubjectId]));
  const npsOf = byAccount(
    book.surveyResponses.map((r): SfRecord & { AccountId: string } => ({ ...r, AccountId: String(accountOfResponse.get(r.ResponseId)) })),
  );

  shape.accounts.forEach((a: SfRecord & { Name: string; OwnerId: string }, i) => {
    const id = shape.companyIds[i]!;
    const paged = i < (shape.pageAccounts ?? shape.accounts.length);
    const page = (p: SamplePortal['pages'][number]) => {
      if (paged) pages.push(p);
    };
    companyOf.set(a.Id, id);
    const currency = String(a.CurrencyIsoCode ?? 'USD');
    const contacts = contactsOf(a.Id);
    const contactIds = contacts.map((c) => {
      const cid = newId();
      contactOf.set(c.Id, cid);
      objects.contacts.push({
        id: cid,
        createdAt: iso(a.CreatedDate)!,
        properties: {
          firstname: c.FirstName,
          lastname: c.LastName,
          email: str(c.Email),
          jobtitle: str(c.Title),
          left_company: String(c.Left_Company__c === true),
          hs_object_id: cid,
        },
      });
      page({ typeId: '0-1', id: cid, name: `${c.FirstName ?? ''} ${c.LastName}`.trim(), companyId: id });
      return cid;
    });
    objects.companies.push({
      id,
      createdAt: iso(a.CreatedDate)!,
      properties: {
        name: a.Name,
        domain: `${a.Name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
        industry: str(a.Industry)?.toUpperCase() ?? null,
        lifecyclestage: a.Type === 'Former Customer' ? 'other' : 'customer',
        createdate: iso(a.CreatedDate),
        hubspot_owner_id: ownerOf.get(a.OwnerId) ?? null,
        annualrevenue: null,
        hs_lifecyclestage_customer_date: iso(a.CreatedDate),
        hs_object_id: id,
        notes_last_updated: a.LastActivityDate ? `${String(a.LastActivityDate)}T00:00:00.000Z` : null,
        arr: shapeMoney(a.ARR__c, currency),
        licensed_seats: str(a.Licensed_Seats__c),
        active_users: str(a.Active_Users__c),
        active_users_previous_period: str(a.Active_Users_Prev_Period__c),
        last_login: iso(a.Last_Login__c),
        champion_contact_id: contactIds[0] ?? null,
        renewal_date: str(a.Renewal_Date__c),
        oldest_overdue_invoice_date: str(a.Oldest_Overdue_Invoice_Date__c),
      },
    });
    page({ typeId: '0-2', id, name: a.Name, companyId: null });
    contactIds.forEach((cid, n) =>
      link('companies', id, 'contacts', cid, n === 0 ? [hd(280), { category: 'USER_DEFINED', typeId: 7, label: 'Champion' }] : [hd(280)], [
        hd(1, 'Primary'),
        hd(279),
      ]),
    );

    dealsOf(a.Id).forEach((o) => {
      const did = newId();
      const renewal = o.Type === 'Renewal';
      const [pipeline] = shape.dealPipelines;
      const closedStage = (won: boolean) =>
        pipeline!.stages.find((s) => s.metadata.isClosed === 'true' && (s.metadata.probability === '1.0') === won)!.id;
      const open = pipeline!.stages.filter((s) => s.metadata.isClosed === 'false');
      // A renewal in negotiation sits in the last open stage (Contract Sent), others in the first.
      const openStage = (String(o.StageName).startsWith('Negotiation') ? open.at(-1)! : open[0]!).id;
      objects.deals.push({
        id: did,
        createdAt: iso(a.CreatedDate)!,
        properties: {
          dealname: o.Name,
          amount: shapeMoney(o.Amount, currency),
          closedate: o.CloseDate ? `${String(o.CloseDate)}T00:00:00Z` : null,
          dealtype: renewal ? 'existingbusiness' : 'newbusiness',
          pipeline: pipeline!.id,
          dealstage: o.IsClosed ? closedStage(o.IsWon === true) : openStage,
          hs_is_closed: String(o.IsClosed === true),
          hs_is_closed_won: String(o.IsWon === true),
          deal_currency_code: shape.currency,
          hs_object_id: did,
        },
      });
      link('companies', id, 'deals', did, [hd(342)], [hd(5, 'Primary'), hd(341)]);
      page({ typeId: '0-3', id: did, name: o.Name, companyId: id });
    });

    const cases = casesOf(a.Id).slice(0, shape.maxTicketsPerCompany);
    cases.forEach((c, n) => {
      const tid = newId();
      const closed = c.IsClosed === true;
      // Every fifth open ticket of the US portal sits in the Escalations pipeline.
      const escalated = shape.ticketPipelines.length > 1 && !closed && n % 5 === 4;
      const pipeline = escalated ? shape.ticketPipelines[1]! : shape.ticketPipelines[0]!;
      const stageId = escalated
        ? pipeline.stages[0]!.id
        : closed
          ? shape.ticketStage.closed
          : shape.ticketStage.open[n % shape.ticketStage.open.length]!;
      const priority = str(c.Priority)?.toUpperCase() ?? null;
      objects.tickets.push({
        id: tid,
        createdAt: iso(c.CreatedDate)!,
        properties: {
          subject: c.Subject,
          hs_pipeline: pipeline.id,
          hs_pipeline_stage: stageId,
          hs_ticket_priority: priority === 'CRITICAL' ? 'URGENT' : priority,
          createdate: iso(c.CreatedDate),
          closed_date: iso(c.ClosedDate),
          hs_object_id: tid,
        },
      });
      link('companies', id, 'tickets', tid, [hd(340)], [hd(339, 'Primary')]);
      if (n < 50) page({ typeId: '0-5', id: tid, name: c.Subject, companyId: id });
    });

    npsOf(a.Id).forEach((r, n) => {
      const fid = newId();
      const score = Number(r.NumberValue);
      const submitter = (r.Response as { SubmitterId: string }).SubmitterId;
      objects.feedback_submissions.push({
        id: fid,
        createdAt: iso(r.CreatedDate)!,
        properties: {
          hs_survey_type: 'NPS',
          hs_value: String(score),
          hs_response_group: score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR',
          hs_submission_timestamp: iso(r.CreatedDate),
          hs_contact_id: contactOf.get(submitter) ?? null,
          hs_content: n === 0 ? (score >= 9 ? 'The dashboards save us hours' : 'Sync is too slow') : '',
          hs_survey_name: 'Relationship NPS',
        },
      });
    });
    // A CSAT answer of the champion: same object, not NPS, never counted.
    if (contactIds[0])
      objects.feedback_submissions.push({
        id: newId(),
        createdAt: iso(a.CreatedDate)!,
        properties: {
          hs_survey_type: 'CSAT',
          hs_value: '1',
          hs_submission_timestamp: iso(a.CreatedDate),
          hs_contact_id: contactIds[0],
          hs_content: 'Support was slow',
          hs_survey_name: 'Support CSAT',
        },
      });
  });

  return {
    portalId: shape.portalId,
    appHost: shape.appHost,
    timeZone: shape.timeZone,
    currency: shape.currency,
    uiDomain: shape.appHost,
    dataHostingLocation: shape.dataHostingLocation,
    objects,
    links,
    properties: propertyDefs(true),
    pipelines: { tickets: shape.ticketPipelines, deals: shape.dealPipelines },
    owners,
    dailyLimit: shape.dailyLimit,
    lists: portalLists(objects, shape.idBase, shape.companyLists),
    companyOf,
    pages,
  };
}
