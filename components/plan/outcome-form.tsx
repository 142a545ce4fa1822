import { useEffect, useState, type FormEvent } from 'react';
import { OUTCOME_REASONS, type Outcome, type OutcomeReason } from '../../lib/plan/plan-schema';
import { useFormat, useT } from '../i18n/i18n-context';
import { planMessages } from './plan-messages';
import type { SaveEdit } from './save-edit';

type Kind = Outcome['kind'] | 'none';

/** When the customer churns or downsizes: the reason (a competitor by name), a note, since when. */
export function OutcomeForm({ outcome, today, save }: { outcome: Outcome | null; today: string; save: SaveEdit }) {
  const t = useT(planMessages);
  const format = useFormat();
  const [kind, setKind] = useState<Kind>(outcome?.kind ?? 'none');
  const [reason, setReason] = useState<OutcomeReason>(outcome?.reason ?? 'price');
  const [competitor, setCompetitor] = useState(outcome?.competitor ?? '');
  const [note, setNote] = useState(outcome?.note ?? '');
  const [on, setOn] = useState(outcome?.on ?? today);
  const [base, setBase] = useState<Outcome | null>(outcome);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);

  // Another tab's save shows here while this form is untouched.
  useEffect(() => {
    if (message === null && JSON.stringify(outcome) !== JSON.stringify(base)) {
      setBase(outcome);
      setKind(outcome?.kind ?? 'none');
      setReason(outcome?.reason ?? 'price');
      setCompetitor(outcome?.competitor ?? '');
      setNote(outcome?.note ?? '');
      setOn(outcome?.on ?? today);
    }
  }, [outcome, base, message, today]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kind !== 'none' && reason === 'competitor' && !competitor.trim()) return setMessage({ text: t('competitorRequired'), alert: true });
    const value: Outcome | null =
      kind === 'none' ? null : { kind, reason, competitor: reason === 'competitor' ? competitor.trim() : null, note, on };
    const result = await save({ kind: 'outcome', value, base });
    if (result.ok) {
      setBase(value);
      setMessage({ text: t('outcomeSaved'), alert: false });
    } else {
      if (result.current) setBase(result.current.outcome);
      setMessage({ text: result.message, alert: true });
    }
  };

  return (
    <form className="sl-plan-form" aria-label={t('outcome')} onSubmit={submit}>
      {outcome ? (
        <p data-testid="plan-outcome">
          {t('outcomeNow', {
            kind: t(`outcome.${outcome.kind}`),
            date: format.date(outcome.on),
            reason: `${t(`reason.${outcome.reason}`)}${outcome.competitor ? ` (${outcome.competitor})` : ''}`,
          })}
        </p>
      ) : null}
      <label className="sl-field">
        <span>{t('customerIs')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="none">{t('outcome.none')}</option>
          <option value="churned">{t('outcome.churned')}</option>
          <option value="downsized">{t('outcome.downsized')}</option>
        </select>
      </label>
      {kind !== 'none' ? (
        <>
          <label className="sl-field">
            <span>{t('reason')}</span>
            <select value={reason} onChange={(e) => setReason(e.target.value as OutcomeReason)}>
              {OUTCOME_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`reason.${r}`)}
                </option>
              ))}
            </select>
          </label>
          {reason === 'competitor' ? (
            <label className="sl-field">
              <span>{t('competitor')}</span>
              <input value={competitor} onChange={(e) => setCompetitor(e.target.value)} />
            </label>
          ) : null}
          <label className="sl-field">
            <span>{t('outcomeNote')}</span>
            <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <label className="sl-field">
            <span>{t('outcomeOn')}</span>
            <input type="date" required value={on} onChange={(e) => setOn(e.target.value)} />
          </label>
        </>
      ) : null}
      {message ? (
        <p className={message.alert ? 'sl-error' : 'sl-muted'} role={message.alert ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <button type="submit">{t('saveOutcome')}</button>
    </form>
  );
}
