import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { BookRow } from '../../lib/metrics/book-row';
import type { Band } from '../../lib/metrics/health';
import { daysBetween } from '../../lib/time';
import { useFormat, useT } from '../i18n/i18n-context';
import { BAND_ICON, BandLabel } from '../panel/band-label';
import { sectionMessages } from '../panel/sections-messages';
import { bookMessages, type BookKey } from './book-messages';
import { Sparkline } from './sparkline';

type SortKey = 'name' | 'score' | 'coverage' | 'arr' | 'renewal' | 'nps' | 'tickets' | 'breaches';
const COLUMNS: Array<{ key: SortKey; label: BookKey }> = [
  { key: 'name', label: 'col.name' },
  { key: 'score', label: 'col.score' },
  { key: 'coverage', label: 'col.coverage' },
  { key: 'arr', label: 'col.arr' },
  { key: 'renewal', label: 'col.renewal' },
  { key: 'nps', label: 'col.nps' },
  { key: 'tickets', label: 'col.tickets' },
  { key: 'breaches', label: 'col.breaches' },
];
const WINDOWS = [30, 60, 90, 120];
/** Rows in the first frame (more than a screen holds); the rest follow in the next one. */
const FIRST_ROWS = 60;
const BANDS: readonly Band[] = ['at-risk', 'needs-attention', 'healthy'];

/** Days from today to the renewal (negative once passed), or null. */
export const daysToRenewal = (row: BookRow, today: string) => (row.renewalDate ? daysBetween(today, row.renewalDate) : null);

function valueOf(row: BookRow, key: SortKey, today: string): string | number | null {
  switch (key) {
    case 'name':
      return row.name;
    case 'score':
      return row.score;
    case 'coverage':
      return row.coverage;
    case 'arr':
      return row.arr;
    case 'renewal':
      return daysToRenewal(row, today);
    case 'nps':
      return row.nps;
    case 'tickets':
      return row.openTickets;
    case 'breaches':
      return row.slaBreaches;
  }
}

/** Every account of the book: sortable by any column, filtered by band, renewal window and owner; arrow keys move between rows. */
export function BookTable({
  rows,
  today,
  onboarding = {},
}: {
  rows: readonly BookRow[];
  today: string;
  /** The onboarding stage in words of each account still onboarding, by account key. */
  onboarding?: Readonly<Record<string, string>>;
}) {
  const t = useT(bookMessages);
  const s = useT(sectionMessages);
  const format = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  const [band, setBand] = useState<Band | 'unscored' | 'all'>('all');
  const [within, setWithin] = useState<number | null>(null);
  const [owner, setOwner] = useState<string>('');
  const owners = useMemo(() => [...new Set(rows.map((r) => r.ownerName ?? ''))].filter(Boolean).sort(), [rows]);

  const shown = useMemo(() => {
    const kept = rows.filter((r) => {
      if (band !== 'all' && (r.band ?? 'unscored') !== band) return false;
      if (owner && r.ownerName !== owner) return false;
      const days = daysToRenewal(r, today);
      return within === null || (days !== null && days >= 0 && days <= within);
    });
    // Empty values always last, whichever the direction.
    return kept.sort((a, b) => {
      const va = valueOf(a, sort.key, today);
      const vb = valueOf(b, sort.key, today);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      const r = typeof va === 'string' ? va.localeCompare(String(vb), format.locale) : va - (vb as number);
      return sort.desc ? -r : r;
    });
  }, [rows, band, owner, within, sort, today, format.locale]);

  // The first screenful paints at once; a 500-account book would otherwise hold the first frame back.
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => {
    if (limit >= shown.length) return;
    const frame = requestAnimationFrame(() => setLimit(Number.POSITIVE_INFINITY));
    return () => cancelAnimationFrame(frame);
  }, [limit, shown.length]);

  const moveFocus = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-row-link]')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[Math.min(links.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
  const none = t('noValue');
  const num = (n: number | null) => (n === null ? none : format.number(n));

  return (
    <section aria-labelledby="book-table-title">
      <h2 id="book-table-title" className="sl-visually-hidden">
        {t('title')}
      </h2>
      <div className="sl-book-filters">
        <label>
          {t('filter.band')}{' '}
          <select value={band} onChange={(e) => setBand(e.target.value as typeof band)}>
            <option value="all">{t('filter.all')}</option>
            {BANDS.map((b) => (
              <option key={b} value={b}>{`${BAND_ICON[b]} ${s(`band.${b}`)}`}</option>
            ))}
            <option value="unscored">{t('band.unscored')}</option>
          </select>
        </label>
        <label>
          {t('filter.renewal')}{' '}
          <select value={within ?? ''} onChange={(e) => setWithin(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('filter.all')}</option>
            {WINDOWS.map((d) => (
              <option key={d} value={d}>
                {t('filter.within', { days: d })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.owner')}{' '}
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <span role="status">{t('count', { shown: shown.length, total: rows.length })}</span>
      </div>
      <table className="sl-book-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => setSort({ key: c.key, desc: sort.key === c.key ? !sort.desc : c.key !== 'name' })}>
                  {t(c.label)}
                  {sort.key === c.key ? <span aria-hidden="true">{sort.desc ? ' ↓' : ' ↑'}</span> : null}
                </button>
              </th>
            ))}
            <th scope="col">{t('col.owner')}</th>
            <th scope="col">{t('col.refreshed')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={moveFocus}>
          {shown.slice(0, limit).map((r) => {
            const days = daysToRenewal(r, today);
            return (
              <tr
                key={r.accountKey}
                data-testid="book-row"
                data-account={r.accountId}
                onClick={() => r.url && window.open(r.url, '_blank', 'noopener')}
              >
                <th scope="row">
                  {r.url ? (
                    <a data-row-link href={r.url} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()}>
                      {r.name}
                    </a>
                  ) : (
                    <span>{r.name}</span>
                  )}
                  {onboarding[r.accountKey] ? (
                    <span className="sl-muted" data-testid="book-onboarding">
                      {' '}
                      · {onboarding[r.accountKey]}
                    </span>
                  ) : null}
                </th>
                <td>
                  {r.score === null || r.band === null ? (
                    t('band.unscored')
                  ) : (
                    <>
                      <BandLabel band={r.band} /> {format.number(r.score)}
                    </>
                  )}{' '}
                  <Sparkline points={r.sparkline} label={t('trend')} />
                </td>
                <td>{r.coverage === null ? none : format.percent(r.coverage)}</td>
                <td>{r.arr === null ? none : format.money(r.arr, r.currency, true)}</td>
                <td>{days === null ? none : days < 0 ? t('renewalPassed') : t('days', { days })}</td>
                <td>{num(r.nps)}</td>
                <td>{num(r.openTickets)}</td>
                <td>{num(r.slaBreaches)}</td>
                <td>{r.ownerName ?? none}</td>
                <td>{format.dateTime(r.refreshedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
