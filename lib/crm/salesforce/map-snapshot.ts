import { crmError, type CrmError } from '../errors';
import type {
  Account,
  AccountSnapshot,
  Contact,
  Contract,
  Invoice,
  NpsAnswer,
  Opportunity,
  Part,
  Ticket,
  TicketPriority,
  UsagePeriod,
} from '../snapshot';
import type { SalesforceFieldSetting, SalesforceSettings } from '../../settings/salesforce-settings';
import { sfDate, sfDateTime, sfNumber, sfString } from './normalise';

type Raw = Record<string, unknown>;
export type RawPart = { ok: true; records: Raw[] } | { ok: false; error: CrmError };

export interface RawAccountView {
  account: Raw;
  cases: RawPart;
  opportunities: RawPart;
  contracts: RawPart;
  contacts: RawPart;
  nps: RawPart;
}

interface Context {
  settings: SalesforceSettings;
  pageHost: string;
  orgId: string;
  fetchedAt: string;
  today: string;
}

function part<T>(raw: RawPart, asOf: string, map: (r: Raw) => T | null): Part<T[]> {
  if (!raw.ok) return { status: 'error', error: raw.error };
  return { status: 'ok', asOf, data: raw.records.map(map).filter((x): x is T => x !== null) };
}

/** A mapped field the account record does not have: a settings problem, named as such. */
function missingField(settings: SalesforceSettings, key: SalesforceFieldSetting): CrmError {
  return crmError('invalid-field', `The field ${settings.fields[key]} (setting “${key}”) is not on Account in this org`, {
    field: settings.fields[key],
  });
}

function priorityOf(value: unknown, settings: SalesforceSettings): TicketPriority | null {
  if (typeof value !== 'string') return null;
  if (settings.urgentCasePriorities.some((p) => p.toLowerCase() === value.toLowerCase())) return 'urgent';
  const v = value.toLowerCase();
  return v === 'high' || v === 'medium' || v === 'low' ? v : null;
}

function mapAccount(raw: Raw, ctx: Context): Account {
  const f = ctx.settings.fields;
  const type = sfString(raw.Type);
  return {
    id: String(raw.Id),
    name: sfString(raw.Name) ?? String(raw.Id),
    // CurrencyIsoCode exists only in multi-currency orgs.
    currency: sfString(raw.CurrencyIsoCode) ?? ctx.settings.defaultCurrency,
    ownerName: null,
    industry: sfString(raw.Industry),
    churned: type !== null && ctx.settings.churnedAccountTypes.includes(type),
    customerSince: sfDate(raw.CreatedDate),
    arr: f.arr ? sfNumber(raw[f.arr]) : null,
    renewalDate: f.renewalDate ? sfDate(raw[f.renewalDate]) : null,
    lastTouchAt: sfDateTime(raw.LastActivityDate) ?? (sfDate(raw.LastActivityDate) ? `${sfDate(raw.LastActivityDate)}T00:00:00Z` : null),
    url: `https://${ctx.pageHost}/lightning/r/Account/${String(raw.Id)}/view`,
  };
}

function usagePart(raw: Raw, ctx: Context): Part<UsagePeriod[]> {
  const f = ctx.settings.fields;
  if (!f.activeUsers) return { status: 'missing' };
  for (const key of ['activeUsers', 'seats', 'previousActiveUsers'] as const) {
    if (f[key] && !(f[key] in raw)) return { status: 'error', error: missingField(ctx.settings, key) };
  }
  const active = sfNumber(raw[f.activeUsers]);
  if (active === null) return { status: 'ok', asOf: ctx.fetchedAt, data: [] };
  const seats = f.seats ? sfNumber(raw[f.seats]) : null;
  const day = Date.parse(`${ctx.today}T00:00:00Z`);
  const iso = (daysAgo: number) => new Date(day - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const period = (start: number, end: number, activeUsers: number): UsagePeriod => ({
    periodStart: iso(start),
    periodEnd: iso(end),
    activeUsers,
    licensedSeats: seats,
    logins: null,
    featuresUsed: null,
    featuresTotal: null,
  });
  const previous = f.previousActiveUsers ? sfNumber(raw[f.previousActiveUsers]) : null;
  // The fields hold "this period" and "the previous period" (30 days each, by convention).
  const asOf = sfDateTime(f.lastLogin ? raw[f.lastLogin] : null) ?? ctx.fetchedAt;
  return { status: 'ok', asOf, data: [...(previous === null ? [] : [period(60, 31, previous)]), period(30, 0, active)] };
}

function invoicePart(raw: Raw, ctx: Context): Part<Invoice[]> {
  const field = ctx.settings.fields.overdueInvoiceDate;
  if (!field) return { status: 'missing' };
  if (!(field in raw)) return { status: 'error', error: missingField(ctx.settings, 'overdueInvoiceDate') };
  const due = sfDate(raw[field]);
  return { status: 'ok', asOf: ctx.fetchedAt, data: due ? [{ id: 'oldest-overdue', amount: null, dueDate: due, paidAt: null }] : [] };
}

/** Raw records of one account view → the normalised snapshot. */
export function mapSalesforceSnapshot(view: RawAccountView, ctx: Context): AccountSnapshot {
  const s = ctx.settings;
  const account = mapAccount(view.account, ctx);
  const championId = s.fields.champion ? sfString(view.account[s.fields.champion]) : null;
  const asOf = ctx.fetchedAt;
  return {
    crm: 'salesforce',
    source: ctx.orgId || ctx.pageHost,
    fetchedAt: ctx.fetchedAt,
    account,
    tickets: part<Ticket>(view.cases, asOf, (r) => {
      const createdAt = sfDateTime(r.CreatedDate);
      if (!createdAt) return null;
      return {
        id: String(r.Id),
        subject: sfString(r.Subject) ?? sfString(r.CaseNumber) ?? String(r.Id),
        status: sfString(r.Status) ?? '',
        isClosed: r.IsClosed === true,
        priority: priorityOf(r.Priority, s),
        createdAt,
        closedAt: sfDateTime(r.ClosedDate),
        url: `https://${ctx.pageHost}/lightning/r/Case/${String(r.Id)}/view`,
      };
    }),
    opportunities: part<Opportunity>(view.opportunities, asOf, (r) => {
      const closeDate = sfDate(r.CloseDate);
      if (!closeDate) return null;
      return {
        id: String(r.Id),
        name: sfString(r.Name) ?? String(r.Id),
        isRenewal: typeof r.Type === 'string' && s.renewalOpportunityTypes.includes(r.Type),
        stage: sfString(r.StageName) ?? '',
        amount: sfNumber(r.Amount),
        closeDate,
        isClosed: r.IsClosed === true,
        isWon: r.IsWon === true,
      };
    }),
    contracts: part<Contract>(view.contracts, asOf, (r) => ({
      id: String(r.Id),
      status: sfString(r.Status) ?? '',
      isActive: r.Status === 'Activated',
      startDate: sfDate(r.StartDate),
      endDate: sfDate(r.EndDate),
      termMonths: sfNumber(r.ContractTerm) && sfNumber(r.ContractTerm)! > 0 ? Math.round(sfNumber(r.ContractTerm)!) : null,
      value: s.fields.contractValue ? sfNumber(r[s.fields.contractValue]) : null,
    })),
    contacts: part<Contact>(view.contacts, asOf, (r) => ({
      id: String(r.Id),
      name: sfString(r.Name) ?? String(r.Id),
      email: sfString(r.Email),
      title: sfString(r.Title),
      isChampion: championId !== null && String(r.Id).slice(0, 15) === championId.slice(0, 15),
      hasLeft: s.fields.contactLeft ? r[s.fields.contactLeft] === true : false,
    })),
    nps: part<NpsAnswer>(view.nps, asOf, (r) => {
      const score = sfNumber(r.NumberValue);
      const answeredAt = sfDateTime(r.CreatedDate);
      if (score === null || !answeredAt || score < 0 || score > 10) return null;
      const response = (r.Response ?? {}) as Raw;
      const submitter = (response.Submitter ?? {}) as Raw;
      return {
        respondentId: sfString(response.SubmitterId) ?? String(r.Id),
        respondentName: sfString(submitter.Name),
        score: Math.round(score),
        comment: null,
        answeredAt,
      };
    }),
    usage: usagePart(view.account, ctx),
    invoices: invoicePart(view.account, ctx),
  };
}
