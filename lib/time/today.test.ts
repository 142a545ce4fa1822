import { describe, expect, it } from 'vitest';
import { dayInTimeZone } from './today';

describe('the day of an instant in the CSM’s time zone', () => {
  it.each([
    ['2026-11-22T23:30:00.000Z', 'Asia/Seoul', '2026-11-23'], // 08:30 in Seoul: already the next day
    ['2026-11-22T14:59:59.000Z', 'Asia/Seoul', '2026-11-22'],
    ['2026-11-22T15:00:00.000Z', 'Asia/Seoul', '2026-11-23'], // midnight in Seoul
    ['2026-11-23T04:00:00.000Z', 'America/Los_Angeles', '2026-11-22'], // 20:00 the evening before
    ['2026-11-22T23:30:00.000Z', 'UTC', '2026-11-22'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(dayInTimeZone(new Date(instant), zone)).toBe(day);
  });

  it('answers a repeated instant in another zone with that zone’s day, not the last one asked', () => {
    const at = new Date('2026-11-22T23:30:00.000Z');
    expect(dayInTimeZone(at, 'Asia/Seoul')).toBe('2026-11-23');
    expect(dayInTimeZone(at, 'UTC')).toBe('2026-11-22');
  });
});
