import type { CrmProfile } from '../connector';
import { hubspotErrorWords } from './error-words';
import { parseHubSpotSettings, type HubSpotSettings } from './settings';

/** HubSpot as the pages know it: a token per portal, pasted in Settings; each portal is a book. */
export const hubspotProfile = {
  crm: 'hubspot',
  name: 'HubSpot',
  errorWords: hubspotErrorWords,
  login: 'token',
  // A token per portal: each connected portal is a book, whatever record pages were opened.
  bookSources: 'connections',
  settingsKey: 'settings.hubspot',
  parseSettings: parseHubSpotSettings,
} as const satisfies CrmProfile<'hubspot', HubSpotSettings>;
