import type { NpsAnswer } from '../crm/snapshot.ts';
import { addMonths, dayStartUtc, isoToMs } from '../time/days.ts';

export type NpsSegment = 'promoter' | 'passive' | 'detractor';

/** 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function segmentOf(score: number): NpsSegment {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** Under this many respondents the panel shows each respondent's segment and says the sample is small. */
export const SMALL_SAMPLE = 5;

export type NpsRespondent = NpsAnswer & { segment: NpsSegment };

export interface NpsResult {
  /** Each respondent's latest answer in the window, newest first. */
  respondents: NpsRespondent[];
  promoters: number;
  passives: number;
  detractors: number;
  /** %promoters − %detractors, rounded, −100..+100; null without respondents. Never an average. */
  score: number | null;
  /** The account's segment, read from its NPS (see accountSegment). */
  segment: NpsSegment | null;
  smallSample: boolean;
  /** The newest answer counted. */
  asOf: string | null;
}

/**
 * The account's segment from its NPS, the way a CSM reads a B2B NPS: +30 and above is a
 * promoter account (clearly more fans than critics); below 0 is a detractor account (more
 * critics than fans, whatever the sample size: that is a warning); in between, passive. We do not
 * use the majority segment: 3 promoters and 2 detractors would read "promoter" while two of five
 * main users are critics. With a small sample the panel also lists each respondent.
 */
export function accountSegment(nps: number): NpsSegment {
  return nps >= 30 ? 'promoter' : nps < 0 ? 'detractor' : 'passive';
}

/** Account NPS from raw counts (for re-scoring "what if"): −100..+100, rounded; null without respondents. */
export function npsOf(promoters: number, detractors: number, respondents: number): number | null {
  if (respondents <= 0) return null;
  // `|| 0` turns −0 into 0: a formatted "−0" would puzzle anyone.
  return Math.round(((promoters - detractors) / respondents) * 100) || 0;
}

/**
 * Account NPS over the latest answer of each respondent answered on or after the window's first
 * day (today − `windowMonths`, from 00:00 UTC). An older answer of a respondent who answered
 * again inside the window is superseded; one who answered only before the window is left out.
 */
export function computeNps(answers: readonly NpsAnswer[], today: string, windowMonths: number): NpsResult {
  const from = dayStartUtc(addMonths(today, -windowMonths));
  const latest = new Map<string, { answer: NpsAnswer; at: number }>();
  for (const a of answers) {
    const at = isoToMs(a.answeredAt);
    if (!(at >= from)) continue;
    const seen = latest.get(a.respondentId);
    if (!seen || seen.at < at) latest.set(a.respondentId, { answer: a, at });
  }
  const kept = [...latest.values()].sort((a, b) => b.at - a.at);
  const respondents: NpsRespondent[] = [];
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const { answer } of kept) {
    const segment = segmentOf(answer.score);
    if (segment === 'promoter') promoters += 1;
    else if (segment === 'passive') passives += 1;
    else detractors += 1;
    respondents.push({ ...answer, segment });
  }
  const n = respondents.length;
  const score = npsOf(promoters, detractors, n);
  return {
    respondents,
    promoters,
    passives,
    detractors,
    score,
    segment: score === null ? null : accountSegment(score),
    smallSample: n > 0 && n < SMALL_SAMPLE,
    asOf: respondents[0]?.answeredAt ?? null,
  };
}
