import type { Crm } from '../pages/record-ref';
import type { CrmProfile } from './connector';
import { hubspotProfile } from './hubspot/profile';
import { salesforceProfile } from './salesforce/profile';

/** Every CRM's profile, one line each: what pages import instead of the connectors (registry.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each CRM has its own settings type
const PROFILES: { [C in Crm]: CrmProfile<C, any> } = {
  salesforce: salesforceProfile,
  hubspot: hubspotProfile,
};

export const profileOf = <C extends Crm>(crm: C): CrmProfile<C> => PROFILES[crm] as CrmProfile<C>;
