import type { ChecklistItem } from '../../lib/metrics/checklist';
import type { GoalDue } from '../../lib/plan/goals';
import { GoalsDueList } from '../plan/goals-due';
import { planMessages } from '../plan/plan-messages';
import { useFormat, useT } from '../i18n/i18n-context';
import { popupMessages, type PopupKey } from './popup-messages';

function Item({ item, onToggle }: { item: ChecklistItem; onToggle: (id: string, checked: boolean) => void }) {
  const t = useT(popupMessages);
  const format = useFormat();
  const label = item.kind === 'milestone' ? t(`milestone.${item.id}` as PopupKey) : t(item.id as PopupKey);
  return (
    <li className="sl-check-item" data-testid={`check-${item.id}`}>
      <label>
        <input type="checkbox" checked={item.checkedAt !== null} onChange={(e) => onToggle(item.id, e.target.checked)} /> {label}
      </label>
      <span className="sl-muted">
        {item.dueDate ? ` ${format.date(item.dueDate)}` : ''}
        {item.state && item.state !== 'done' ? ` · ${t(`state.${item.state}`)}` : ''}
        {item.checkedAt ? ` · ${t('checkedAt', { date: format.date(item.checkedAt) })}` : ''}
      </span>
      {item.hint ? <div className="sl-hint">{t(item.hint.id as PopupKey, item.hint.vars)}</div> : null}
    </li>
  );
}

/** The QBR / renewal steps of the current account's renewal cycle, checkable with a timestamp. */
export function RenewalChecklist({
  items,
  onToggle,
  goalsDue = [],
}: {
  items: readonly ChecklistItem[];
  onToggle: (id: string, checked: boolean) => void;
  /** The account plan's goals due for review in the checklist's window (their status is set in the plan). */
  goalsDue?: readonly GoalDue[];
}) {
  const t = useT(popupMessages);
  const p = useT(planMessages);
  return (
    <>
      <h3 className="sl-subheading">{t('milestones')}</h3>
      <ul className="sl-checklist">
        {items
          .filter((i) => i.kind === 'milestone')
          .map((item) => (
            <Item key={item.id} item={item} onToggle={onToggle} />
          ))}
      </ul>
      <h3 className="sl-subheading">{t('qbr')}</h3>
      <ul className="sl-checklist">
        {items
          .filter((i) => i.kind === 'qbr')
          .map((item) => (
            <Item key={item.id} item={item} onToggle={onToggle} />
          ))}
      </ul>
      {goalsDue.length ? (
        <>
          <h3 className="sl-subheading">{p('goalsDue')}</h3>
          <GoalsDueList due={goalsDue} />
        </>
      ) : null}
    </>
  );
}
