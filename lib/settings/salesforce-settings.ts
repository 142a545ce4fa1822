import { z } from 'zod';

const field = z.string().trim();

/**
 * What differs per org. Every custom field is a setting; an empty string means "not mapped",
 * and the part it feeds is then shown as missing rather than failing.
 */
export const SalesforceSettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** Opportunity Type values that mean renewal ("Renewal" is not a standard value). */
  renewalOpportunityTypes: z.array(z.string()).default(['Renewal', 'Existing Customer - Renewal']),
  /** Account Type values that mean the customer has churned. */
  churnedAccountTypes: z.array(z.string()).default(['Former Customer']),
  /** Case Priority values that mean urgent (standard picklists stop at High). */
  urgentCasePriorities: z.array(z.string()).default(['Critical', 'Urgent']),
  defaultCurrency: z.string().length(3).default('USD'),
  fields: z
    .object({
      arr: field.default('ARR__c'),
      seats: field.default('Licensed_Seats__c'),
      activeUsers: field.default('Active_Users__c'),
      previousActiveUsers: field.default('Active_Users_Prev_Period__c'),
      lastLogin: field.default('Last_Login__c'),
      champion: field.default('Champion__c'),
      contactLeft: field.default('Left_Company__c'),
      renewalDate: field.default('Renewal_Date__c'),
      overdueInvoiceDate: field.default('Oldest_Overdue_Invoice_Date__c'),
      contractValue: field.default('Contract_Value__c'),
    })
    .default({
      arr: 'ARR__c',
      seats: 'Licensed_Seats__c',
      activeUsers: 'Active_Users__c',
      previousActiveUsers: 'Active_Users_Prev_Period__c',
      lastLogin: 'Last_Login__c',
      champion: 'Champion__c',
      contactLeft: 'Left_Company__c',
      renewalDate: 'Renewal_Date__c',
      overdueInvoiceDate: 'Oldest_Overdue_Invoice_Date__c',
      contractValue: 'Contract_Value__c',
    }),
});
export type SalesforceSettings = z.infer<typeof SalesforceSettingsSchema>;
export type SalesforceFieldSetting = keyof SalesforceSettings['fields'];

export const DEFAULT_SALESFORCE_SETTINGS: SalesforceSettings = SalesforceSettingsSchema.parse({});

/** Stored settings, with defaults for whatever is missing or invalid. */
export function parseSalesforceSettings(raw: unknown): SalesforceSettings {
  const parsed = SalesforceSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SALESFORCE_SETTINGS;
}
