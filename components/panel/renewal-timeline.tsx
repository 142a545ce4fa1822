import type { Milestone, Renewal } from '../../lib/metrics/renewal';
import { useFormat, useT } from '../i18n/i18n-context';
import { sectionMessages, type SectionKey } from './sections-messages';
import { timelineMessages } from './timeline-messages';

/** Where a day sits on the axis from the earliest milestone (0 %) to the renewal date (100 %). */
export function axisPercent(daysBeforeRenewal: number, span: number): number {
  if (span <= 0) return 100;
  return Math.min(100, Math.max(0, ((span - daysBeforeRenewal) / span) * 100));
}

/** Days until the step's window closes: the next later milestone's date, or the day after renewal. */
function windowEnd(milestones: readonly Milestone[], i: number): number {
  for (let j = i + 1; j < milestones.length; j++)
    if (milestones[j]!.offsetDays < milestones[i]!.offsetDays) return milestones[j]!.offsetDays;
  return -1;
}

/** A step's state in words with its days: "10 days late", "due, 19 days left", "in 30 days". */
export function useStepTiming(): (milestones: readonly Milestone[], i: number, daysLeft: number) => string {
  const t = useT(timelineMessages);
  return (milestones, i, daysLeft) => {
    const m = milestones[i]!;
    const end = windowEnd(milestones, i);
    if (m.state === 'done') return t('done');
    if (m.state === 'overdue') return t(plural('late', Math.max(1, end - daysLeft)), { days: Math.max(1, end - daysLeft) });
    if (m.state === 'due') return t(plural('dueLeft', daysLeft - end), { days: daysLeft - end });
    return t(plural('inDays', daysLeft - m.offsetDays), { days: daysLeft - m.offsetDays });
  };
}

const plural = <K extends string>(key: K, n: number) => (n === 1 ? (`${key}.one` as const) : (`${key}.other` as const));

/**
 * The renewal steps on a labelled axis from the earliest milestone to the renewal date, a
 * "today" marker placed by date, and below it the steps as a list that can be ticked.
 */
export function RenewalTimeline({ renewal, onTick }: { renewal: Renewal; onTick?: (id: string, done: boolean) => void }) {
  const t = useT(timelineMessages);
  const s = useT(sectionMessages);
  const format = useFormat();
  const timing = useStepTiming();
  const daysLeft = renewal.daysLeft!;
  const span = Math.max(0, ...renewal.milestones.map((m) => m.offsetDays));
  const name = (m: Milestone) => s(`milestone.${m.id}` as SectionKey);
  const today = axisPercent(daysLeft, span);
  return (
    <div className="sl-timeline-block">
      <div className="sl-timeline" role="group" aria-label={t('axis')}>
        <div className="sl-timeline-track" />
        {renewal.milestones.map((m) => (
          <span
            key={m.id}
            role="img"
            aria-label={`${name(m)}, ${t('offset', { days: m.offsetDays })}, ${format.date(m.dueDate)}`}
            className={`sl-timeline-dot sl-state-${m.state}`}
            style={{ left: `${axisPercent(m.offsetDays, span)}%` }}
          />
        ))}
        <span
          role="img"
          aria-label={daysLeft >= 0 ? t('todayAt', { days: daysLeft }) : t('todayPast', { days: -daysLeft })}
          className="sl-timeline-today"
          style={{ left: `${today}%` }}
        >
          <span aria-hidden="true">{t('today')}</span>
        </span>
      </div>
      <div className="sl-timeline-labels" aria-hidden="true">
        {renewal.milestones.map((m) => (
          <span key={m.id} style={{ left: `${axisPercent(m.offsetDays, span)}%` }}>
            {t('offset', { days: m.offsetDays })}
          </span>
        ))}
      </div>
      <ol className="sl-milestones">
        {renewal.milestones.map((m, i) => (
          <li key={m.id} className={`sl-state-${m.state}`} data-testid={`milestone-${m.id}`} data-state={m.state}>
            <label>
              <input type="checkbox" checked={m.state === 'done'} disabled={!onTick} onChange={(e) => onTick?.(m.id, e.target.checked)} />{' '}
              {name(m)}
            </label>{' '}
            <span className="sl-muted">{format.date(m.dueDate)}</span>{' '}
            <span className="sl-chip" data-testid={`milestone-timing-${m.id}`}>
              {timing(renewal.milestones, i, daysLeft)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
