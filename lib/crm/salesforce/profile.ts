import type { CrmProfile } from '../connector';
import { parseSalesforceSettings, type SalesforceSettings } from '../../settings/salesforce-settings';

/** Salesforce as the pages know it: the browser's own login to the org reaches the API. */
export const salesforceProfile = {
  crm: 'salesforce',
  name: 'Salesforce',
  login: 'browser',
  settingsKey: 'settings.salesforce',
  parseSettings: parseSalesforceSettings,
} as const satisfies CrmProfile<'salesforce', SalesforceSettings>;
