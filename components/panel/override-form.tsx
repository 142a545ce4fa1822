import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n-context';
import { sectionMessages } from './sections-messages';

export interface OverrideDraft {
  score: number;
  reason: string;
  expiresAt: string;
}

/** Set or clear the CSM's own health score for the account, with a reason and an expiry. */
export function OverrideForm({
  current,
  defaultExpiry,
  onSave,
  onClear,
}: {
  current: OverrideDraft | null;
  defaultExpiry: string;
  onSave: (draft: OverrideDraft) => void;
  onClear: () => void;
}) {
  const t = useT(sectionMessages);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState(current ? String(current.score) : '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [expires, setExpires] = useState(current?.expiresAt.slice(0, 10) ?? defaultExpiry);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const moved = useRef(false);
  // Focus follows the form: into its first field when it opens, back to the button that opens
  // it when it closes (saved, cancelled, Escape or cleared), never to the CRM page.
  useEffect(() => {
    if (!moved.current) return;
    (open ? firstField.current : opener.current)?.focus();
  }, [open, current]);
  const show = (next: boolean) => {
    moved.current = true;
    setOpen(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setError(null);
    show(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(score);
    if (score.trim() === '' || !Number.isInteger(n) || n < 0 || n > 100) return setError(t('overrideScoreInvalid'));
    if (!reason.trim()) return setError(t('overrideReasonMissing'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires)) return setError(t('overrideExpiryInvalid'));
    setError(null);
    // A date-only expiry holds through that whole day in the CSM's own time zone.
    onSave({ score: n, reason: reason.trim(), expiresAt: expires });
    show(false);
  };
  if (!open) {
    return (
      <p className="sl-override-actions">
        <button ref={opener} type="button" aria-expanded="false" aria-controls={id} onClick={() => show(true)}>
          {current ? t('overrideEdit') : t('overrideSet')}
        </button>{' '}
        {current ? (
          <button
            type="button"
            onClick={() => {
              moved.current = true;
              onClear();
            }}
          >
            {t('overrideClear')}
          </button>
        ) : null}
      </p>
    );
  }
  return (
    <form id={id} className="sl-override-form" aria-label={t('overrideSet')} onSubmit={submit} onKeyDown={onKeyDown}>
      <label className="sl-field">
        <span>{t('overrideScore')}</span>
        <input ref={firstField} type="number" min={0} max={100} value={score} onChange={(e) => setScore(e.target.value)} />
      </label>
      <label className="sl-field">
        <span>{t('overrideReason')}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="sl-field">
        <span>{t('overrideExpires')}</span>
        <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
      </label>
      {error ? (
        <p className="sl-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit">{t('overrideSave')}</button>{' '}
      <button type="button" onClick={() => show(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}
