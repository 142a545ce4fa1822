import type { CrmConnector } from '../connector';
import { crmError } from '../errors';

const notYet = () => ({ ok: false as const, error: crmError('not-connected', 'HubSpot connection not set up') });

/** HubSpot: a private-app token or Service Key per portal, kept by the background. */
export const hubspotConnector: CrmConnector<'hubspot', Record<string, never>> = {
  crm: 'hubspot',
  name: 'HubSpot',
  settingsKey: 'settings.hubspot',
  parseSettings: () => ({}),
  sourceOf: (ref) => ref.portalId,
  loadSnapshot: async () => notYet(),
  saveNote: async () => notYet(),
  checkConnection: async () => notYet(),
  readSchema: async () => notYet(),
};
