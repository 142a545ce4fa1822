import type { NpsAnswer } from '../crm/snapshot';
import { addMonths, isoToMs } from './days';

export type NpsSegment = 'promoter' | 'passive' | 'detractor';

export function segmentOf(score: number): NpsSegment {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

export const SMALL_SAMPLE = 5;

export interface NpsResult {
  respondents: Array<NpsAnswer & { segment: NpsSegment }>;
  promoters: number;
  passives: number;
  detractors: number;
  /** %promoters − %detractors, −100..100; null without respondents. */
  score: number | null;
  /** The account segment read from its NPS (see accountSegment). */
  segment: NpsSegment | null;
  smallSample: boolean;
  asOf: string | null;
}

/**
 * The account segment from its NPS. An account leans promoter when promoters outnumber
 * detractors by 30 points or more, detractor when detractors outnumber promoters at all, and
 * passive between: a CSM reads "more detractors than promoters" as a warning whatever the size.
 */
export function accountSegment(score: number): NpsSegment {
  return score >= 30 ? 'promoter' : score < 0 ? 'detractor' : 'passive';
}

/** Account NPS over the latest answer of each respondent within the window. Never the average. */
export function computeNps(answers: readonly NpsAnswer[], today: string, windowMonths: number): NpsResult {
  const from = Date.parse(`${addMonths(today, -windowMonths)}T00:00:00Z`);
  const latest = new Map<string, { answer: NpsAnswer; at: number }>();
  for (const a of answers) {
    const at = isoToMs(a.answeredAt);
    if (at < from) continue;
    const seen = latest.get(a.respondentId);
    if (!seen || seen.at < at) latest.set(a.respondentId, { answer: a, at });
  }
  const respondents = [...latest.values()].sort((a, b) => b.at - a.at).map(({ answer }) => ({ ...answer, segment: segmentOf(answer.score) }));
  const count = (s: NpsSegment) => respondents.filter((r) => r.segment === s).length;
  const promoters = count('promoter');
  const detractors = count('detractor');
  const n = respondents.length;
  const score = n ? Math.round(((promoters - detractors) / n) * 100) : null;
  return {
    respondents,
    promoters,
    passives: count('passive'),
    detractors,
    score,
    segment: score === null ? null : accountSegment(score),
    smallSample: n > 0 && n < SMALL_SAMPLE,
    asOf: respondents[0]?.answeredAt ?? null,
  };
}
