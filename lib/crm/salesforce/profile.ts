import type { CrmProfile } from '../connector';
import { parseSalesforceSettings, type SalesforceSettings } from '../../settings/salesforce-settings';

/** Salesforce as the pages know it: the browser's own login to the org reaches the API. */
export const salesforceProfile = {
  crm: 'salesforce',
  name: 'Salesforce',
  login: 'browser',
  bookListWords: {
    en: { list: 'list view', none: 'This org has no Account list views the book can read.' },
    ko: { list: '목록 보기', none: '이 조직에는 담당 고객 현황이 읽을 수 있는 거래처(Account) 목록 보기가 없습니다.' },
  },
  settingsKey: 'settings.salesforce',
  parseSettings: parseSalesforceSettings,
} as const satisfies CrmProfile<'salesforce', SalesforceSettings>;
