import { useEffect, useRef, useState } from 'react';
import type { LocalDataCounts } from '../../lib/store/local-data';
import { useFormat, useT } from '../i18n/i18n-context';
import { deleteDataMessages } from './delete-data-messages';

type Step =
  | { at: 'idle' }
  | { at: 'counting' }
  | { at: 'count-failed' }
  | { at: 'confirm'; counts: LocalDataCounts }
  | { at: 'deleting' }
  | { at: 'deleted' }
  | { at: 'failed'; detail: string };

const KINDS = ['notes', 'drafts', 'snapshots', 'healthHistory', 'checklists', 'connectorCache', 'secrets', 'settings'] as const;

/**
 * "Delete all local data": counts what would go, asks, then deletes. Nothing goes before the
 * CSM has seen the counts and confirmed.
 */
export function DeleteLocalData({
  count,
  remove,
}: {
  count: () => Promise<LocalDataCounts>;
  remove: () => Promise<{ ok: true } | { ok: false; detail: string }>;
}) {
  const t = useT(deleteDataMessages);
  const format = useFormat();
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // The safe choice has the focus when the question appears.
    if (step.at === 'confirm') cancelRef.current?.focus();
  }, [step.at]);

  const start = async () => {
    setStep({ at: 'counting' });
    try {
      setStep({ at: 'confirm', counts: await count() });
    } catch {
      setStep({ at: 'count-failed' });
    }
  };
  const confirm = async () => {
    setStep({ at: 'deleting' });
    const result = await remove().catch((error: unknown) => ({ ok: false as const, detail: String(error) }));
    setStep(result.ok ? { at: 'deleted' } : { at: 'failed', detail: result.detail });
  };

  return (
    <section className="sl-settings-form" aria-labelledby="delete-data-title">
      <h2 id="delete-data-title">{t('title')}</h2>
      <p>{t('help')}</p>
      {step.at === 'confirm' ? (
        <div role="group" aria-labelledby="delete-data-question">
          <p id="delete-data-question">
            <strong>{t('question')}</strong>
          </p>
          <ul aria-label={t('title')}>
            {KINDS.map((kind) => (
              <li key={kind}>
                {t(kind)}: {format.number(step.counts[kind])}
              </li>
            ))}
          </ul>
          <button type="button" className="sl-danger" onClick={() => void confirm()}>
            {t('confirm')}
          </button>{' '}
          <button type="button" ref={cancelRef} onClick={() => setStep({ at: 'idle' })}>
            {t('cancel')}
          </button>
        </div>
      ) : step.at === 'counting' || step.at === 'deleting' ? null : (
        <button type="button" onClick={() => void start()}>
          {step.at === 'count-failed' ? t('retry') : t('start')}
        </button>
      )}
      <div role="status">
        {step.at === 'counting' ? t('counting') : null}
        {step.at === 'deleting' ? t('deleting') : null}
        {step.at === 'deleted' ? t('deleted') : null}
        {step.at === 'count-failed' ? <p className="sl-error">{t('countFailed')}</p> : null}
        {step.at === 'failed' ? <p className="sl-error">{t('deleteFailed', { detail: step.detail })}</p> : null}
      </div>
    </section>
  );
}
