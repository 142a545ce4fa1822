import { useMemo, useState, type KeyboardEvent } from 'react';
import type { BookRow } from '../../lib/metrics/book-row';
import type { ChecklistProgress } from '../../lib/metrics/checklist';
import type { Band } from '../../lib/metrics/health';
import { CUSTOMER_SEGMENTS, type CustomerSegment } from '../../lib/metrics/segment';
import { daysBetween } from '../../lib/time';
import { useAfterPaint } from '../hooks/use-after-paint';
import { useFormat, useT } from '../i18n/i18n-context';
import { BAND_ICON, BandLabel } from '../panel/band-label';
import { sectionMessages } from '../panel/sections-messages';
import { bookMessages, type BookKey } from './book-messages';
import { Sparkline } from './sparkline';

type SortKey = 'name' | 'score' | 'coverage' | 'arr' | 'renewal' | 'checklist' | 'nps' | 'tickets' | 'breaches';
const COLUMNS: Array<{ key: SortKey; label: BookKey }> = [
  { key: 'name', label: 'col.name' },
  { key: 'score', label: 'col.score' },
  { key: 'coverage', label: 'col.coverage' },
  { key: 'arr', label: 'col.arr' },
  { key: 'renewal', label: 'col.renewal' },
  { key: 'checklist', label: 'col.checklist' },
  { key: 'nps', label: 'col.nps' },
  { key: 'tickets', label: 'col.tickets' },
  { key: 'breaches', label: 'col.breaches' },
];
const WINDOWS = [30, 60, 90, 120];
/** Rows in the first frame (more than a tall screen shows below the page's head); the rest follow once it has painted. */
const FIRST_ROWS = 30;
const BANDS: readonly Band[] = ['at-risk', 'needs-attention', 'healthy'];
const SEGMENT_OPTIONS: readonly CustomerSegment[] = [...CUSTOMER_SEGMENTS, 'unknown'];
/** The industry filter's value for accounts whose CRM record names none. */
const NO_INDUSTRY = '\u0000none';

/**
 * The renewal checklist of an account in the checklist window, as far as it is read: absent for
 * an account without a renewal in the window.
 */
export type ChecklistCell = ({ state: 'ready' } & ChecklistProgress) | { state: 'loading' } | { state: 'failed' };

/** Days from today to the renewal (negative once passed), or null. */
export const daysToRenewal = (row: BookRow, today: string) => (row.renewalDate ? daysBetween(today, row.renewalDate) : null);

function valueOf(row: BookRow, key: SortKey, today: string, checklist: ChecklistCell | undefined): string | number | null {
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
    case 'checklist':
      return checklist?.state === 'ready' && checklist.total ? checklist.done / checklist.total : null;
    case 'nps':
      return row.nps;
    case 'tickets':
      return row.openTickets;
    case 'breaches':
      return row.slaBreaches;
  }
}

/**
 * Every account of the book: sortable by any column, filtered by band, renewal window, segment,
 * industry and owner; arrow keys move between rows.
 */
export function BookTable({
  rows,
  today,
  onboarding = {},
  checklists = {},
}: {
  rows: readonly BookRow[];
  today: string;
  /** The onboarding stage in words of each account still onboarding, by account key. */
  onboarding?: Readonly<Record<string, string>>;
  /** The renewal checklist of each account in the checklist window, by account key. */
  checklists?: Readonly<Record<string, ChecklistCell>>;
}) {
  const t = useT(bookMessages);
  const s = useT(sectionMessages);
  const format = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  const [band, setBand] = useState<Band | 'unscored' | 'all'>('all');
  const [within, setWithin] = useState<number | null>(null);
  const [owner, setOwner] = useState<string>('');
  const [segment, setSegment] = useState<CustomerSegment | ''>('');
  const [industry, setIndustry] = useState<string>('');
  const owners = useMemo(() => [...new Set(rows.map((r) => r.ownerName ?? ''))].filter(Boolean).sort(), [rows]);
  const industries = useMemo(
    () => [...new Set(rows.map((r) => r.industry ?? ''))].filter(Boolean).sort((a, b) => a.localeCompare(b, format.locale)),
    [rows, format.locale],
  );
  const someWithoutIndustry = useMemo(() => rows.some((r) => !r.industry), [rows]);

  const shown = useMemo(() => {
    const kept = rows.filter((r) => {
      if (band !== 'all' && (r.band ?? 'unscored') !== band) return false;
      if (owner && r.ownerName !== owner) return false;
      if (segment && r.segment !== segment) return false;
      if (industry && (r.industry || NO_INDUSTRY) !== industry) return false;
      const days = daysToRenewal(r, today);
      return within === null || (days !== null && days >= 0 && days <= within);
    });
    // Empty values always last, whichever the direction.
    return kept.sort((a, b) => {
      const va = valueOf(a, sort.key, today, checklists[a.accountKey]);
      const vb = valueOf(b, sort.key, today, checklists[b.accountKey]);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      const r = typeof va === 'string' ? va.localeCompare(String(vb), format.locale) : va - (vb as number);
      return sort.desc ? -r : r;
    });
  }, [rows, band, owner, segment, industry, within, sort, today, format.locale, checklists]);

  // The first screenful paints at once; a 500-account book would otherwise hold the first frame back.
  const limit = useAfterPaint(shown.length > 0) ? shown.length : FIRST_ROWS;

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
  const checklistText = (cell: ChecklistCell | undefined) =>
    !cell
      ? none
      : cell.state === 'loading'
        ? t('checklistLoading')
        : cell.state === 'failed'
          ? t('checklistFailed')
          : t('checklistDone', { done: format.number(cell.done), total: format.number(cell.total) });

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
          {t('filter.segment')}{' '}
          <select value={segment} onChange={(e) => setSegment(e.target.value as typeof segment)}>
            <option value="">{t('filter.all')}</option>
            {SEGMENT_OPTIONS.map((s) => (
              <option key={s} value={s}>
                {t(`segment.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.industry')}{' '}
          <select value={industry} onChange={(e) => setIndustry(e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {industries.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
            {someWithoutIndustry ? <option value={NO_INDUSTRY}>{t('industry.none')}</option> : null}
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
                <td data-testid="book-checklist">{checklistText(checklists[r.accountKey])}</td>
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
