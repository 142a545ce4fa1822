import type { Crm } from '../pages/record-ref';
import type { CrmConnector } from './connector';
import { hubspotConnector } from './hubspot/connector';
import { salesforceConnector } from './salesforce/connector';

/** Every CRM Success Lens speaks to: one line each. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each connector has its own settings type
const CONNECTORS: { [C in Crm]: CrmConnector<C, any> } = {
  salesforce: salesforceConnector,
  hubspot: hubspotConnector,
};

export function connectorFor<C extends Crm>(crm: C): CrmConnector<C, unknown> {
  return CONNECTORS[crm] as CrmConnector<C, unknown>;
}
