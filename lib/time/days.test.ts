import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, dayStartUtc, isCalendarDay, isoToMs } from './days';

describe('calendar days', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'], // not a leap year
    ['2000-02-28', 1, '2000-02-29'], // a leap year
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-30', -120, '2027-12-01'],
  ] as const)('%s + %i days → %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it('counts the leap day in a year that has one', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });

  it('agrees with Date for any day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), fc.integer({ min: -1000, max: 1000 }), (dayNo, n) => {
        const day = new Date(dayNo * 86_400_000).toISOString().slice(0, 10);
        const expected = new Date((dayNo + n) * 86_400_000).toISOString().slice(0, 10);
        return addDays(day, n) === expected && daysBetween(day, expected) === n && dayStartUtc(day) === Date.parse(`${day}T00:00:00Z`);
      }),
    );
  });

  it.each([
    ['2026-03-31', -1, '2026-02-28'],
    ['2028-02-29', -12, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-22', -12, '2025-11-22'],
    ['2026-01-31', 1, '2026-02-28'],
  ] as const)('%s shifted %i months → %s (clamped to the month’s last day)', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('isoToMs', () => {
  it('reads any canonical instant exactly as Date.parse does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        return isoToMs(iso) === Date.parse(iso);
      }),
    );
  });

  it.each(['2026-11-22T12:00:00+09:00', '2011-07-07T00:37:00.000+00:00', '2026-11-22', '2026-11-22T12:00:00Z'])(
    'hands other forms (%s) to Date.parse',
    (s) => {
      expect(isoToMs(s)).toBe(Date.parse(s));
    },
  );
});

describe('calendar days', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-10', false],
  ])('%s is a real day: %s', (day, real) => {
    expect(isCalendarDay(day)).toBe(real);
  });
});
