import type { SalesforceSettings } from '../../settings/salesforce-settings';

/** Stands for the account id inside SOQL until the composite reference is put in its place. */
export const ACCOUNT_ID = '__ACCOUNT_ID__';

const soqlString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const listOf = (...fields: Array<string | false>) => fields.filter((f): f is string => Boolean(f)).join(', ');

/**
 * The list queries of one account view (at most five: the composite limit on queries). Cases:
 * only what ticket aging needs — every open case plus those created or closed in the last 90
 * days, newest first — so an account with 10,000 old cases still opens fast.
 */
export function accountQueries(settings: SalesforceSettings): Record<'cases' | 'opportunities' | 'contracts' | 'contacts' | 'nps', string> {
  const id = soqlString(ACCOUNT_ID);
  const f = settings.fields;
  return {
    cases:
      `SELECT Id, CaseNumber, Subject, Status, IsClosed, Priority, CreatedDate, ClosedDate FROM Case ` +
      `WHERE AccountId = ${id} AND (IsClosed = false OR CreatedDate = LAST_N_DAYS:90 OR ClosedDate = LAST_N_DAYS:90) ` +
      `ORDER BY CreatedDate DESC LIMIT 5000`,
    opportunities:
      `SELECT Id, Name, Type, StageName, Amount, CloseDate, IsClosed, IsWon FROM Opportunity ` +
      `WHERE AccountId = ${id} ORDER BY CloseDate DESC LIMIT 200`,
    contracts:
      `SELECT ${listOf('Id', 'ContractNumber', 'Status', 'StartDate', 'EndDate', 'ContractTerm', f.contractValue)} FROM Contract ` +
      `WHERE AccountId = ${id} ORDER BY EndDate DESC LIMIT 50`,
    contacts: `SELECT ${listOf('Id', 'Name', 'Email', 'Title', f.contactLeft)} FROM Contact WHERE AccountId = ${id} LIMIT 200`,
    // Feedback Management: an NPS answer belongs to the account its survey response is about
    // (SurveySubject links the response to the account); the submitter is the respondent.
    nps:
      `SELECT Id, NumberValue, CreatedDate, Response.SubmitterId, Response.Submitter.Name FROM SurveyQuestionResponse ` +
      `WHERE Question.QuestionType = 'Nps' AND ResponseId IN (SELECT ParentId FROM SurveySubject WHERE SubjectId = ${id}) ` +
      `ORDER BY CreatedDate DESC LIMIT 500`,
  };
}
