import type { CrmError } from '../../lib/crm/errors';
import { profileOf } from '../../lib/crm/profiles';
import type { Crm } from '../../lib/pages/record-ref';
import { useFormat, useT } from '../i18n/i18n-context';
import { BOOK_LIST_CODES, crmErrorMessages, NO_API_ACCESS_CODES } from './crm-error-messages';

type Key = keyof typeof crmErrorMessages.en;

/**
 * Turns a typed CRM error into the sentence and next step the panel shows, in the words of the
 * record's CRM where it has its own (a HubSpot 401 is a revoked token, not an expired login).
 */
export function useCrmErrorText(crm?: Crm): (error: CrmError) => { message: string; nextStep: string } {
  const t = useT(crmErrorMessages);
  const format = useFormat();
  const connector = crm ? profileOf(crm) : null;
  return (error) => {
    const vars = { detail: error.code ?? error.detail, field: error.field ?? error.detail, crm: connector?.name ?? 'CRM' };
    const say = (key: Key) => {
      const own = connector?.errorWords?.[format.locale]?.[key] ?? connector?.errorWords?.en[key];
      return own
        ? own.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name as keyof typeof vars]) : whole))
        : t(key, vars);
    };
    // A refused API says who can act: the admin's API Access Control, the org's edition, or the profile.
    const refusal = error.kind === 'no-api-access' ? NO_API_ACCESS_CODES.find((c) => c === error.code) : undefined;
    if (refusal) return { message: say(`no-api-access.${refusal}.message`), nextStep: say(`no-api-access.${refusal}.next`) };
    // A list chosen as the book that cannot be read: the sentence names it and the fix is in Settings.
    const list = BOOK_LIST_CODES.find((c) => c === error.code);
    if (list) return { message: t(`list.${list}.message`, vars), nextStep: t(`list.${list}.next`) };
    // An OAuth sign-in Salesforce would not renew: signing in again helps, logging in to the page does not.
    if (error.kind === 'session-expired' && error.code === 'OAUTH_REFRESH_FAILED') {
      return {
        message: t('session-expired.OAUTH_REFRESH_FAILED.message', { ...vars, detail: error.detail.replace(/^.*\((.*)\)$/, '$1') }),
        nextStep: t('session-expired.OAUTH_REFRESH_FAILED.next'),
      };
    }
    // The day's allocation used up: a moment's wait will not help, only the CRM's daily reset.
    if (error.kind === 'rate-limited' && error.limit === 'daily')
      return { message: say('rate-limited.daily.message'), nextStep: say('rate-limited.daily.next') };
    const nextStep =
      error.kind === 'rate-limited' && error.retryAfterSeconds !== undefined
        ? t('rate-limited.nextWithWait', { wait: format.seconds(error.retryAfterSeconds) })
        : say(`${error.kind}.next`);
    return { message: say(`${error.kind}.message`), nextStep };
  };
}
