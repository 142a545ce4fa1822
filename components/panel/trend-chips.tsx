import type { Trend } from '../../lib/metrics/health';
import { useFormat, useT } from '../i18n/i18n-context';
import { sectionMessages } from './sections-messages';

const ARROW = { up: '▲', down: '▼', flat: '▶' } as const;

/**
 * One chip per window that has a stored score to compare with: arrow, signed change, colour and
 * words together. A window without history shows nothing rather than "no history".
 */
export function TrendChips({ trend }: { trend: readonly Trend[] }) {
  const t = useT(sectionMessages);
  const format = useFormat();
  const known = trend.filter((x): x is Trend & { change: number } => x.change !== null);
  if (!known.length) return null;
  return (
    <ul className="sl-trend" aria-label={t('trend')}>
      {known.map((x) => {
        const way = x.change > 0 ? 'up' : x.change < 0 ? 'down' : 'flat';
        return (
          <li key={x.days} className={`sl-chip sl-trend-${way}`} data-testid={`health-trend-${x.days}`}>
            <span aria-hidden="true">{ARROW[way]}</span> {format.signed(x.change)} {t(`trend.${way}`, { days: x.days })}
          </li>
        );
      })}
    </ul>
  );
}

/** The stored daily scores as a line, when there are at least two. */
export function Sparkline({ history }: { history: ReadonlyArray<{ day: string; score: number | null }> }) {
  const t = useT(sectionMessages);
  const points = history
    .filter((h): h is { day: string; score: number } => h.score !== null)
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .slice(-90);
  if (points.length < 2) return null;
  const w = 120;
  const h = 28;
  const d = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${((i / (points.length - 1)) * w).toFixed(1)},${(h - (p.score / 100) * h).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      className="sl-sparkline"
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={t('sparkline', { days: points.length })}
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
