import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ConnectionInfo } from '../../lib/crm/connector';
import type { CrmError, CrmResult } from '../../lib/crm/errors';
import { useT } from '../i18n/i18n-context';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import { salesforceSignInMessages } from './salesforce-sign-in-messages';

/** What the section asks the background, which alone runs the sign-in and keeps the tokens. */
export interface SalesforceSignIns {
  /** The address Salesforce sends the browser back to: the admin enters it in the app. */
  redirectUri: string;
  signIn(host: string, consumerKey: string): Promise<CrmResult<ConnectionInfo>>;
  signOut(orgId: string): Promise<CrmResult<null>>;
  list(): Promise<CrmResult<ConnectionInfo[]>>;
}

type Status = { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; message: string; nextStep: string } | null;
const cleanHost = (value: string) =>
  value
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');

/** OAuth sign-in per org (its External Client App's consumer key), the orgs signed in, and sign-out. */
export function SalesforceSignIn({ client }: { client: SalesforceSignIns }) {
  const t = useT(salesforceSignInMessages);
  const errorText = useCrmErrorText('salesforce');
  const [host, setHost] = useState('');
  const [key, setKey] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [orgs, setOrgs] = useState<ConnectionInfo[] | 'failed' | null>(null);

  const refresh = useCallback(async () => {
    const listed = await client.list();
    setOrgs(listed.ok ? listed.value : 'failed');
  }, [client]);
  useEffect(() => void refresh(), [refresh]);

  const fail = (error: CrmError) => setStatus({ kind: 'error', ...errorText(error) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!cleanHost(host) || !key.trim()) return;
    setStatus({ kind: 'busy' });
    const result = await client.signIn(cleanHost(host), key.trim());
    if (!result.ok) return fail(result.error);
    setStatus({
      kind: 'done',
      text: t('signedInNow', { orgId: result.value.source, host: result.value.details?.loginHost ?? result.value.apiHost }),
    });
    await refresh();
  };
  const signOut = async (orgId: string) => {
    setStatus({ kind: 'busy' });
    const result = await client.signOut(orgId);
    if (!result.ok) return fail(result.error);
    setStatus({ kind: 'done', text: t('signedOut', { orgId }) });
    await refresh();
  };

  return (
    <section id="salesforce-sign-in" className="sl-settings-form" aria-labelledby="sf-sign-in-title">
      <h3 id="sf-sign-in-title">{t('title')}</h3>
      <p>
        {t('help')} <code data-testid="oauth-callback">{client.redirectUri}</code>
      </p>
      <form onSubmit={submit} className="sl-inline-form">
        <label className="sl-field">
          <span>{t('hostLabel')}</span>
          <input
            value={host}
            onChange={(e) => setHost(e.target.value)}
            placeholder="acme.my.salesforce.com"
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label className="sl-field">
          <span>{t('keyLabel')}</span>
          <input value={key} onChange={(e) => setKey(e.target.value)} placeholder="3MVG9…" autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" disabled={status?.kind === 'busy'}>
          {t('signIn')}
        </button>
      </form>
      <div role="status">
        {status?.kind === 'busy' ? <p>{t('signingIn')}</p> : null}
        {status?.kind === 'done' ? <p>{status.text}</p> : null}
        {status?.kind === 'error' ? (
          <p className="sl-error">
            {status.message} {status.nextStep}
          </p>
        ) : null}
      </div>
      <h4>{t('orgs')}</h4>
      {orgs === 'failed' ? <p className="sl-error">{t('listFailed')}</p> : null}
      {Array.isArray(orgs) && orgs.length === 0 ? <p>{t('none')}</p> : null}
      {Array.isArray(orgs) && orgs.length > 0 ? (
        <ul aria-label={t('orgs')}>
          {orgs.map((o) => (
            <li key={o.source}>
              <strong>{t('org', { orgId: o.source, host: o.details?.loginHost ?? o.apiHost })}</strong> ·{' '}
              {t('key', { key: o.details?.consumerKey ?? '—' })}{' '}
              <button type="button" aria-label={t('signOutOrg', { orgId: o.source })} onClick={() => void signOut(o.source)}>
                {t('signOut')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
