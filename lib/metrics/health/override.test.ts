import { describe, expect, it } from 'vitest';
import { fullSnapshot, health, now, scored } from '../../../test/support/health-fixtures';
import { emptySnapshot } from '../../../test/support/snapshot-builder';
import { DEFAULT_METRICS_SETTINGS as S } from '../../settings/metrics-settings';
import { isOverrideActive } from '..';

describe('CSM override', () => {
  const override = { score: 30, reason: 'Exec sponsor unhappy', expiresAt: '2026-12-01T00:00:00.000Z' };

  it('applies before it expires, with its own band, and keeps the computed score beside it', () => {
    const h = scored(health(fullSnapshot(), S, now, 'UTC', { override }));
    expect(h.override).toEqual({ ...override, band: 'at-risk' });
    expect(h).toMatchObject({ score: 84, band: 'healthy' });
  });

  it('no longer applies from its expiry instant on', () => {
    expect(scored(health(fullSnapshot(), S, new Date('2026-12-01T00:00:00.000Z'), 'UTC', { override })).override).toBeNull();
    expect(scored(health(fullSnapshot(), S, new Date('2026-11-30T23:59:59.000Z'), 'UTC', { override })).override).not.toBeNull();
  });

  it('with a date-only expiry applies through that whole day in the CSM’s time zone', () => {
    const o = { ...override, expiresAt: '2026-11-30' };
    expect(isOverrideActive(o, new Date('2026-11-30T14:59:00.000Z'), '2026-11-30')).toBe(true);
    const seoulNextDay = new Date('2026-11-30T15:30:00.000Z'); // 00:30 on Dec 1 in Seoul, still Nov 30 in UTC
    expect(scored(health(fullSnapshot(), S, seoulNextDay, 'Asia/Seoul', { override: o })).override).toBeNull();
    expect(scored(health(fullSnapshot(), S, seoulNextDay, 'UTC', { override: o })).override).not.toBeNull();
  });

  it('never applies with an unreadable expiry', () => {
    expect(isOverrideActive({ expiresAt: 'someday' }, now, '2026-11-22')).toBe(false);
  });

  it('keeps an out-of-range override score within 0–100', () => {
    expect(scored(health(fullSnapshot(), S, now, 'UTC', { override: { ...override, score: 140 } })).override).toMatchObject({
      score: 100,
      band: 'healthy',
    });
  });

  it('still shows when there is not enough data for a score', () => {
    const h = health(emptySnapshot({ tickets: { status: 'missing' }, contacts: { status: 'missing' } }), S, now, 'UTC', { override });
    expect(h).toMatchObject({ state: 'not-enough-data', override: { score: 30, band: 'at-risk' } });
  });
});
