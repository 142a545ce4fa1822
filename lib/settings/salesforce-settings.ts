import { z } from 'zod';

// A field API name (`ARR__c`, `LastActivityDate`), or empty for "not mapped".
const field = z
  .string()
  .trim()
  .regex(/^(?:[A-Za-z][A-Za-z0-9_]*)?$/, 'Not a field API name');
// Lists of picklist values; blank entries are ignored where the values are used.
const list = z.array(z.string());

// Default field names of the mapping (custom fields an org typically adds for customer success).
const DEFAULT_FIELDS = {
  /** Account: annual recurring revenue (currency). */
  arr: 'ARR__c',
  /** Account: licensed seats (number). */
  seats: 'Licensed_Seats__c',
  /** Account: active users this period (number). */
  activeUsers: 'Active_Users__c',
  /** Account: active users the period before (number); feeds the "usage fell" rule. */
  previousActiveUsers: 'Active_Users_Prev_Period__c',
  /** Account: last login of any user (date/time); the usage figures' "as of". */
  lastLogin: 'Last_Login__c',
  /** Account: lookup to the champion Contact. */
  champion: 'Champion__c',
  /** Contact: checkbox "left the company / changed role". */
  contactLeft: 'Left_Company__c',
  /** Account: renewal date (date), the last resort for the renewal date. */
  renewalDate: 'Renewal_Date__c',
  /** Account: due date of the oldest unpaid invoice (date), empty when nothing is overdue. */
  overdueInvoiceDate: 'Oldest_Overdue_Invoice_Date__c',
  /** Contract: total contract value (currency); Contract has no standard amount field. */
  contractValue: 'Contract_Value__c',
  /** Account: checkbox "churned"; not mapped by default (the Account Type values below decide). */
  churned: '',
} as const;

/**
 * What differs per org. Every custom field is a setting; an empty string means "not mapped", and
 * the part it feeds is then `missing` rather than failing. A mapped field the org lacks fails only
 * its own part, as `invalid-field` naming the setting.
 */
export const SalesforceSettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** Opportunity Type values that mean renewal ("Renewal" is not a standard value). */
  renewalOpportunityTypes: list.default(['Renewal', 'Existing Customer - Renewal']),
  /** Opportunity record type names that mean renewal; empty: record types are not used for this. */
  renewalRecordTypeNames: list.default([]),
  /** Account Type values that mean the customer has churned. */
  churnedAccountTypes: list.default(['Former Customer']),
  /** Case Priority values that mean urgent (the standard picklist stops at High). */
  urgentCasePriorities: list.default(['Critical', 'Urgent']),
  /** The org's currency when records carry no CurrencyIsoCode (single-currency orgs). */
  defaultCurrency: z.string().trim().regex(/^[A-Za-z]{3}$/).toUpperCase().default('USD'),
  /** Closed cases are read back this many days (open ones always); at least the ticket window of the metrics. */
  caseHistoryDays: z.number().int().min(1).max(3650).default(90),
  fields: z
    .object({
      arr: field.default(DEFAULT_FIELDS.arr),
      seats: field.default(DEFAULT_FIELDS.seats),
      activeUsers: field.default(DEFAULT_FIELDS.activeUsers),
      previousActiveUsers: field.default(DEFAULT_FIELDS.previousActiveUsers),
      lastLogin: field.default(DEFAULT_FIELDS.lastLogin),
      champion: field.default(DEFAULT_FIELDS.champion),
      contactLeft: field.default(DEFAULT_FIELDS.contactLeft),
      renewalDate: field.default(DEFAULT_FIELDS.renewalDate),
      overdueInvoiceDate: field.default(DEFAULT_FIELDS.overdueInvoiceDate),
      contractValue: field.default(DEFAULT_FIELDS.contractValue),
      churned: field.default(DEFAULT_FIELDS.churned),
    })
    .default({ ...DEFAULT_FIELDS }),
});
export type SalesforceSettings = z.infer<typeof SalesforceSettingsSchema>;
export type SalesforceFieldSetting = keyof SalesforceSettings['fields'];

export const DEFAULT_SALESFORCE_SETTINGS: SalesforceSettings = SalesforceSettingsSchema.parse({});

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * Stored settings, with the default for whatever is missing or invalid — value by value, so one
 * bad entry (say a currency "usd$") does not throw away the user's field mappings.
 */
export function parseSalesforceSettings(raw: unknown): SalesforceSettings {
  const whole = SalesforceSettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const input = record(raw);
  const repaired: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'fields') continue;
    if (SalesforceSettingsSchema.safeParse({ [key]: value }).success) repaired[key] = value;
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record(input.fields))) {
    if (SalesforceSettingsSchema.safeParse({ fields: { [key]: value } }).success) fields[key] = value;
  }
  return SalesforceSettingsSchema.parse({ ...repaired, fields });
}
