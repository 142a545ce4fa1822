import type { BookView } from '../../lib/messages/book-client';
import { profileOf } from '../../lib/crm/profiles';
import { CRMS, type Crm } from '../../lib/pages/record-ref';
import { useFormat, useT } from '../i18n/i18n-context';
import { bookMessages } from './book-messages';

const crmOf = (name: string): Crm | null => ((CRMS as readonly string[]).includes(name) ? (name as Crm) : null);

/**
 * Where a book comes from, as the CSM knows it: the org's host, or "HubSpot portal 4400123" for a
 * CRM whose books are its connections (a token per portal, all on one app host).
 */
export function useBookPlace() {
  const t = useT(bookMessages);
  const { locale } = useFormat();
  const place = (crm: string, host: string, source: string | null) => {
    const known = crmOf(crm);
    const profile = known ? profileOf(known) : null;
    return profile?.bookSources === 'connections' && source ? t('place.portal', { crm: profile.name, portal: source }) : host;
  };
  return {
    /** A refresh's source: its CRM, host and org or portal id. */
    ofSource: (s: Pick<BookView['status']['sources'][number], 'crm' | 'host' | 'source'>) => place(s.crm, s.host, s.source),
    /** What the source's CRM calls a list of accounts ("list view"), and its sentence for having none. */
    listWords: (crm: string) => {
      const known = crmOf(crm);
      const words = known ? profileOf(known).bookListWords : undefined;
      return words?.[locale] ?? { list: t('listFallback'), none: '' };
    },
    /** A budget's key: `crm:host`, or `crm:portal id` for a CRM whose books are its connections. */
    ofBudget: (key: string) => {
      const at = key.indexOf(':');
      const where = at < 0 ? key : key.slice(at + 1);
      return place(key.slice(0, Math.max(0, at)), where, where);
    },
  };
}
