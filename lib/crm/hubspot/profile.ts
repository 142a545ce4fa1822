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
  bookListWords: {
    en: { list: 'company list', none: 'This portal has no lists of companies.' },
    ko: { list: '회사 목록', none: '이 포털에는 회사 목록이 없습니다.' },
  },
  settingsKey: 'settings.hubspot',
  parseSettings: parseHubSpotSettings,
} as const satisfies CrmProfile<'hubspot', HubSpotSettings>;
