import { describe, expect, it } from 'vitest';
import type { VisitRecord } from './since-last-visit';
import { VISIT_KEEP_DAYS, visitsToForget } from './visit-retention';

const now = new Date('2026-11-22T12:00:00.000Z');
const visitedDaysAgo = (days: number): VisitRecord => ({
  at: new Date(now.getTime() - days * 86_400_000).toISOString(),
  score: 71,
  band: 'needs-attention',
  tickets: null,
  nps: null,
});

describe('which last visits a complete book refresh forgets', () => {
  it.each([
    // account, in the book now, the visit kept, forgotten
    ['in the book, seen two years ago', true, visitedDaysAgo(730), false],
    ['in the book, its visit damaged', true, null, false],
    ['out of the book (a colleague’s, opened in the panel), seen a month ago', false, visitedDaysAgo(30), false],
    ['out of the book, seen exactly 400 days ago', false, visitedDaysAgo(VISIT_KEEP_DAYS), false],
    ['out of the book, seen 401 days ago', false, visitedDaysAgo(VISIT_KEEP_DAYS + 1), true],
    ['out of the book, its visit damaged (the panel reads it as none)', false, null, true],
  ] as const)('%s', (_, inBook, visit, forgotten) => {
    const key = 'salesforce:00D000000000001EAA:001A000000000001AAA';
    expect(visitsToForget(new Map([[key, visit]]), new Set(inBook ? [key] : []), now)).toEqual(forgotten ? [key] : []);
  });

  it('names only the accounts to forget, among many', () => {
    const visits = new Map<string, VisitRecord | null>([
      ['hubspot:4400123:1', visitedDaysAgo(500)],
      ['hubspot:4400123:2', visitedDaysAgo(500)],
      ['hubspot:4400123:3', visitedDaysAgo(2)],
    ]);
    expect(visitsToForget(visits, new Set(['hubspot:4400123:1']), now)).toEqual(['hubspot:4400123:2']);
  });
});
