import type { SalesforceFieldSetting, SalesforceSettings } from '../../settings/salesforce-settings';
import { mappedUsagePeriods } from '../usage-periods';
import { crmError, type CrmError } from '../errors';
import {
  AccountSnapshotSchema,
  type Account,
  type AccountSnapshot,
  type Contact,
  type Contract,
  type Invoice,
  type NpsAnswer,
  type Opportunity,
  type Part,
  type Ticket,
  type TicketPriority,
  type UsagePeriod,
} from '../snapshot';
import { sfBoolean, sfDate, sfDateTime, sfId, sfNumber, sfString } from './normalise';

type Raw = Record<string, unknown>;
/** One list of the view as the org answered it: its records (all pages), or its typed error. */
export type RawPart = { ok: true; records: Raw[] } | { ok: false; error: CrmError };

/** Everything one account view read from the org, before mapping. */
export interface RawAccountView {
  /** The Account row (sObject GET: every field the user can see; or a query row). */
  account: Raw;
  /** The owner's name (User GET), when it could be read. */
  ownerName?: string | null;
  /** The champion Contact read by id, when mapped and set. */
  champion?: Raw | null;
  cases: RawPart;
  opportunities: RawPart;
  contracts: RawPart;
  contacts: RawPart;
  nps: RawPart;
}

export interface MapContext {
  settings: SalesforceSettings;
  /** The Lightning host the user is on: record links point there. */
  pageHost: string;
  orgId: string;
  /** When the org answered (ISO); every part's "as of". */
  fetchedAt: string;
  /** YYYY-MM-DD in the user's time zone: the usage period ends today. */
  today: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const oneOf = (value: unknown, list: readonly string[]) => typeof value === 'string' && list.some((v) => v.trim() !== '' && same(v, value));
const nested = (raw: Raw, key: string): Raw => {
  const v = raw[key];
  return v && typeof v === 'object' ? (v as Raw) : {};
};

/** A mapped field the org does not have: a settings problem, named with its setting. */
export function missingFieldError(settings: SalesforceSettings, key: SalesforceFieldSetting, objectType: string, cause?: CrmError): CrmError {
  const name = settings.fields[key];
  return crmError('invalid-field', `The field ${name} (setting “${key}”) is not on ${objectType} in this org${cause ? `: ${cause.detail}` : ''}`, {
    field: name,
    code: cause?.code ?? 'INVALID_FIELD',
    ...(cause?.httpStatus ? { httpStatus: cause.httpStatus } : {}),
  });
}

/** Mapped Account fields that are not in the row. The row of an sObject GET has every field the user can see. */
function absentAccountFields(raw: Raw, settings: SalesforceSettings, keys: readonly SalesforceFieldSetting[]): SalesforceFieldSetting[] {
  return keys.filter((key) => settings.fields[key] !== '' && !(settings.fields[key] in raw));
}

function part<T>(raw: RawPart, asOf: string, map: (r: Raw) => T | null): Part<T[]> {
  if (!raw.ok) return { status: 'error', error: raw.error };
  const data: T[] = [];
  for (const r of raw.records) {
    const mapped = map(r);
    if (mapped !== null) data.push(mapped);
  }
  return { status: 'ok', asOf, data };
}

function priorityOf(value: unknown, settings: SalesforceSettings): TicketPriority | null {
  if (typeof value !== 'string') return null;
  if (oneOf(value, settings.urgentCasePriorities)) return 'urgent';
  const v = value.trim().toLowerCase();
  return v === 'high' || v === 'medium' || v === 'low' ? v : null;
}

const recordUrl = (ctx: MapContext, type: string, id: string) => `https://${ctx.pageHost}/lightning/r/${type}/${id}/view`;

function mapAccount(raw: Raw, ownerName: string | null, ctx: MapContext): Account {
  const s = ctx.settings;
  const f = s.fields;
  const id = sfId(raw.Id) ?? String(raw.Id);
  const currency = sfString(raw.CurrencyIsoCode);
  const absent = absentAccountFields(raw, s, ['arr', 'renewalDate', 'churned']);
  const value = (key: SalesforceFieldSetting) => (f[key] && !absent.includes(key) ? raw[f[key]] : null);
  return {
    id,
    name: sfString(raw.Name) ?? id,
    // CurrencyIsoCode exists only in multi-currency orgs; single-currency orgs use the org default.
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : s.defaultCurrency,
    ownerName: ownerName ?? sfString(nested(raw, 'Owner').Name),
    industry: sfString(raw.Industry),
    churned: oneOf(raw.Type, s.churnedAccountTypes) || sfBoolean(value('churned')),
    customerSince: sfDate(raw.CreatedDate),
    arr: sfNumber(value('arr')),
    renewalDate: sfDate(value('renewalDate')),
    // LastActivityDate is a date (the latest task or event): midnight UTC of that day.
    lastTouchAt: sfDateTime(raw.LastActivityDate),
    url: recordUrl(ctx, 'Account', id),
    ...(absent.length ? { fieldErrors: absent.map((key) => missingFieldError(s, key, 'Account')) } : {}),
  };
}

/**
 * Usage from mapped Account fields: active users and seats as the period of the last 30 days
 * (and, when mapped, the previous 30 days' active users before it, for the "usage fell" rule).
 * The last-login field dates the figures.
 */
function usagePart(raw: Raw, ctx: MapContext): Part<UsagePeriod[]> {
  const s = ctx.settings;
  const f = s.fields;
  if (!f.activeUsers) return { status: 'missing' };
  const [absent] = absentAccountFields(raw, s, ['activeUsers', 'seats', 'previousActiveUsers', 'lastLogin']);
  if (absent) return { status: 'error', error: missingFieldError(s, absent, 'Account') };
  const active = sfNumber(raw[f.activeUsers]);
  const asOf = (f.lastLogin ? sfDateTime(raw[f.lastLogin]) : null) ?? ctx.fetchedAt;
  if (active === null) return { status: 'ok', asOf, data: [] };
  const seats = f.seats ? sfNumber(raw[f.seats]) : null;
  const previous = f.previousActiveUsers ? sfNumber(raw[f.previousActiveUsers]) : null;
  return { status: 'ok', asOf, data: mappedUsagePeriods(ctx.today, { active, previous, seats }) };
}

/** Finance from one mapped Account date: the oldest overdue invoice's due date, empty when none is overdue. */
function invoicePart(raw: Raw, accountId: string, ctx: MapContext): Part<Invoice[]> {
  const s = ctx.settings;
  const field = s.fields.overdueInvoiceDate;
  if (!field) return { status: 'missing' };
  if (!(field in raw)) return { status: 'error', error: missingFieldError(s, 'overdueInvoiceDate', 'Account') };
  const due = sfDate(raw[field]);
  return { status: 'ok', asOf: ctx.fetchedAt, data: due ? [{ id: `${accountId}:oldest-overdue`, amount: null, dueDate: due, paidAt: null }] : [] };
}

function mapTicket(r: Raw, ctx: MapContext): Ticket | null {
  const id = sfId(r.Id);
  const createdAt = sfDateTime(r.CreatedDate);
  if (!id || !createdAt) return null;
  const isClosed = sfBoolean(r.IsClosed);
  return {
    id,
    subject: sfString(r.Subject) ?? sfString(r.CaseNumber) ?? id,
    status: sfString(r.Status) ?? '',
    isClosed,
    priority: priorityOf(r.Priority, ctx.settings),
    createdAt,
    closedAt: isClosed ? sfDateTime(r.ClosedDate) : null,
    url: recordUrl(ctx, 'Case', id),
  };
}

function mapOpportunity(r: Raw, ctx: MapContext): Opportunity | null {
  const s = ctx.settings;
  const id = sfId(r.Id);
  const closeDate = sfDate(r.CloseDate);
  if (!id || !closeDate) return null;
  return {
    id,
    name: sfString(r.Name) ?? id,
    isRenewal: oneOf(r.Type, s.renewalOpportunityTypes) || oneOf(nested(r, 'RecordType').Name, s.renewalRecordTypeNames),
    stage: sfString(r.StageName) ?? '',
    amount: sfNumber(r.Amount),
    closeDate,
    isClosed: sfBoolean(r.IsClosed),
    isWon: sfBoolean(r.IsWon),
  };
}

function mapContract(r: Raw, ctx: MapContext): Contract | null {
  const id = sfId(r.Id);
  if (!id) return null;
  const term = sfNumber(r.ContractTerm);
  const field = ctx.settings.fields.contractValue;
  return {
    id,
    status: sfString(r.Status) ?? '',
    // StatusCode is the category behind the org's Status labels; Activated = in force.
    isActive: (sfString(r.StatusCode) ?? sfString(r.Status)) === 'Activated',
    startDate: sfDate(r.StartDate),
    endDate: sfDate(r.EndDate),
    termMonths: term !== null && term >= 1 ? Math.round(term) : null,
    value: field ? sfNumber(r[field]) : null,
  };
}

function contactsPart(view: RawAccountView, championId: string | null, ctx: MapContext): Part<Contact[]> {
  const left = ctx.settings.fields.contactLeft;
  const map = (r: Raw): Contact | null => {
    const id = sfId(r.Id);
    if (!id) return null;
    return {
      id,
      name: sfString(r.Name) ?? ([sfString(r.FirstName), sfString(r.LastName)].filter(Boolean).join(' ') || id),
      email: sfString(r.Email),
      title: sfString(r.Title),
      isChampion: championId !== null && id === championId,
      hasLeft: left ? sfBoolean(r[left]) : false,
    };
  };
  const listed = part(view.contacts, ctx.fetchedAt, map);
  if (listed.status !== 'ok') return listed;
  // The champion read by id joins the list when the list (capped, sorted by name) did not hold it.
  const champion = view.champion ? map(view.champion) : null;
  if (champion && !listed.data.some((c) => c.id === champion.id)) listed.data.unshift({ ...champion, isChampion: true });
  return listed;
}

function mapNps(r: Raw): NpsAnswer | null {
  const score = sfNumber(r.NumberValue);
  if (score === null || !Number.isInteger(score) || score < 0 || score > 10) return null;
  const response = nested(r, 'Response');
  const answeredAt = sfDateTime(response.CompletionDateTime) ?? sfDateTime(r.CreatedDate);
  if (!answeredAt) return null;
  return {
    respondentId: sfId(response.SubmitterId) ?? sfId(r.Id) ?? String(r.Id),
    respondentName: sfString(nested(response, 'Submitter').Name),
    score,
    comment: null,
    answeredAt,
  };
}

/** Raw records of one account view → the normalised snapshot (not yet schema-checked). */
export function mapSalesforceSnapshot(view: RawAccountView, ctx: MapContext): AccountSnapshot {
  const s = ctx.settings;
  const account = mapAccount(view.account, view.ownerName ?? null, ctx);
  const championField = s.fields.champion;
  const championId = championField ? sfId(view.account[championField]) : null;
  const asOf = ctx.fetchedAt;
  const contacts: Part<Contact[]> =
    championField && !(championField in view.account)
      ? { status: 'error', error: missingFieldError(s, 'champion', 'Account') }
      : contactsPart(view, championId, ctx);
  return {
    crm: 'salesforce',
    source: ctx.orgId || ctx.pageHost,
    fetchedAt: ctx.fetchedAt,
    account,
    tickets: part(view.cases, asOf, (r) => mapTicket(r, ctx)),
    opportunities: part(view.opportunities, asOf, (r) => mapOpportunity(r, ctx)),
    contracts: part(view.contracts, asOf, (r) => mapContract(r, ctx)),
    contacts,
    nps: part(view.nps, asOf, mapNps),
    usage: usagePart(view.account, ctx),
    invoices: invoicePart(view.account, account.id, ctx),
  };
}

/** The same, checked against the snapshot schema (the contract every CRM client keeps). */
export function toAccountSnapshot(view: RawAccountView, ctx: MapContext): { ok: true; value: AccountSnapshot } | { ok: false; error: CrmError } {
  const checked = AccountSnapshotSchema.safeParse(mapSalesforceSnapshot(view, ctx));
  if (checked.success) return { ok: true, value: checked.data };
  const issue = checked.error.issues[0];
  return { ok: false, error: crmError('bad-response', `The mapped snapshot is invalid${issue ? ` at ${issue.path.join('.')}: ${issue.message}` : ''}`) };
}
