import { mappedUsagePeriods } from '../usage-periods';
import { crmError, type CrmError, type CrmResult } from '../errors';
import {
  AccountSnapshotSchema,
  type Account,
  type AccountSnapshot,
  type Contact,
  type Invoice,
  type NpsAnswer,
  type Opportunity,
  type Part,
  type PartCut,
  type Ticket,
  type TicketPriority,
  type UsagePeriod,
} from '../snapshot';
import type { Stages } from './pipelines';
import type { HsObject, HsProperties } from './schemas';
import type { HubSpotPropertySetting, HubSpotSettings } from './settings';
import { hsBoolean, hsDate, hsDateTime, hsNumber, hsString } from './values';

/** Everything one company view read from the portal, before mapping. */
export interface RawCompanyView {
  company: HsObject;
  ownerName: string | null;
  tickets: CrmResult<HsObject[]>;
  /** Only the newest tickets were read (a company with more than MAX_TICKETS). */
  ticketsCut?: PartCut;
  deals: CrmResult<HsObject[]>;
  contacts: CrmResult<HsObject[]>;
  /** Association labels of each contact to the company (the champion label among them). */
  contactLabels: Record<string, string[]>;
  nps: CrmResult<HsObject[]>;
  ticketStages: CrmResult<Stages>;
  dealStages: CrmResult<Stages>;
}

export interface MapContext {
  settings: HubSpotSettings;
  portalId: string;
  /** The portal's time zone: datetime properties that mean a day are read on its calendar. */
  portalTimeZone: string;
  /** The portal's company currency (HubSpot companies carry none). */
  currency: string;
  /** The app host the user is on (regional hosts too): record links point there. */
  pageHost: string;
  fetchedAt: string;
  /** YYYY-MM-DD in the user's time zone: the usage period ends today. */
  today: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const oneOf = (value: string | null | undefined, list: readonly string[]) =>
  typeof value === 'string' && list.some((v) => v.trim() !== '' && same(v, value));

/** The company properties every view reads, besides the mapped ones. */
export const COMPANY_PROPERTIES = [
  'name',
  'industry',
  'lifecyclestage',
  'createdate',
  'hubspot_owner_id',
  'hs_lifecyclestage_customer_date',
] as const;
export const TICKET_PROPERTIES = [
  'subject',
  'hs_pipeline',
  'hs_pipeline_stage',
  'hs_ticket_priority',
  'createdate',
  'closed_date',
] as const;
export const DEAL_PROPERTIES = [
  'dealname',
  'amount',
  'closedate',
  'dealtype',
  'pipeline',
  'dealstage',
  'hs_is_closed',
  'hs_is_closed_won',
] as const;
export const FEEDBACK_PROPERTIES = ['hs_survey_type', 'hs_value', 'hs_submission_timestamp', 'hs_contact_id', 'hs_content'] as const;
export const contactProperties = (s: HubSpotSettings) => [
  'firstname',
  'lastname',
  'email',
  'jobtitle',
  ...(s.properties.contactLeft ? [s.properties.contactLeft] : []),
];
export const companyProperties = (s: HubSpotSettings) => [
  ...new Set([...COMPANY_PROPERTIES, ...Object.values(s.properties).filter(Boolean)]),
];

/** A mapped property the portal does not have: a settings problem, named with its setting. */
export function missingPropertyError(settings: HubSpotSettings, key: HubSpotPropertySetting, objectType: string): CrmError {
  const name = settings.properties[key];
  return crmError('invalid-field', `The property ${name} (setting “${key}”) is not on ${objectType} in this portal`, {
    field: name,
    code: 'PROPERTY_DOESNT_EXIST',
  });
}

// HubSpot answers every requested property that exists (null when empty) and leaves out the ones
// the portal does not have: an absent key is a mapping to fix.
const absent = (props: HsProperties, s: HubSpotSettings, keys: readonly HubSpotPropertySetting[]) =>
  keys.filter((k) => s.properties[k] !== '' && !(s.properties[k] in props));
const mapped = (props: HsProperties, s: HubSpotSettings, key: HubSpotPropertySetting) =>
  s.properties[key] ? props[s.properties[key]] : null;

const recordUrl = (ctx: MapContext, typeId: string, id: string) =>
  `https://${ctx.pageHost}/contacts/${ctx.portalId}/record/${typeId}/${id}`;

function list<T>(raw: CrmResult<HsObject[]>, asOf: string, map: (r: HsObject) => T | null): Part<T[]> {
  if (!raw.ok) return { status: 'error', error: raw.error };
  const data: T[] = [];
  for (const r of raw.value) {
    const m = map(r);
    if (m !== null) data.push(m);
  }
  return { status: 'ok', asOf, data };
}

function mapAccount(view: RawCompanyView, ctx: MapContext): Account {
  const s = ctx.settings;
  const p = view.company.properties;
  const missing = absent(p, s, ['arr', 'renewalDate', 'churned', 'lastActivity', 'champion']);
  const value = (key: HubSpotPropertySetting) => (missing.includes(key) ? null : mapped(p, s, key));
  return {
    id: view.company.id,
    name: hsString(p.name) ?? view.company.id,
    currency: ctx.currency,
    ownerName: view.ownerName,
    industry: hsString(p.industry),
    churned: oneOf(p.lifecyclestage, s.churnedLifecycleStages) || hsBoolean(value('churned')),
    customerSince: hsDate(p.hs_lifecyclestage_customer_date, ctx.portalTimeZone) ?? hsDate(p.createdate, ctx.portalTimeZone),
    arr: hsNumber(value('arr')),
    renewalDate: hsDate(value('renewalDate'), ctx.portalTimeZone),
    lastTouchAt: hsDateTime(value('lastActivity')),
    url: recordUrl(ctx, '0-2', view.company.id),
    ...(missing.length ? { fieldErrors: missing.map((key) => missingPropertyError(s, key, 'companies')) } : {}),
  };
}

/** Usage from mapped company properties: this 30-day period (and the previous one's active users). */
function usagePart(p: HsProperties, ctx: MapContext): Part<UsagePeriod[]> {
  const s = ctx.settings;
  if (!s.properties.activeUsers) return { status: 'missing' };
  const [gone] = absent(p, s, ['activeUsers', 'seats', 'previousActiveUsers', 'lastLogin']);
  if (gone) return { status: 'error', error: missingPropertyError(s, gone, 'companies') };
  const active = hsNumber(mapped(p, s, 'activeUsers'));
  const asOf = hsDateTime(mapped(p, s, 'lastLogin')) ?? ctx.fetchedAt;
  if (active === null) return { status: 'ok', asOf, data: [] };
  const seats = hsNumber(mapped(p, s, 'seats'));
  const previous = hsNumber(mapped(p, s, 'previousActiveUsers'));
  return { status: 'ok', asOf, data: mappedUsagePeriods(ctx.today, { active, previous, seats }) };
}

/** Finance from one mapped company date: the oldest overdue invoice, none when nothing is overdue. */
function invoicePart(p: HsProperties, companyId: string, ctx: MapContext): Part<Invoice[]> {
  const s = ctx.settings;
  if (!s.properties.overdueInvoiceDate) return { status: 'missing' };
  if (absent(p, s, ['overdueInvoiceDate']).length)
    return { status: 'error', error: missingPropertyError(s, 'overdueInvoiceDate', 'companies') };
  const due = hsDate(mapped(p, s, 'overdueInvoiceDate'), ctx.portalTimeZone);
  return {
    status: 'ok',
    asOf: ctx.fetchedAt,
    data: due ? [{ id: `${companyId}:oldest-overdue`, amount: null, dueDate: due, paidAt: null }] : [],
  };
}

function priorityOf(value: string | null | undefined, s: HubSpotSettings): TicketPriority | null {
  if (!value) return null;
  if (oneOf(value, s.urgentTicketPriorities)) return 'urgent';
  const v = value.trim().toLowerCase();
  return v === 'high' || v === 'medium' || v === 'low' || v === 'urgent' ? v : null;
}

function mapTicket(r: HsObject, stages: Stages, ctx: MapContext): Ticket | null {
  const p = r.properties;
  const createdAt = hsDateTime(p.createdate);
  if (!createdAt) return null;
  const stage = p.hs_pipeline_stage ? stages[p.hs_pipeline_stage] : undefined;
  // A stage the pipelines do not list (removed since): the close date decides.
  const isClosed = stage ? stage.isClosed : hsDateTime(p.closed_date) !== null;
  return {
    id: r.id,
    subject: hsString(p.subject) ?? r.id,
    status: stage?.label ?? p.hs_pipeline_stage ?? '',
    isClosed,
    priority: priorityOf(p.hs_ticket_priority, ctx.settings),
    createdAt,
    closedAt: isClosed ? hsDateTime(p.closed_date) : null,
    url: recordUrl(ctx, '0-5', r.id),
  };
}

function mapDeal(r: HsObject, stages: Stages, ctx: MapContext): Opportunity | null {
  const s = ctx.settings;
  const p = r.properties;
  const closeDate = hsDate(p.closedate, ctx.portalTimeZone);
  if (!closeDate) return null;
  const stage = p.dealstage ? stages[p.dealstage] : undefined;
  const pipeline = p.pipeline ?? stage?.pipelineId ?? null;
  return {
    id: r.id,
    name: hsString(p.dealname) ?? r.id,
    isRenewal:
      oneOf(p.dealtype, s.renewalDealTypes) || oneOf(pipeline, s.renewalPipelines) || oneOf(stage?.pipelineLabel, s.renewalPipelines),
    stage: stage?.label ?? p.dealstage ?? '',
    // In the deal's own currency (deal_currency_code); portals rarely mix currencies within one company.
    amount: hsNumber(p.amount),
    closeDate,
    isClosed: p.hs_is_closed != null ? hsBoolean(p.hs_is_closed) : (stage?.isClosed ?? false),
    isWon: p.hs_is_closed_won != null ? hsBoolean(p.hs_is_closed_won) : (stage?.isWon ?? false),
  };
}

const contactName = (p: HsProperties, id: string) =>
  [hsString(p.firstname), hsString(p.lastname)].filter(Boolean).join(' ') || hsString(p.email) || id;

function contactsPart(view: RawCompanyView, ctx: MapContext): Part<Contact[]> {
  const s = ctx.settings;
  const championId = hsString(mapped(view.company.properties, s, 'champion'))?.trim() ?? null;
  return list(view.contacts, ctx.fetchedAt, (r) => ({
    id: r.id,
    name: contactName(r.properties, r.id),
    email: hsString(r.properties.email),
    title: hsString(r.properties.jobtitle),
    isChampion: r.id === championId || (s.championLabel !== '' && (view.contactLabels[r.id] ?? []).some((l) => same(l, s.championLabel))),
    hasLeft: s.properties.contactLeft ? hsBoolean(r.properties[s.properties.contactLeft]) : false,
  }));
}

/** NPS answers only (CSAT and CES share the object), the latest of each contact, comment kept. */
function npsPart(view: RawCompanyView, ctx: MapContext): Part<NpsAnswer[]> {
  const names = new Map(view.contacts.ok ? view.contacts.value.map((c) => [c.id, contactName(c.properties, c.id)]) : []);
  const latest = new Map<string, NpsAnswer>();
  const part = list(view.nps, ctx.fetchedAt, (r): NpsAnswer | null => {
    const p = r.properties;
    const score = hsNumber(p.hs_value);
    const answeredAt = hsDateTime(p.hs_submission_timestamp) ?? hsDateTime(typeof r.createdAt === 'string' ? r.createdAt : null);
    if (!same(p.hs_survey_type ?? '', 'NPS') || score === null || !Number.isInteger(score) || score < 0 || score > 10 || !answeredAt)
      return null;
    const respondentId = hsString(p.hs_contact_id) ?? `submission:${r.id}`;
    return { respondentId, respondentName: names.get(respondentId) ?? null, score, comment: hsString(p.hs_content), answeredAt };
  });
  if (part.status !== 'ok') return part;
  for (const answer of part.data) {
    const seen = latest.get(answer.respondentId);
    if (!seen || seen.answeredAt < answer.answeredAt) latest.set(answer.respondentId, answer);
  }
  return { ...part, data: [...latest.values()] };
}

/** Raw records of one company view → the normalised snapshot, checked against its schema. */
export function toAccountSnapshot(view: RawCompanyView, ctx: MapContext): CrmResult<AccountSnapshot> {
  const asOf = ctx.fetchedAt;
  const read = view.ticketStages.ok
    ? list(view.tickets, asOf, (r) => mapTicket(r, view.ticketStages.ok ? view.ticketStages.value : {}, ctx))
    : ({ status: 'error', error: view.ticketStages.error } as const);
  const tickets = read.status === 'ok' && view.ticketsCut ? { ...read, cut: view.ticketsCut } : read;
  const dealStages = view.dealStages.ok ? view.dealStages.value : {};
  const snapshot: AccountSnapshot = {
    crm: 'hubspot',
    source: ctx.portalId,
    fetchedAt: ctx.fetchedAt,
    account: mapAccount(view, ctx),
    tickets,
    opportunities: list(view.deals, asOf, (r) => mapDeal(r, dealStages, ctx)),
    // HubSpot has no contract object: the renewal comes from deals or a company date.
    contracts: { status: 'missing' },
    contacts: contactsPart(view, ctx),
    nps: npsPart(view, ctx),
    usage: usagePart(view.company.properties, ctx),
    invoices: invoicePart(view.company.properties, view.company.id, ctx),
  };
  const checked = AccountSnapshotSchema.safeParse(snapshot);
  if (checked.success) return { ok: true, value: checked.data };
  const issue = checked.error.issues[0];
  return {
    ok: false,
    error: crmError('bad-response', `The mapped snapshot is invalid${issue ? ` at ${issue.path.join('.')}: ${issue.message}` : ''}`),
  };
}
