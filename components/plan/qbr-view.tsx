import { useState } from 'react';
import type { Hint, QbrItem } from '../../lib/metrics/checklist';
import { goalsToReview } from '../../lib/plan/goals';
import type { Plan } from '../../lib/plan/plan-schema';
import type { QbrStatus, QuarterBasis } from '../../lib/plan/quarter';
import { useFormat, useT } from '../i18n/i18n-context';
import { popupMessages, type PopupKey } from '../popup/popup-messages';
import { planMessages } from './plan-messages';
import type { SaveEdit } from './save-edit';
import { useSave } from './use-save';

export interface AgendaItem {
  id: QbrItem;
  hint: Hint | null;
}

/**
 * This quarter's QBR: the DESIGN §2 agenda (ticks with their time, hints from the data), the
 * goals to review, and the day it was held. Quarters count from the contract start or the calendar.
 */
export function QbrView({
  plan,
  status,
  contractStart,
  agenda,
  basis,
  onBasisChange,
  save,
}: {
  plan: Plan;
  /** Null before the contract starts. */
  status: QbrStatus | null;
  contractStart: string | null;
  agenda: readonly AgendaItem[];
  basis: QuarterBasis;
  onBasisChange: (basis: QuarterBasis) => void;
  save: SaveEdit;
}) {
  const t = useT(planMessages);
  const words = useT(popupMessages);
  const format = useFormat();
  const { run, alert } = useSave(save);
  // A tick shows within the click; the stored one takes over once the background answered.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const tick = async (quarter: string, item: string, checked: boolean) => {
    setPending((p) => ({ ...p, [item]: checked }));
    await run({ kind: 'qbr-tick', quarter, item, checked });
    setPending(({ [item]: _done, ...rest }) => rest);
  };

  const basisPicker = (
    <label className="sl-field">
      <span>{t('basis')}</span>
      <select value={basis} onChange={(e) => onBasisChange(e.target.value as QuarterBasis)}>
        <option value="contract">{t('basis.contract')}</option>
        <option value="calendar">{t('basis.calendar')}</option>
      </select>
    </label>
  );
  if (!status)
    return (
      <div>
        {basisPicker}
        <p className="sl-empty">{t('notStarted', { date: contractStart ? format.date(contractStart) : '—' })}</p>
      </div>
    );

  const { quarter } = status;
  const qbr = plan.qbrs[quarter.start] ?? { ticks: {}, heldOn: null };
  const review = goalsToReview(plan.goals, quarter.end);
  return (
    <div>
      <p>
        <strong data-testid="plan-quarter">
          {t(quarter.basis === 'contract' ? 'quarter.contract' : 'quarter.calendar', {
            n: quarter.number,
            year: quarter.year,
            start: format.date(quarter.start),
            end: format.date(quarter.end),
          })}
        </strong>
      </p>
      {basisPicker}
      <h4>{t('agenda')}</h4>
      <ul className="sl-checklist" aria-label={t('agenda')}>
        {agenda.map((item) => {
          const ticked = qbr.ticks[item.id] ?? null;
          return (
            <li key={item.id} className="sl-check-item" data-testid={`plan-qbr-${item.id}`}>
              <label>
                <input
                  type="checkbox"
                  checked={pending[item.id] ?? ticked !== null}
                  onChange={(e) => void tick(quarter.start, item.id, e.target.checked)}
                />{' '}
                {words(item.id)}
              </label>
              {ticked ? <span className="sl-muted"> · {t('tickedAt', { date: format.dateTime(ticked) })}</span> : null}
              {item.hint ? <div className="sl-hint">{words(item.hint.id as PopupKey, item.hint.vars)}</div> : null}
            </li>
          );
        })}
      </ul>
      <h4>{t('goalsToReview')}</h4>
      {review.length === 0 ? (
        <p className="sl-empty">{t('noGoalsToReview')}</p>
      ) : (
        <ul aria-label={t('goalsToReview')}>
          {review.map(({ goal, due }) => (
            <li key={goal.id}>
              {goal.what} · {t(`status.${goal.status}`)}
              {due && goal.byWhen ? ` · ${t('dueThisQuarter')} ${format.date(goal.byWhen)}` : ''}
            </li>
          ))}
        </ul>
      )}
      <label className="sl-field">
        <span>{t('heldOn')}</span>
        <input
          type="date"
          value={qbr.heldOn ?? ''}
          onChange={(e) => void run({ kind: 'qbr-held', quarter: quarter.start, heldOn: e.target.value || null })}
        />
      </label>
      {alert}
    </div>
  );
}
