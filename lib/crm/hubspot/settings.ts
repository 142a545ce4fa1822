import { z } from 'zod';

// A property's internal name (`arr`, `hs_lastmodifieddate`): HubSpot makes them lower-case; empty
// means "not mapped".
const property = (fallback: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?:[a-z][a-z0-9_]*)?$/, 'Not a property internal name')
    .default(fallback);
const list = (fallback: string[]) => z.array(z.string().trim()).default(fallback);

/** Company properties a CS team usually adds (none of them is standard, except the last activity). */
export const DEFAULT_HUBSPOT_PROPERTIES = {
  /** Company: annual recurring revenue (number). Not `annualrevenue`: that is the customer's own revenue. */
  arr: 'arr',
  /** Company: licensed seats (number). */
  seats: 'licensed_seats',
  /** Company: active users this period (number). */
  activeUsers: 'active_users',
  /** Company: active users the period before (number); feeds the "usage fell" rule. */
  previousActiveUsers: 'active_users_previous_period',
  /** Company: last login of any user (date/time); the usage figures' "as of". */
  lastLogin: 'last_login',
  /** Company: the champion's contact id (number or text); an association label can say it too. */
  champion: 'champion_contact_id',
  /** Contact: checkbox "left the company / changed role". */
  contactLeft: 'left_company',
  /** Company: renewal date (date), used when no open renewal deal gives one. */
  renewalDate: 'renewal_date',
  /** Company: due date of the oldest unpaid invoice (date), empty when nothing is overdue. */
  overdueInvoiceDate: 'oldest_overdue_invoice_date',
  /** Company: the CSM's last touch. HubSpot's own "Last Activity Date". */
  lastActivity: 'notes_last_updated',
  /** Company: checkbox "churned"; not mapped by default (the lifecycle stages below decide). */
  churned: '',
} as const;
export type HubSpotPropertySetting = keyof typeof DEFAULT_HUBSPOT_PROPERTIES;

const PROPERTY_FIELDS = Object.fromEntries(Object.entries(DEFAULT_HUBSPOT_PROPERTIES).map(([key, name]) => [key, property(name)])) as {
  [K in HubSpotPropertySetting]: ReturnType<typeof property>;
};

const FIELDS = {
  version: z.literal(1).default(1),
  /** `dealtype` values that mean renewal (HubSpot's own "Existing Business"). */
  renewalDealTypes: list(['existingbusiness']),
  /** Deal pipelines (id or label) whose deals are renewals; empty: pipelines do not decide. */
  renewalPipelines: list([]),
  /** Company lifecycle stages that mean the customer left. */
  churnedLifecycleStages: list([]),
  /** Ticket priorities (hs_ticket_priority values) that mean urgent. */
  urgentTicketPriorities: list(['URGENT']),
  /** The association label on company ↔ contact that marks the champion. */
  championLabel: z.string().trim().default('Champion'),
};

/**
 * What differs per portal (the options page saves it whole, checked with this schema). A mapped
 * property the portal lacks fails only the part it feeds, as `invalid-field` naming the setting.
 */
export const HubSpotSettingsSchema = z.object({
  ...FIELDS,
  properties: z.object(PROPERTY_FIELDS).default({ ...DEFAULT_HUBSPOT_PROPERTIES }),
});
export type HubSpotSettings = z.infer<typeof HubSpotSettingsSchema>;

export const DEFAULT_HUBSPOT_SETTINGS: HubSpotSettings = HubSpotSettingsSchema.parse({});

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
/** Each value through its own schema, its default when it does not pass. */
function valueByValue<F extends Record<string, z.ZodType>>(fields: F, input: Record<string, unknown>): { [K in keyof F]: z.infer<F[K]> } {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => {
      const parsed = schema.safeParse(input[key]);
      return [key, parsed.success ? parsed.data : schema.parse(undefined)];
    }),
  ) as { [K in keyof F]: z.infer<F[K]> };
}

/** Stored settings with the default for whatever is missing or invalid, value by value, so one bad entry never throws away the others. */
export function parseHubSpotSettings(raw: unknown): HubSpotSettings {
  const input = record(raw);
  return { ...valueByValue(FIELDS, input), properties: valueByValue(PROPERTY_FIELDS, record(input.properties)) };
}
