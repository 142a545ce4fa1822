import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { CrmResult } from '../../lib/crm/errors';
import type { Contact } from '../../lib/crm/snapshot';
import type { PlanApi } from '../../lib/messages/plan-client';
import { goalsDue } from '../../lib/plan/goals';
import type { Plan } from '../../lib/plan/plan-schema';
import { qbrStatus, type QuarterBasis } from '../../lib/plan/quarter';
import type { SharedPlan } from '../../lib/store/note-schema';
import type { Crm } from '../../lib/pages/record-ref';
import type { PlanError } from '../../lib/store/plans';
import { useFormat, useT } from '../i18n/i18n-context';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import { GoalsDueList } from './goals-due';
import { GoalsView } from './goals-view';
import { HandoffForm } from './handoff-form';
import { OnboardingView } from './onboarding-view';
import { OutcomeForm } from './outcome-form';
import { PlanGlance } from './plan-glance';
import { planMessages } from './plan-messages';
import { planText } from './plan-text';
import { planQuery } from './queries';
import { QbrView, type AgendaItem } from './qbr-view';
import type { SaveEdit } from './save-edit';

/** What the CSM reads after "Save plan to CRM", by what the save did to the CRM's copy. */
const SHARED_WORDS = { created: 'sharedOn', updated: 'sharedUpdated', recreated: 'sharedRecreated', kept: 'sharedKept' } as const;

/**
 * The account plan in the panel: a glance that is always visible, and the parts (handoff, goals,
 * onboarding, this quarter's QBR, churn or downsize reason) behind a toggle, collapsed at first.
 */
export function PlanSection({
  crm,
  accountKey,
  accountName,
  today,
  contractStart,
  contacts,
  agenda,
  basis,
  onBasisChange,
  api,
  share,
  newId = () => crypto.randomUUID(),
}: {
  /** The record's CRM: errors are worded in its terms. */
  crm?: Crm;
  accountKey: string;
  accountName: string;
  /** YYYY-MM-DD in the CSM's time zone. */
  today: string;
  contractStart: string | null;
  contacts: readonly Contact[];
  agenda: readonly AgendaItem[];
  basis: QuarterBasis;
  onBasisChange: (basis: QuarterBasis) => void;
  api: Pick<PlanApi, 'read' | 'edit'>;
  /** Shares the plan's text with the team in the CRM; absent where that is not possible. */
  share?: (text: string) => Promise<CrmResult<SharedPlan>>;
  newId?: () => string;
}) {
  const t = useT(planMessages);
  const format = useFormat();
  const client = useQueryClient();
  const errorText = useCrmErrorText(crm);
  const bodyId = useId();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [shared, setShared] = useState<{ ok: true; at: string; outcome: SharedPlan['outcome'] } | { ok: false; text: string } | null>(null);
  const query = planQuery(api, accountKey, accountName);
  const key = query.queryKey;
  const plan = useQuery(query);

  const problemText = (error: PlanError) =>
    error.kind === 'conflict'
      ? t('conflict')
      : error.kind === 'quota-exceeded'
        ? t('quota')
        : error.kind === 'not-found'
          ? t('notFound')
          : t('failed', { detail: error.detail });

  const save: SaveEdit = async (edit) => {
    const base = client.getQueryData<Plan>(key)?.revision ?? 0;
    const result = await api.edit(accountKey, accountName, edit, base);
    if (result.ok) {
      client.setQueryData(key, result.value);
      return { ok: true, plan: result.value };
    }
    if (result.error.kind === 'conflict') {
      client.setQueryData(key, result.error.current);
      return { ok: false, message: problemText(result.error), current: result.error.current };
    }
    return { ok: false, message: problemText(result.error) };
  };

  const status = plan.data ? qbrStatus(plan.data, today, basis, contractStart) : null;

  const shareNow = async () => {
    if (!share || !plan.data) return;
    const result = await share(planText(plan.data, status, t, format));
    if (result.ok)
      setShared({ ok: true, at: result.value.note.remote?.savedAt ?? result.value.note.updatedAt, outcome: result.value.outcome });
    else setShared({ ok: false, text: `${errorText(result.error).message} ${errorText(result.error).nextStep} ${t('keptLocal')}` });
  };

  return (
    <section className="sl-section sl-plan" aria-labelledby={headingId}>
      <header className="sl-section-header">
        <h2 id={headingId}>{t('title')}</h2>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? t('hide') : t('show')}
        </button>
      </header>
      {plan.isError ? (
        <p className="sl-error" role="alert">
          {t('loadFailed')}
        </p>
      ) : plan.data ? (
        <>
          <PlanGlance plan={plan.data} today={today} qbr={status} />
          <GoalsDueList due={goalsDue(plan.data.goals, today)} />
          <div id={bodyId} hidden={!open}>
            {open ? (
              <>
                <h3>{t('handoff')}</h3>
                <HandoffForm handoff={plan.data.handoff} contacts={contacts} save={save} />
                <h3>{t('goals')}</h3>
                <GoalsView goals={plan.data.goals} save={save} newId={newId} />
                <h3>{t('onboarding')}</h3>
                <OnboardingView onboarding={plan.data.onboarding} save={save} />
                <h3>{t('qbr')}</h3>
                <QbrView
                  plan={plan.data}
                  status={status}
                  contractStart={contractStart}
                  agenda={agenda}
                  basis={basis}
                  onBasisChange={onBasisChange}
                  save={save}
                />
                <h3>{t('outcome')}</h3>
                <OutcomeForm outcome={plan.data.outcome} today={today} save={save} />
                {share ? (
                  <p>
                    <button type="button" onClick={() => void shareNow()}>
                      {t('share')}
                    </button>
                  </p>
                ) : null}
                {shared?.ok ? <p role="status">{t(SHARED_WORDS[shared.outcome], { date: format.dateTime(shared.at) })}</p> : null}
                {shared && !shared.ok ? (
                  <p className="sl-error" role="alert">
                    {shared.text}
                  </p>
                ) : null}
              </>
            ) : null}
          </div>
        </>
      ) : (
        <div className="sl-skeleton" role="status">
          <span className="sl-visually-hidden">{t('title')} …</span>
        </div>
      )}
    </section>
  );
}
