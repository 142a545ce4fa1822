import type { SalesforceFieldSetting, SalesforceSettings } from '../../settings/salesforce-settings';
import { fieldOf, type CrmSchema } from '../schema';

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
/** NPS answers and their text comments. */
export const NPS_LIMIT = 1000;

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
  const escaped = value.replace(
    /[\\'"\n\r\t\b\f]/g,
    (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' })[c]!,
  );
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

const fieldList = (...fields: Array<string | false | undefined>) =>
  [...new Set(fields.filter((f): f is string => Boolean(f)).map(fieldName))].join(', ');

export type ListName = 'cases' | 'opportunities' | 'contracts' | 'contacts' | 'nps';
export const LISTS: readonly ListName[] = ['cases', 'opportunities', 'contracts', 'contacts', 'nps'];

/** Why a list is not asked for: the org lacks its object (Feedback Management for NPS). */
export type SkipReason = 'no-feedback-management' | 'no-object';
/** A list of the view: its SOQL, or why it is not sent (a mapped field the org lacks, an absent object). */
export type ListPlan = { soql: string } | { skip: SkipReason } | { invalid: SalesforceFieldSetting };

/**
 * Whether the org has a field path on `object`: a plain field, or a relationship path whose
 * first hop is a lookup the object has (`RecordType.Name` → RecordTypeId, `Champion__r.Name` → Champion__c).
 */
export function hasField(schema: CrmSchema, object: string, path: string): boolean {
  const [head, ...rest] = path.split('.');
  if (!head) return false;
  if (!rest.length) return fieldOf(schema, object, head) !== null;
  const lookup = /__r$/i.test(head) ? `${head.slice(0, -3)}__c` : `${head}Id`;
  return fieldOf(schema, object, lookup)?.type === 'reference';
}

/** The fields of `wanted` the org has on `object`, in order: the query builder never names another. */
export function selectable(schema: CrmSchema, object: string, wanted: ReadonlyArray<string | false | undefined>): string[] {
  return wanted.filter((f): f is string => Boolean(f) && hasField(schema, object, f as string));
}

/** The object each mapped field lives on. */
export const FIELD_OBJECT: Record<SalesforceFieldSetting, string> = {
  arr: 'Account',
  seats: 'Account',
  activeUsers: 'Account',
  previousActiveUsers: 'Account',
  lastLogin: 'Account',
  logins: 'Account',
  featuresUsed: 'Account',
  featuresTotal: 'Account',
  champion: 'Account',
  renewalDate: 'Account',
  overdueInvoiceDate: 'Account',
  churned: 'Account',
  contactLeft: 'Contact',
  contractValue: 'Contract',
};

/** Mapped fields the org does not have (never sent; their parts say which setting to fix). */
export function unmappableSettings(settings: SalesforceSettings, schema: CrmSchema): SalesforceFieldSetting[] {
  return (Object.keys(FIELD_OBJECT) as SalesforceFieldSetting[]).filter(
    (k) => settings.fields[k] !== '' && !hasField(schema, FIELD_OBJECT[k], settings.fields[k]),
  );
}

// The text answer of the same survey response is the NPS answer's comment.
const NPS_QUESTION_TYPES = "('NPS', 'FreeText', 'ShortText')";

/** The lists read through the Account's child relationships (NPS goes through SurveySubject). */
export type ChildListName = Exclude<ListName, 'nps'>;
export const CHILD_LISTS: readonly ChildListName[] = ['cases', 'opportunities', 'contracts', 'contacts'];

/** One child list without its account filter: the account view and the book (as a subquery) share it. */
export interface ListShape {
  object: string;
  /** The Account's child relationship to the object (standard objects: the plural). */
  relationship: string;
  select: string;
  /** The filter besides the account, or null. */
  filter: string | null;
  /** ORDER BY … LIMIT … */
  order: string;
}

/**
 * The child lists of an account, each built from fields the org has: a list whose object the org
 * lacks is not sent, nor one that would need a mapped field the org lacks.
 */
export function childListShapes(
  settings: SalesforceSettings,
  schema: CrmSchema,
): Record<ChildListName, ListShape | Exclude<ListPlan, { soql: string }>> {
  const f = settings.fields;
  const days = settings.caseHistoryDays;
  const missing = new Set(unmappableSettings(settings, schema));
  // Lists need their object and the fields they filter and sort on; they select what the org has.
  const shape = (
    object: string,
    relationship: string,
    needs: string[],
    build: () => Omit<ListShape, 'object' | 'relationship'>,
  ): ListShape | { skip: SkipReason } =>
    schema.objects[object] && needs.every((n) => hasField(schema, object, n))
      ? { object, relationship, ...build() }
      : { skip: 'no-object' };
  return {
    // Only what ticket aging needs, so an account with 10,000 old cases opens as fast as any: every
    // open case, plus those created or closed in the window (aging buckets, SLA breaches and the
    // unresolved ratio look no further back). Open ones first (ClosedDate null), then the most
    // recently closed; the cap can only cut the oldest closed ones. Records, not COUNT(): aging
    // needs each case's dates and priority, and a count is all COUNT() would give.
    cases: shape('Case', 'Cases', ['AccountId', 'IsClosed', 'CreatedDate', 'ClosedDate'], () => ({
      select: fieldList(
        ...selectable(schema, 'Case', ['Id', 'CaseNumber', 'Subject', 'Status', 'IsClosed', 'Priority', 'CreatedDate', 'ClosedDate']),
      ),
      filter: `(IsClosed = false OR CreatedDate = LAST_N_DAYS:${days} OR ClosedDate = LAST_N_DAYS:${days})`,
      order: `ORDER BY ClosedDate DESC NULLS FIRST, CreatedDate DESC LIMIT ${CASE_LIMIT}`,
    })),
    // RecordType.Name only in orgs with Opportunity record types: elsewhere there is no such field,
    // and asking for it would fail the whole list.
    opportunities: shape('Opportunity', 'Opportunities', ['AccountId', 'CloseDate'], () => ({
      select: selectable(schema, 'Opportunity', [
        'Id',
        'Name',
        'Type',
        'StageName',
        'Amount',
        'CloseDate',
        'IsClosed',
        'IsWon',
        'RecordType.Name',
      ]).join(', '),
      filter: null,
      order: `ORDER BY CloseDate DESC NULLS LAST LIMIT ${OPPORTUNITY_LIMIT}`,
    })),
    // StatusCode is the status category (Draft / InApproval / Activated / Terminated / Expired);
    // Status is the org's own picklist label for it. A contract value the org lacks is left out
    // (the account names the setting): the contract still gives the renewal date.
    contracts: shape('Contract', 'Contracts', ['AccountId', 'EndDate'], () => ({
      select: fieldList(
        ...selectable(schema, 'Contract', [
          'Id',
          'ContractNumber',
          'Status',
          'StatusCode',
          'StartDate',
          'EndDate',
          'ContractTerm',
          !missing.has('contractValue') && f.contractValue,
        ]),
      ),
      filter: null,
      order: `ORDER BY EndDate DESC NULLS LAST LIMIT ${CONTRACT_LIMIT}`,
    })),
    contacts: missing.has('contactLeft')
      ? { invalid: 'contactLeft' }
      : shape('Contact', 'Contacts', ['AccountId', 'Name'], () => ({
          select: fieldList(...selectable(schema, 'Contact', ['Id', 'Name', 'Email', 'Title', f.contactLeft])),
          filter: null,
          order: `ORDER BY Name LIMIT ${CONTACT_LIMIT}`,
        })),
  };
}

/**
 * The five list queries of one account view (the composite limit on queries is five), each built
 * from fields the org has: a list whose object the org lacks is not sent, nor one that would need
 * a mapped field the org lacks.
 */
export function accountQueries(settings: SalesforceSettings, accountId: string, schema: CrmSchema): Record<ListName, ListPlan> {
  const id = soqlString(recordIdOrReference(accountId));
  const shapes = childListShapes(settings, schema);
  const child = (name: ChildListName): ListPlan => {
    const s = shapes[name];
    return 'select' in s
      ? { soql: `SELECT ${s.select} FROM ${s.object} WHERE AccountId = ${id} ${s.filter ? `AND ${s.filter} ` : ''}${s.order}` }
      : s;
  };
  return {
    cases: child('cases'),
    opportunities: child('opportunities'),
    contracts: child('contracts'),
    contacts: child('contacts'),
    // Feedback Management. An NPS answer is a SurveyQuestionResponse (NumberValue) to a question of
    // type NPS; its comment is the text answer (ResponseValue) of the same SurveyResponse. Answers
    // belong to the account through SurveySubject, the documented link between a survey and a
    // record: its ParentId is the SurveyInvitation (or SurveyResponse) and its SubjectId the
    // record. Records are associated with the *invitation* when a survey is sent from or about them
    // (the Send Survey Invitation flow action, invitation rules, the Connect API's
    // associateRecordIds), so the filter goes through the answer's InvitationId. (SOQL allows no OR
    // between semi-joins, so the two parents cannot both be asked in one query.) The respondent is
    // the response's submitter, usually a Contact.
    nps: npsList(schema, `= ${id}`, NPS_LIMIT),
  };
}

/**
 * The NPS answers (and their text comments) about the accounts `subjects` names (`= '001…'` or
 * `IN ('001…', …)`), with the invitation that links each to its account.
 */
export function npsList(schema: CrmSchema, subjects: string, limit: number): ListPlan {
  if (!schema.objects.SurveySubject) return { skip: 'no-feedback-management' };
  const needs = ['NumberValue', 'InvitationId', 'Question.QuestionType'];
  if (!schema.objects.SurveyQuestionResponse || !needs.every((n) => hasField(schema, 'SurveyQuestionResponse', n)))
    return { skip: 'no-feedback-management' };
  const comments = hasField(schema, 'SurveyQuestionResponse', 'ResponseValue');
  const fields = selectable(schema, 'SurveyQuestionResponse', [
    'Id',
    'NumberValue',
    comments && 'ResponseValue',
    'CreatedDate',
    'InvitationId',
    'ResponseId',
    'Question.QuestionType',
    'Response.SubmitterId',
    'Response.Submitter.Name',
    'Response.CompletionDateTime',
  ]);
  return {
    soql:
      `SELECT ${fields.join(', ')} FROM SurveyQuestionResponse WHERE Question.QuestionType ${comments ? `IN ${NPS_QUESTION_TYPES}` : "= 'NPS'"} ` +
      `AND InvitationId IN (SELECT ParentId FROM SurveySubject WHERE SubjectId ${subjects}) ORDER BY CreatedDate DESC LIMIT ${limit}`,
  };
}
