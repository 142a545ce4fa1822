import type { CrmError } from '../../lib/crm/errors';
import { useFormat, useT } from '../i18n/i18n-context';
import { crmErrorMessages } from './crm-error-messages';

/** Turns a typed CRM error into the sentence and next step the panel shows. */
export function useCrmErrorText(): (error: CrmError) => { message: string; nextStep: string } {
  const t = useT(crmErrorMessages);
  const format = useFormat();
  return (error) => {
    const vars = { detail: error.code ?? error.detail, field: error.field ?? error.detail };
    const nextStep =
      error.kind === 'rate-limited' && error.retryAfterSeconds !== undefined
        ? t('rate-limited.nextWithWait', { wait: format.seconds(error.retryAfterSeconds) })
        : t(`${error.kind}.next`, vars);
    return { message: t(`${error.kind}.message`, vars), nextStep };
  };
}
