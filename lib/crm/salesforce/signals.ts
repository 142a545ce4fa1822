import type { Signal } from '../field-suggestions';
import { fieldOf, type CrmSchema } from '../schema';
import type { SalesforceSettings } from '../../settings/salesforce-settings';

/** The signals a Salesforce org maps, each a setting of the same name, and the object its field lives on. */
export const SALESFORCE_SIGNALS: ReadonlyArray<{ signal: Signal; object: 'Account' | 'Contact' }> = [
  { signal: 'arr', object: 'Account' },
  { signal: 'seats', object: 'Account' },
  { signal: 'activeUsers', object: 'Account' },
  { signal: 'lastLogin', object: 'Account' },
  { signal: 'logins', object: 'Account' },
  { signal: 'featuresUsed', object: 'Account' },
  { signal: 'featuresTotal', object: 'Account' },
  { signal: 'champion', object: 'Account' },
  { signal: 'contactLeft', object: 'Contact' },
  { signal: 'renewalDate', object: 'Account' },
  { signal: 'overdueInvoiceDate', object: 'Account' },
  { signal: 'churned', object: 'Account' },
];

export type HealthMeasure = 'usage' | 'adoption' | 'nps' | 'support' | 'finance' | 'relationship';

/**
 * Which health measures can get data in this org with these mappings: NPS, support and the
 * relationship come from standard objects where the org has them; usage, adoption and finance
 * only from mapped fields the org has.
 */
export function measuresWithSource(fields: SalesforceSettings['fields'], schema: CrmSchema): Set<HealthMeasure> {
  const has = (object: string, name: string) => name !== '' && fieldOf(schema, object, name) !== null;
  const out = new Set<HealthMeasure>();
  if ((has('Account', fields.activeUsers) && has('Account', fields.seats)) || has('Account', fields.logins)) out.add('usage');
  if (has('Account', fields.featuresUsed) && has('Account', fields.featuresTotal)) out.add('adoption');
  if (has('Account', fields.overdueInvoiceDate)) out.add('finance');
  if (schema.objects.SurveyQuestionResponse && schema.objects.SurveySubject) out.add('nps');
  if (schema.objects.Case) out.add('support');
  if (schema.objects.Contact) out.add('relationship');
  return out;
}

/** The org's values for each picklist setting: Opportunity Types, Account Types, Case priorities, record types. */
export function picklistChoices(
  schema: CrmSchema,
): Record<'renewalOpportunityTypes' | 'churnedAccountTypes' | 'urgentCasePriorities' | 'renewalRecordTypeNames', string[]> {
  const values = (object: string, field: string) => schema.objects[object]?.fields.find((f) => f.name === field)?.picklistValues ?? [];
  return {
    renewalOpportunityTypes: values('Opportunity', 'Type'),
    churnedAccountTypes: values('Account', 'Type'),
    urgentCasePriorities: values('Case', 'Priority'),
    renewalRecordTypeNames: values('Opportunity', 'RecordTypeId'),
  };
}
