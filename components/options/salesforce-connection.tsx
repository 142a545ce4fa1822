import { useState, type FormEvent } from 'react';
import type { CrmResult } from '../../lib/crm/errors';
import { useT } from '../i18n/i18n-context';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import { optionsMessages } from './options-messages';

type Session = { apiHost: string; orgId: string };

/** Explains the Salesforce connection and checks the user's session for one org. */
export function SalesforceConnection({ check }: { check: (pageHost: string) => Promise<CrmResult<Session>> }) {
  const t = useT(optionsMessages);
  const errorText = useCrmErrorText();
  const [host, setHost] = useState('');
  const [result, setResult] = useState<CrmResult<Session> | 'checking' | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = host
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!clean) return;
    setResult('checking');
    setResult(await check(clean));
  };
  return (
    <section id="salesforce" className="sl-settings-form" aria-labelledby="sf-connection-title">
      <h2 id="sf-connection-title">{t('salesforceTitle')}</h2>
      <p>{t('salesforceHelp')}</p>
      <form onSubmit={submit} className="sl-inline-form">
        <label className="sl-field">
          <span>{t('salesforceHostLabel')}</span>
          <input value={host} onChange={(e) => setHost(e.target.value)} placeholder="acme.lightning.force.com" />
        </label>
        <button type="submit">{t('check')}</button>
      </form>
      <div role="status">
        {result === 'checking' ? (
          t('checking')
        ) : result?.ok ? (
          <p>{t('connected', { orgId: result.value.orgId, apiHost: result.value.apiHost })}</p>
        ) : result ? (
          <p className="sl-error">
            {errorText(result.error).message} {errorText(result.error).nextStep}
          </p>
        ) : null}
      </div>
    </section>
  );
}
