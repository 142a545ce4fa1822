import { useState, type FormEvent } from 'react';
import { GOAL_STATUSES, type Goal, type GoalFields, type GoalStatus } from '../../lib/plan/plan-schema';
import { useFormat, useT } from '../i18n/i18n-context';
import { planMessages } from './plan-messages';
import type { SaveEdit } from './save-edit';
import { useSave } from './use-save';

const BLANK: GoalFields = { what: '', target: '', byWhen: null, measuredBy: '' };

function GoalForm({
  initial,
  onSubmit,
  onCancel,
  label,
}: {
  initial: GoalFields;
  onSubmit: (value: GoalFields) => Promise<boolean>;
  onCancel?: () => void;
  label: string;
}) {
  const t = useT(planMessages);
  const [value, setValue] = useState(initial);
  const change = (patch: Partial<GoalFields>) => setValue((v) => ({ ...v, ...patch }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.what.trim()) return;
    if (await onSubmit({ ...value, what: value.what.trim() })) setValue(initial);
  };
  return (
    <form className="sl-plan-form sl-inline-form" aria-label={label} onSubmit={submit}>
      <label className="sl-field">
        <span>{t('goalWhat')}</span>
        <input required value={value.what} onChange={(e) => change({ what: e.target.value })} />
      </label>
      <label className="sl-field">
        <span>{t('goalTarget')}</span>
        <input value={value.target} onChange={(e) => change({ target: e.target.value })} />
      </label>
      <label className="sl-field">
        <span>{t('goalBy')}</span>
        <input type="date" value={value.byWhen ?? ''} onChange={(e) => change({ byWhen: e.target.value || null })} />
      </label>
      <label className="sl-field">
        <span>{t('goalMeasured')}</span>
        <input value={value.measuredBy} onChange={(e) => change({ measuredBy: e.target.value })} />
      </label>
      <button type="submit">{onCancel ? t('saveGoal') : t('addGoal')}</button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      ) : null}
    </form>
  );
}

/** The success plan: a few measurable goals, each with a status and the history of its changes. */
export function GoalsView({ goals, save, newId }: { goals: readonly Goal[]; save: SaveEdit; newId: () => string }) {
  const t = useT(planMessages);
  const format = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const { run, alert } = useSave(save);
  const fields = (g: Goal): GoalFields => ({ what: g.what, target: g.target, byWhen: g.byWhen, measuredBy: g.measuredBy });

  return (
    <div>
      {goals.length === 0 ? <p className="sl-empty">{t('noGoals')}</p> : null}
      <ul className="sl-plan-goals" aria-label={t('goals')}>
        {goals.map((goal) => (
          <li key={goal.id} data-status={goal.status}>
            {editing === goal.id ? (
              <GoalForm
                label={t('editGoal')}
                initial={fields(goal)}
                onCancel={() => setEditing(null)}
                onSubmit={async (value) => {
                  const ok = await run({ kind: 'goal', id: goal.id, value, base: fields(goal) });
                  if (ok) setEditing(null);
                  return ok;
                }}
              />
            ) : (
              <>
                <strong>{goal.what}</strong>{' '}
                <span className="sl-muted">
                  {t('goalDetail', {
                    target: goal.target || '—',
                    date: goal.byWhen ? format.date(goal.byWhen) : t('noDate'),
                    measured: goal.measuredBy || '—',
                  })}
                </span>{' '}
                <button type="button" onClick={() => setEditing(goal.id)}>
                  {t('editGoal')}
                </button>
              </>
            )}
            <label className="sl-field">
              <span>{t('goalStatus', { goal: goal.what })}</span>
              <select
                value={goal.status}
                onChange={(e) => void run({ kind: 'goal-status', id: goal.id, status: e.target.value as GoalStatus })}
              >
                {GOAL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <details>
              <summary>{t('history')}</summary>
              <ol aria-label={t('history')}>
                {goal.history.map((h, i) => (
                  <li key={i}>
                    {t(`status.${h.status}`)} · {format.dateTime(h.at)}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
      {alert}
      <GoalForm label={t('addGoal')} initial={BLANK} onSubmit={(value) => run({ kind: 'goal', id: newId(), value, base: null })} />
    </div>
  );
}
