import { z } from 'zod';

// A field API name (`ARR__c`, `LastActivityDate`), or empty for "not mapped".
const field = z
  .string()
  .trim()
  .regex(/^(?:[A-Za-z][A-Za-z0-9_]*)?$/, 'Not a field API name');
// Lists of picklist values; blank entries are ignored where the values are used.
const list = z.array(z.string());

// The field mapping, empty by default: every org names its customer-success fields differently,
// and a default that names a field the org lacks would only fail. The settings page suggests the
// org's own fields (lib/crm/field-suggestions.ts); what is not mapped is `missing`, not an error.
export const SALESFORCE_FIELD_SETTINGS = [
  /** Account: annual recurring revenue (currency). */
  'arr',
  /** Account: licensed seats (number). */
  'seats',
  /** Account: active users this period (number). */
  'activeUsers',
  /** Account: active users the period before (number); feeds the "usage fell" rule. */
  'previousActiveUsers',
  /** Account: last login of any user (date/time); the usage figures' "as of". */
  'lastLogin',
  /** Account: logins this period (number); usage when seats are unknown. */
  'logins',
  /** Account: key features in use (number). */
  'featuresUsed',
  /** Account: key features of the product (number). */
  'featuresTotal',
  /** Account: lookup to the champion Contact. */
  'champion',
  /** Contact: checkbox "left the company / changed role". */
  'contactLeft',
  /** Account: renewal date (date), the last resort for the renewal date. */
  'renewalDate',
  /** Account: due date of the oldest unpaid invoice (date), empty when nothing is overdue. */
  'overdueInvoiceDate',
  /** Contract: total contract value (currency); Contract has no standard amount field. */
  'contractValue',
  /** Account: checkbox "churned" (besides the Account Type values below). */
  'churned',
] as const;
export type SalesforceFieldSetting = (typeof SALESFORCE_FIELD_SETTINGS)[number];
const NO_FIELDS = Object.fromEntries(SALESFORCE_FIELD_SETTINGS.map((k) => [k, ''])) as Record<SalesforceFieldSetting, ''>;

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
  defaultCurrency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/)
    .toUpperCase()
    .default('USD'),
  /** Closed cases are read back this many days (open ones always); at least the ticket window of the metrics. */
  caseHistoryDays: z.number().int().min(1).max(3650).default(90),
  fields: z
    .object(
      Object.fromEntries(SALESFORCE_FIELD_SETTINGS.map((k) => [k, field.default('')])) as Record<
        SalesforceFieldSetting,
        z.ZodDefault<typeof field>
      >,
    )
    .default({ ...NO_FIELDS }),
});
export type SalesforceSettings = z.infer<typeof SalesforceSettingsSchema>;

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
