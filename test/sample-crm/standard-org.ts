// The second sample org, "Globex": an org nobody on the team set up. Standard objects and fields
// only (none of Acme's custom fields), Feedback Management on with a free-text comment beside each
// NPS answer, Opportunity record types, multi-currency. Its records are Acme's book, reshaped as
// such an org holds them. It plays Salesforce: nothing here comes from lib/.
import { buildSampleBook, id18, type SampleBook, type SfRecord } from './book.ts';

const DAY = 86_400_000;
/** Record types of Opportunity in the standard org (Master is implicit). */
export const STANDARD_ORG_RECORD_TYPES = ['New Business', 'Renewal'] as const;

const withoutCustomFields = <T extends SfRecord>(row: T): T =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !/__c$/i.test(k))) as T;

/**
 * Globex's book. The Korean account (`roles.korean`) has no renewal opportunity here, only its
 * active 12-month contract ending in 75 days: the renewal must come from the contract.
 */
export function buildStandardOrgBook(today: Date): SampleBook {
  const acme = buildSampleBook(today);
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 9, 0, 0);
  const date = (daysFromToday: number) => new Date(base + daysFromToday * DAY).toISOString().slice(0, 10);
  const recordTypes: SfRecord[] = STANDARD_ORG_RECORD_TYPES.map((name, i) => ({
    Id: id18(`012Sa00000000${String(i + 1).padStart(2, '0')}`),
    Name: name,
    DeveloperName: name.replace(/\W/g, '_'),
    SobjectType: 'Opportunity',
    IsActive: true,
  }));
  const [newBusiness, renewal] = recordTypes as [SfRecord, SfRecord];
  const korean = acme.roles.korean;

  const opportunities = acme.opportunities
    .filter((o) => !(o.AccountId === korean && o.Type === 'Renewal'))
    .map((o) => ({ ...withoutCustomFields(o), RecordTypeId: o.Type === 'Renewal' ? renewal.Id : newBusiness.Id }));
  const contracts = acme.contracts.map((c) => {
    const plain = withoutCustomFields(c);
    if (c.AccountId !== korean) return plain;
    return { ...plain, StartDate: date(75 - 365), EndDate: date(75), ContractTerm: 12, Status: 'Activated', StatusCode: 'Activated' };
  });

  // Each NPS answer gets its comment: the free-text answer of the same survey response.
  const commentQuestion: SfRecord = {
    Id: id18('0KcSa0000000099'),
    Name: 'What is the main reason for your score?',
    QuestionType: 'FreeText',
    DeveloperName: 'reason',
  };
  const comments = acme.surveyResponses.map((r, n): SfRecord => ({
    Id: id18(`0LASb${String(n + 1).padStart(10, '0')}`),
    NumberValue: null,
    ResponseValue: Number(r.NumberValue) >= 9 ? 'The reporting saves us hours every week.' : 'Support takes too long to answer.',
    CreatedDate: r.CreatedDate,
    InvitationId: r.InvitationId,
    ResponseId: r.ResponseId,
    QuestionId: commentQuestion.Id,
    Response: r.Response,
    Question: { QuestionType: 'FreeText' },
  }));

  // Globex Manufacturing's Last Activity Date is 50 days old, but the CSM logged a call two days
  // ago as a task without a due date (which Last Activity Date does not count) and met them 12
  // days ago; the task due in 5 days is a plan, not a touch.
  const stamp = (daysFromToday: number) => new Date(base + daysFromToday * DAY).toISOString().replace('Z', '+0000');
  const atRisk = acme.roles.atRisk;
  const tasks: SfRecord[] = [
    {
      Id: id18('00TSa0000000001'),
      Subject: 'Call: renewal risk review',
      WhatId: atRisk,
      ActivityDate: null,
      Status: 'Completed',
      IsClosed: true,
      // Two days and an hour before the org was built, whatever the time of day: two whole days since.
      LastModifiedDate: new Date(today.getTime() - 2 * DAY - DAY / 24).toISOString().replace('Z', '+0000'),
    },
    {
      Id: id18('00TSa0000000002'),
      Subject: 'Send the QBR deck',
      WhatId: atRisk,
      ActivityDate: date(5),
      Status: 'Not Started',
      IsClosed: false,
      LastModifiedDate: stamp(-1),
    },
  ];
  const events: SfRecord[] = [
    {
      Id: id18('00USa0000000001'),
      Subject: 'On-site visit',
      WhatId: atRisk,
      ActivityDate: date(-12),
      ActivityDateTime: stamp(-12),
      LastModifiedDate: stamp(-11),
    },
  ];

  return {
    ...acme,
    tasks,
    events,
    orgId: id18('00DSa0000000002'),
    accounts: acme.accounts.map(withoutCustomFields),
    contacts: acme.contacts.map(withoutCustomFields),
    opportunities,
    contracts,
    recordTypes,
    surveyQuestions: [...acme.surveyQuestions, commentQuestion],
    surveyResponses: [...acme.surveyResponses.map((r) => ({ ...r, ResponseValue: null })), ...comments],
  };
}
