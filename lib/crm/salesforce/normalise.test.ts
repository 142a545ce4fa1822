import { describe, expect, it } from 'vitest';
import { sfDate, sfDateTime, sfId } from './normalise';

describe('Salesforce values', () => {
  it.each([
    ['2011-07-07T00:37:00.000+0000', '2011-07-07T00:37:00.000Z'],
    ['2011-07-07T09:37:00.000+0900', '2011-07-07T00:37:00.000Z'],
    ['2011-07-06T19:37:00.000-0500', '2011-07-07T00:37:00.000Z'],
    ['2011-07-07T00:37:00.000+09:00', '2011-07-06T15:37:00.000Z'],
    ['2011-07-07T00:37:00Z', '2011-07-07T00:37:00.000Z'],
    ['2011-07-07', '2011-07-07T00:00:00.000Z'],
  ])('datetime %s → %s', (raw, iso) => {
    expect(sfDateTime(raw)).toBe(iso);
  });

  it('rejects what is not a date', () => {
    expect(sfDateTime('yesterday')).toBeNull();
    expect(sfDateTime('2011-13-45T00:00:00Z')).toBeNull();
    expect(sfDateTime(null)).toBeNull();
    expect(sfDate('2026-02-30')).toBeNull();
    expect(sfDate('2026-11-22T23:30:00.000-0500')).toBe('2026-11-23');
  });

  it('gives every id its 18-character form', () => {
    expect(sfId('001xx000003DGb2')).toBe('001xx000003DGb2AAG');
    expect(sfId('001xx000003DGb2AAG')).toBe('001xx000003DGb2AAG');
    expect(sfId('not an id')).toBe('not an id');
  });
});
