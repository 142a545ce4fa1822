import type { SalesforceSettings } from '../../settings/salesforce-settings';
import { API_BASE } from './client';
import type { SfCompositeRequest, SfCompositeSubrequest } from './schemas';

/** The documented limits of one composite call. */
export const COMPOSITE_MAX_SUBREQUESTS = 25;
export const COMPOSITE_MAX_QUERIES = 5;

/**
 * Cases read per account view. One page of the query API (2,000), so the normal case is one round
 * trip; open cases come first, so the cap only ever drops the oldest closed ones.
 */
export const CASE_LIMIT = 2000;
export const OPPORTUNITY_LIMIT = 200;
export const CONTRACT_LIMIT = 50;
export const CONTACT_LIMIT = 200;
export const NPS_LIMIT = 500;

/** The object types a record page can be on, and the field that leads to its account. */
export const ACCOUNT_LINK: Readonly<Record<string, string | null>> = {
  Account: null,
  Contact: 'AccountId',
  Opportunity: 'AccountId',
  Case: 'AccountId',
  Contract: 'AccountId',
};

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const REFERENCE = /^@\{[A-Za-z]\w*\.[A-Za-z]\w*\}$/;
const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A SOQL string literal: quotes, backslashes and control characters escaped as SOQL expects. */
export function soqlString(value: string): string {
  const escaped = value.replace(/[\\'"\n\r\t\b\f]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' })[c]!);
  return `'${escaped}'`;
}

/**
 * An id for a SOQL filter or a URL path: a 15/18-character record id, or a composite reference
 * (`@{record.AccountId}`) that Salesforce replaces with an id before running the subrequest.
 * Anything else is refused rather than escaped: ids never need escaping, so a value that would is
 * not an id.
 */
export function recordIdOrReference(value: string): string {
  if (RECORD_ID.test(value) || REFERENCE.test(value)) return value;
  throw new TypeError(`Not a Salesforce record id: ${value.slice(0, 40)}`);
}

/** A field API name from the settings, checked so a setting can never inject SOQL. */
export function fieldName(value: string): string {
  if (API_NAME.test(value)) return value;
  throw new TypeError(`Not a field API name: ${value.slice(0, 40)}`);
}

const fieldList = (...fields: Array<string | false | undefined>) => [...new Set(fields.filter((f): f is string => Boolean(f)).map(fieldName))].join(', ');

export type ListName = 'cases' | 'opportunities' | 'contracts' | 'contacts' | 'nps';
export const LISTS: readonly ListName[] = ['cases', 'opportunities', 'contracts', 'contacts', 'nps'];

/** The five list queries of one account view (the composite limit on queries is five). */
export function accountQueries(settings: SalesforceSettings, accountId: string): Record<ListName, string> {
  const id = soqlString(recordIdOrReference(accountId));
  const f = settings.fields;
  const days = settings.caseHistoryDays;
  const renewalRecordTypes = settings.renewalRecordTypeNames.some((n) => n.trim() !== '');
  return {
    // Only what ticket aging needs, so an account with 10,000 old cases opens as fast as any: every
    // open case, plus those created or closed in the window (aging buckets, SLA breaches and the
    // unresolved ratio look no further back). Open ones first (ClosedDate null), then the most
    // recently closed; the cap can only cut the oldest closed ones. Records, not COUNT(): aging
    // needs each case's dates and priority, and a count is all COUNT() would give.
    cases:
      `SELECT Id, CaseNumber, Subject, Status, IsClosed, Priority, CreatedDate, ClosedDate FROM Case ` +
      `WHERE AccountId = ${id} AND (IsClosed = false OR CreatedDate = LAST_N_DAYS:${days} OR ClosedDate = LAST_N_DAYS:${days}) ` +
      `ORDER BY ClosedDate DESC NULLS FIRST, CreatedDate DESC LIMIT ${CASE_LIMIT}`,
    // RecordType.Name only when record types decide renewals: orgs without Opportunity record types
    // have no such field, and asking for it would fail the whole list.
    opportunities:
      `SELECT ${fieldList('Id', 'Name', 'Type', 'StageName', 'Amount', 'CloseDate', 'IsClosed', 'IsWon')}${renewalRecordTypes ? ', RecordType.Name' : ''} ` +
      `FROM Opportunity WHERE AccountId = ${id} ORDER BY CloseDate DESC NULLS LAST LIMIT ${OPPORTUNITY_LIMIT}`,
    // StatusCode is the status category (Draft / InApproval / Activated / Terminated / Expired);
    // Status is the org's own picklist label for it.
    contracts:
      `SELECT ${fieldList('Id', 'ContractNumber', 'Status', 'StatusCode', 'StartDate', 'EndDate', 'ContractTerm', f.contractValue)} ` +
      `FROM Contract WHERE AccountId = ${id} ORDER BY EndDate DESC NULLS LAST LIMIT ${CONTRACT_LIMIT}`,
    contacts: `SELECT ${fieldList('Id', 'Name', 'Email', 'Title', f.contactLeft)} FROM Contact WHERE AccountId = ${id} ORDER BY Name LIMIT ${CONTACT_LIMIT}`,
    // Feedback Management. An NPS answer is a SurveyQuestionResponse (NumberValue) to a question of
    // type NPS. It belongs to the account through SurveySubject, the documented link between a
    // survey and a record: its ParentId is the SurveyInvitation (or SurveyResponse) and its
    // SubjectId the record. Records are associated with the *invitation* when a survey is sent
    // from or about them (the Send Survey Invitation flow action, invitation rules, the Connect
    // API's associateRecordIds), so the filter goes through the answer's InvitationId. (SOQL allows
    // no OR between semi-joins, so the two parents cannot both be asked in one query.) The
    // respondent is the response's submitter, usually a Contact.
    nps:
      `SELECT Id, NumberValue, CreatedDate, InvitationId, Response.SubmitterId, Response.Submitter.Name, Response.CompletionDateTime ` +
      `FROM SurveyQuestionResponse WHERE Question.QuestionType = 'NPS' AND InvitationId IN (SELECT ParentId FROM SurveySubject WHERE SubjectId = ${id}) ` +
      `ORDER BY CreatedDate DESC LIMIT ${NPS_LIMIT}`,
  };
}

/** The reference ids of one account view's subrequests. */
export type SubrequestName = 'record' | 'account' | 'owner' | 'champion' | ListName;

/**
 * The composite request of one account view — one round trip. The Account is read with an sObject
 * GET (not a query: queries are limited to five per composite call, and the five lists need them
 * all). On a Contact, Opportunity, Case or Contract page the first subrequest reads the record's
 * AccountId and the others refer to it (`@{record.AccountId}`). allOrNone is false: a list the
 * org cannot answer fails on its own.
 *
 * The Account row is read whole (no `fields=`): a mapped field the org lacks then blanks only the
 * part it feeds (the mapper sees it missing from the row) instead of failing the account and with
 * it the whole view; CurrencyIsoCode, which exists only in multi-currency orgs, comes when present.
 */
export function buildCompositeRequest(ref: { objectType: string; recordId: string }, settings: SalesforceSettings): SfCompositeRequest {
  const link = ACCOUNT_LINK[ref.objectType];
  if (link === undefined) throw new TypeError(`No account view for ${ref.objectType} records`);
  const recordId = recordIdOrReference(ref.recordId);
  const sub: SfCompositeSubrequest[] = [];
  const get = (referenceId: SubrequestName, url: string) => sub.push({ method: 'GET', url: `${API_BASE}${url}`, referenceId });

  let accountId = recordId;
  if (link !== null) {
    get('record', `/sobjects/${ref.objectType}/${recordId}?fields=${link}`);
    accountId = `@{record.${link}}`;
  }
  get('account', `/sobjects/Account/${accountId}`);
  get('owner', `/sobjects/User/@{account.OwnerId}?fields=Name`);
  const f = settings.fields;
  // The champion by id, so that it is there however many contacts the account has.
  if (f.champion) get('champion', `/sobjects/Contact/@{account.${fieldName(f.champion)}}?fields=${fieldList('Id', 'Name', 'Email', 'Title', 'AccountId', f.contactLeft).replaceAll(' ', '')}`);
  const queries = accountQueries(settings, accountId);
  for (const name of LISTS) {
    // The reference must stay literal for Salesforce to replace it; the rest is URL-encoded.
    const q = encodeURIComponent(queries[name]).replaceAll(encodeURIComponent(accountId), accountId);
    get(name, `/query?q=${q}`);
  }
  return { allOrNone: false, compositeRequest: sub };
}
