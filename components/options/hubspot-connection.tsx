import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConnectionInfo } from '../../lib/crm/connector';
import type { CrmResult } from '../../lib/crm/errors';
import { HUBSPOT_SCOPES, scopeUse } from '../../lib/crm/hubspot/scopes';
import { useFormat, useT } from '../i18n/i18n-context';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import { hubspotMessages } from './hubspot-messages';

/** What the section asks the background (which alone keeps the tokens). */
export interface HubSpotConnections {
  connect(token: string): Promise<CrmResult<ConnectionInfo>>;
  disconnect(portalId: string): Promise<CrmResult<null>>;
  list(): Promise<CrmResult<ConnectionInfo[]>>;
}

type Status = { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; message: string; nextStep: string } | null;

const missingOf = (info: ConnectionInfo) => (info.details?.scopesMissing ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * The HubSpot section: paste a token, connect, see each portal with what its token lacks,
 * disconnect. `focus`: the page was opened at this section (a panel's "Settings" link), so the
 * token field is scrolled to and focused once the section exists.
 */
export function HubSpotConnection({ client, focus = false }: { client: HubSpotConnections; focus?: boolean }) {
  const t = useT(hubspotMessages);
  const { locale } = useFormat();
  const errorText = useCrmErrorText('hubspot');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    field.current?.scrollIntoView({ block: 'center' });
    field.current?.focus();
  }, [focus]);
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [portals, setPortals] = useState<ConnectionInfo[] | 'failed' | null>(null);

  const refresh = useCallback(async () => {
    const listed = await client.list();
    setPortals(listed.ok ? listed.value : 'failed');
  }, [client]);
  useEffect(() => void refresh(), [refresh]);

  const fail = (result: { ok: false; error: Parameters<typeof errorText>[0] }) => setStatus({ kind: 'error', ...errorText(result.error) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    setStatus({ kind: 'busy' });
    const result = await client.connect(token);
    if (!result.ok) return fail(result);
    // The token now lives in the background only: the page forgets it.
    setToken('');
    setStatus({ kind: 'done', text: t('connectedNow', { portal: result.value.source }) });
    await refresh();
  };
  const disconnect = async (portal: string) => {
    const result = await client.disconnect(portal);
    if (!result.ok) return fail(result);
    setStatus({ kind: 'done', text: t('disconnected', { portal }) });
    await refresh();
  };

  return (
    <section id="hubspot" className="sl-settings-form" aria-labelledby="hs-connection-title">
      <h2 id="hs-connection-title">{t('title')}</h2>
      <p>{t('help')}</p>
      <form onSubmit={submit} className="sl-inline-form">
        <label className="sl-field">
          <span>{t('tokenLabel')}</span>
          <input
            ref={field}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            placeholder="pat-na1-…"
            aria-invalid={status?.kind === 'error' ? true : undefined}
            aria-describedby={status?.kind === 'error' ? 'hs-token-error' : undefined}
          />
        </label>
        <button type="submit" disabled={status?.kind === 'busy'}>
          {t('connect')}
        </button>
      </form>
      <div role="status">
        {status?.kind === 'busy' ? <p>{t('connecting')}</p> : null}
        {status?.kind === 'done' ? <p>{status.text}</p> : null}
        {status?.kind === 'error' ? (
          <p className="sl-error" id="hs-token-error">
            {status.message} {status.nextStep}
          </p>
        ) : null}
      </div>
      <h3>{t('portals')}</h3>
      {portals === 'failed' ? <p className="sl-error">{t('listFailed')}</p> : null}
      {Array.isArray(portals) && portals.length === 0 ? <p>{t('none')}</p> : null}
      {Array.isArray(portals) && portals.length > 0 ? (
        <ul aria-label={t('portals')} className="sl-portals">
          {portals.map((p) => {
            const missing = missingOf(p);
            return (
              <li key={p.source} data-testid="hubspot-portal">
                <strong>{t('portal', { portal: p.source })}</strong> · {t('timeZone', { zone: p.details?.timeZone ?? '—' })} ·{' '}
                {t('currency', { currency: p.details?.currency ?? '—' })}
                {missing.length === 0 ? (
                  <p>{t('allScopes')}</p>
                ) : (
                  <>
                    <p>{t('missing')}</p>
                    <ul aria-label={t('missing')}>
                      {missing.map((scope) => (
                        <li key={scope} data-testid="missing-scope">
                          <code>{scope}</code> — {t('unlocks', { what: scopeUse(scope).unlocks[locale] })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <button type="button" aria-label={t('disconnectPortal', { portal: p.source })} onClick={() => void disconnect(p.source)}>
                  {t('disconnect')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <details>
        <summary>{t('scopesTitle')}</summary>
        <ul>
          {HUBSPOT_SCOPES.map((s) => (
            <li key={s.scope}>
              <code>{s.scope}</code> — {s.unlocks[locale]}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
