import { SalesforceSettingsSchema, type SalesforceSettings } from '../../lib/settings/salesforce-settings';
import { ACME_FIELDS } from './acme-fields.ts';

export { ACME_FIELDS };

/** Acme's settings: the defaults with its admin's field mapping. */
export const ACME_SALESFORCE_SETTINGS: SalesforceSettings = SalesforceSettingsSchema.parse({ fields: ACME_FIELDS });
