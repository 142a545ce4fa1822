import type { Formatters } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/translate';
import { ONBOARDING_STAGES, type Plan } from '../../lib/plan/plan-schema';
import type { QbrStatus } from '../../lib/plan/quarter';
import type { PlanKey } from './plan-messages';

/** The plan as plain text for a CRM note, in the CSM's language; empty parts are left out. */
export function planText(plan: Plan, qbr: QbrStatus | null, t: Translate<PlanKey>, format: Formatters): string {
  const blocks: string[] = [t('text.title', { account: plan.accountName })];
  const h = plan.handoff;
  if (h && (h.promised || h.customerGoals || h.risks || h.people.length)) {
    const people = h.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ');
    blocks.push(
      [
        `${t('text.handoff')}`,
        h.promised && `${t('promised')}: ${h.promised}`,
        h.customerGoals && `${t('customerGoals')}: ${h.customerGoals}`,
        people && `${t('text.people')}: ${people}`,
        h.risks && `${t('risks')}: ${h.risks}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  if (plan.goals.length) {
    const lines = plan.goals.map(
      (g) =>
        `- ${g.what} — ${t(`status.${g.status}`)} (${t('goalDetail', { target: g.target || '—', date: g.byWhen ? format.date(g.byWhen) : t('noDate'), measured: g.measuredBy || '—' })})`,
    );
    blocks.push([t('text.goals'), ...lines].join('\n'));
  }
  const stages = ONBOARDING_STAGES.filter((s) => plan.onboarding[s]?.planned || plan.onboarding[s]?.done).map((s) => {
    const d = plan.onboarding[s]!;
    const dates = [
      d.planned && t('text.planned', { date: format.date(d.planned) }),
      d.done && t('text.done', { date: format.date(d.done) }),
    ]
      .filter(Boolean)
      .join(', ');
    return `- ${t(`stage.${s}`)}: ${dates}`;
  });
  if (stages.length) blocks.push([t('text.onboarding'), ...stages].join('\n'));
  if (qbr?.lastHeld) blocks.push(`${t('text.qbr')}: ${t('lastQbr')} ${format.date(qbr.lastHeld)}`);
  const o = plan.outcome;
  if (o) {
    const reason = `${t(`reason.${o.reason}`)}${o.competitor ? ` (${o.competitor})` : ''}`;
    blocks.push(
      [`${t('text.outcome')}: ${t('outcomeNow', { kind: t(`outcome.${o.kind}`), date: format.date(o.on), reason })}`, o.note]
        .filter(Boolean)
        .join('\n'),
    );
  }
  return blocks.join('\n\n');
}
