import type { SalesforceFieldSetting, SalesforceSettings } from '../../settings/salesforce-settings';
import { crmError, type CrmError } from '../errors';
import {
  AccountSnapshotSchema,
  type Account,
  type AccountSnapshot,
  type Contact,
  type Contract,
  type MissingReason,
  type NpsAnswer,
  type Opportunity,
  type Part,
  type PartCut,
  type Ticket,
  type TicketPriority,
} from '../snapshot';
import { absentAccountFields, invoicePart, missingFieldError, usagePart } from './map-account-fields';
import { latestTouch, type TouchSource } from './activities';
import { sfBoolean, sfDate, sfDateTime, sfId, sfNumber, sfString } from './normalise';

export { missingFieldError } from './map-account-fields';

type Raw = Record<string, unknown>;
/** One list of the view as the org answered it: its records (all pages), its typed error, or why it was not asked. */
export type RawPart = { ok: true; records: Raw[]; cut?: PartCut } | { ok: false; error: CrmError } | { ok: false; missing: MissingReason };

/** Everything one account view read from the org, before mapping. */
export interface RawAccountView {
  /** The Account row (sObject GET: every field the user can see; or a query row). */
  account: Raw;
  /** The owner's name (User GET), when it could be read. */
  ownerName?: string | null;
  /** The champion Contact read by id, when mapped and set. */
  champion?: Raw | null;
  /** The account's Tasks and Events (first page), when the org has them and they could be read. */
  tasks?: Raw[];
  events?: Raw[];
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
  /** Mapped fields the org's schema lacks (never asked for); the account names them. */
  unmappable?: readonly SalesforceFieldSetting[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const oneOf = (value: unknown, list: readonly string[]) => typeof value === 'string' && list.some((v) => v.trim() !== '' && same(v, value));
const nested = (raw: Raw, key: string): Raw => {
  const v = raw[key];
  return v && typeof v === 'object' ? (v as Raw) : {};
};

function part<T>(raw: RawPart, asOf: string, map: (r: Raw) => T | null): Part<T[]> {
  if ('missing' in raw) return { status: 'missing', reason: raw.missing };
  if (!raw.ok) return { status: 'error', error: raw.error };
  const data: T[] = [];
  for (const r of raw.records) {
    const mapped = map(r);
    if (mapped !== null) data.push(mapped);
  }
  return { status: 'ok', asOf, data, ...(raw.cut ? { cut: raw.cut } : {}) };
}

function priorityOf(value: unknown, settings: SalesforceSettings): TicketPriority | null {
  if (typeof value !== 'string') return null;
  if (oneOf(value, settings.urgentCasePriorities)) return 'urgent';
  const v = value.trim().toLowerCase();
  return v === 'high' || v === 'medium' || v === 'low' ? v : null;
}

const recordUrl = (ctx: MapContext, type: string, id: string) => `https://${ctx.pageHost}/lightning/r/${type}/${id}/view`;

function mapAccount(raw: Raw, ownerName: string | null, touch: { at: string; source: TouchSource } | null, ctx: MapContext): Account {
  const s = ctx.settings;
  const f = s.fields;
  const id = sfId(raw.Id) ?? String(raw.Id);
  const currency = sfString(raw.CurrencyIsoCode);
  const absent = absentAccountFields(raw, s, ['arr', 'renewalDate', 'churned']);
  // The contract value is left out of the contract query when the org lacks it: the contracts
  // still date the renewal, and the account says which setting to fix.
  const errors = [...absent.map((key) => missingFieldError(s, key, 'Account'))];
  if (ctx.unmappable?.includes('contractValue')) errors.push(missingFieldError(s, 'contractValue', 'Contract'));
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
    lastTouchAt: touch?.at ?? null,
    ...(touch ? { lastTouchSource: touch.source } : {}),
    url: recordUrl(ctx, 'Account', id),
    ...(errors.length ? { fieldErrors: errors } : {}),
  };
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
    value: field && field in r ? sfNumber(r[field]) : null,
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

const isNpsQuestion = (r: Raw) => {
  const type = nested(r, 'Question').QuestionType;
  // Older answers (and queries without text answers) carry no question type: they are NPS answers.
  return typeof type !== 'string' || type.toLowerCase() === 'nps';
};

function mapNps(r: Raw, comments: ReadonlyMap<string, string>): NpsAnswer | null {
  const score = sfNumber(r.NumberValue);
  if (score === null || !Number.isInteger(score) || score < 0 || score > 10) return null;
  const response = nested(r, 'Response');
  const answeredAt = sfDateTime(response.CompletionDateTime) ?? sfDateTime(r.CreatedDate);
  if (!answeredAt) return null;
  const responseId = sfId(r.ResponseId);
  return {
    respondentId: sfId(response.SubmitterId) ?? sfId(r.Id) ?? String(r.Id),
    respondentName: sfString(nested(response, 'Submitter').Name),
    score,
    comment: (responseId && comments.get(responseId)) ?? null,
    answeredAt,
  };
}

/** NPS answers with their comment: the text answer of the same survey response. */
function npsPart(raw: RawPart, asOf: string): Part<NpsAnswer[]> {
  const comments = new Map<string, string>();
  if (raw.ok) {
    for (const r of raw.records) {
      const id = sfId(r.ResponseId);
      const text = sfString(r.ResponseValue);
      if (id && text && !isNpsQuestion(r) && !comments.has(id)) comments.set(id, text.trim());
    }
  }
  return part(raw, asOf, (r) => (isNpsQuestion(r) ? mapNps(r, comments) : null));
}

/** Raw records of one account view → the normalised snapshot (not yet schema-checked). */
export function mapSalesforceSnapshot(view: RawAccountView, ctx: MapContext): AccountSnapshot {
  const s = ctx.settings;
  // LastActivityDate is a date (midnight UTC of that day); a task or event can be later or finer.
  const account = mapAccount(view.account, view.ownerName ?? null, latestTouch(view.account.LastActivityDate, view, ctx.fetchedAt), ctx);
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
    nps: npsPart(view.nps, asOf),
    usage: usagePart(view.account, ctx),
    invoices: invoicePart(view.account, account.id, ctx),
  };
}

/** The same, checked against the snapshot schema (the contract every CRM client keeps). */
export function toAccountSnapshot(
  view: RawAccountView,
  ctx: MapContext,
): { ok: true; value: AccountSnapshot } | { ok: false; error: CrmError } {
  const checked = AccountSnapshotSchema.safeParse(mapSalesforceSnapshot(view, ctx));
  if (checked.success) return { ok: true, value: checked.data };
  const issue = checked.error.issues[0];
  return {
    ok: false,
    error: crmError('bad-response', `The mapped snapshot is invalid${issue ? ` at ${issue.path.join('.')}: ${issue.message}` : ''}`),
  };
}
