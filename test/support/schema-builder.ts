import type { CrmSchema, FieldInfo } from '../../lib/crm/schema';

/**
 * A schema from field names, for tests of what is built from it: `…Id` and `…__c` lookups named
 * in `references` are references, everything else a string (the type does not matter there).
 */
export function schemaWith(objects: Record<string, readonly string[]>, references: readonly string[] = []): CrmSchema {
  const field = (name: string): FieldInfo => ({
    name,
    label: name,
    type: (/Id$/.test(name) && name !== 'Id') || references.includes(name) ? 'reference' : 'string',
    custom: /__c$/.test(name),
  });
  return {
    source: '00DSa0000000001',
    fetchedAt: '2026-11-22T12:00:00.000Z',
    objects: Object.fromEntries(Object.entries(objects).map(([name, fields]) => [name, { label: name, fields: fields.map(field) }])),
  };
}

/** The standard objects and fields an account view reads, as every org has them. */
export const STANDARD_FIELDS = {
  Account: ['Id', 'Name', 'Type', 'Industry', 'OwnerId', 'CreatedDate', 'LastActivityDate'],
  Case: ['Id', 'CaseNumber', 'Subject', 'Status', 'IsClosed', 'Priority', 'CreatedDate', 'ClosedDate', 'AccountId'],
  Opportunity: ['Id', 'Name', 'Type', 'StageName', 'Amount', 'CloseDate', 'IsClosed', 'IsWon', 'AccountId'],
  Contract: ['Id', 'ContractNumber', 'Status', 'StatusCode', 'StartDate', 'EndDate', 'ContractTerm', 'AccountId'],
  Contact: ['Id', 'Name', 'Email', 'Title', 'AccountId'],
  SurveyQuestionResponse: ['Id', 'NumberValue', 'ResponseValue', 'CreatedDate', 'InvitationId', 'ResponseId', 'QuestionId'],
  SurveySubject: ['Id', 'ParentId', 'SubjectId'],
} as const;
