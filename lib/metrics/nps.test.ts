import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NpsAnswer } from '../crm/snapshot';
import { accountSegment, computeNps, segmentOf } from './nps';

const answer = (
  respondentId: string,
  score: number,
  answeredAt = '2026-10-01T00:00:00.000Z',
  comment: string | null = null,
): NpsAnswer => ({
  respondentId,
  respondentName: null,
  score,
  comment,
  answeredAt,
});
const TODAY = '2026-11-22';

describe('NPS segment of a score', () => {
  it.each([
    [10, 'promoter'],
    [9, 'promoter'],
    [8, 'passive'],
    [7, 'passive'],
    [6, 'detractor'],
    [3, 'detractor'],
    [0, 'detractor'],
  ] as const)('%i is a %s', (score, segment) => {
    expect(segmentOf(score)).toBe(segment);
  });
});

describe('account NPS', () => {
  it('is %promoters − %detractors over each respondent’s latest answer, never the average', () => {
    const nps = computeNps(
      [
        answer('a', 10),
        answer('b', 9),
        answer('c', 0),
        answer('d', 8),
        answer('e', 3, '2026-05-01T00:00:00.000Z'),
        answer('e', 9, '2026-09-01T00:00:00.000Z'),
      ],
      TODAY,
      12,
    );
    // latest: a 10, b 9, c 0, d 8, e 9 → 3 promoters, 1 detractor of 5 → +40; the average (7.2) is not an NPS
    expect(nps).toMatchObject({ promoters: 3, passives: 1, detractors: 1, score: 40, segment: 'promoter', smallSample: false });
  });

  it('gives −100 when every respondent is a 6, though the average is 6 of 10', () => {
    const nps = computeNps(
      ['a', 'b', 'c', 'd', 'e'].map((r) => answer(r, 6)),
      TODAY,
      12,
    );
    expect(nps.score).toBe(-100);
    expect(nps.segment).toBe('detractor');
  });

  it('counts a respondent once, with their latest answer and its comment', () => {
    const nps = computeNps(
      [answer('a', 2, '2026-11-01T00:00:00.000Z', 'Now it broke'), answer('a', 10, '2026-03-01T00:00:00.000Z', 'Love it')],
      TODAY,
      12,
    );
    expect(nps.respondents).toHaveLength(1);
    expect(nps.respondents[0]).toMatchObject({ score: 2, segment: 'detractor', comment: 'Now it broke' });
    expect(nps.score).toBe(-100);
  });

  it('leaves out answers before the window, keeps the window’s first day, and honours a shorter window', () => {
    const answers = [
      answer('old', 10, '2025-11-21T23:59:59.000Z'),
      answer('edge', 9, '2025-11-22T00:00:00.000Z'),
      answer('recent', 6, '2026-11-01T00:00:00.000Z'),
    ];
    expect(computeNps(answers, TODAY, 12)).toMatchObject({ promoters: 1, detractors: 1, score: 0 });
    expect(computeNps(answers, TODAY, 3)).toMatchObject({ promoters: 0, detractors: 1, score: -100 });
  });

  it('lists the respondents newest first and says when the answers are as of', () => {
    const nps = computeNps([answer('a', 9, '2026-01-01T00:00:00.000Z'), answer('b', 7, '2026-11-20T00:00:00.000Z')], TODAY, 12);
    expect(nps.respondents.map((r) => r.respondentId)).toEqual(['b', 'a']);
    expect(nps.asOf).toBe('2026-11-20T00:00:00.000Z');
  });

  it.each([
    [4, true],
    [5, false],
  ])('flags a sample of %i respondents as small: %s', (n, small) => {
    const nps = computeNps(
      Array.from({ length: n }, (_, i) => answer(`r${i}`, 9)),
      TODAY,
      12,
    );
    expect(nps.smallSample).toBe(small);
  });

  it('has no score, no segment and no small-sample flag without answers', () => {
    expect(computeNps([], TODAY, 12)).toMatchObject({ score: null, segment: null, smallSample: false, respondents: [], asOf: null });
  });

  it('never shows “−0”', () => {
    const nps = computeNps([answer('a', 10), answer('b', 0), answer('c', 8)], TODAY, 12);
    expect(Object.is(nps.score, 0)).toBe(true);
  });

  it.each([
    [100, 'promoter'],
    [30, 'promoter'],
    [29, 'passive'],
    [0, 'passive'],
    [-1, 'detractor'],
    [-100, 'detractor'],
  ] as const)('an account NPS of %i reads as %s', (score, segment) => {
    expect(accountSegment(score)).toBe(segment);
  });

  it('always stays within −100..+100 and counts every respondent in one segment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ r: fc.string({ maxLength: 2 }), s: fc.integer({ min: 0, max: 10 }), d: fc.integer({ min: 0, max: 700 }) })),
        (rows) => {
          const nps = computeNps(
            rows.map((x) => answer(x.r, x.s, new Date(Date.parse('2026-11-22T00:00:00Z') - x.d * 86_400_000).toISOString())),
            TODAY,
            12,
          );
          const n = nps.respondents.length;
          return (
            (nps.score === null ? n === 0 : nps.score >= -100 && nps.score <= 100) && nps.promoters + nps.passives + nps.detractors === n
          );
        },
      ),
    );
  });
});
