import { npsOf } from '../nps.ts';
import { NO_DATA, type LeverDraft, type MeasureContext, type Scored } from './measure.ts';

// The NPS measure: (account NPS + 100) ÷ 2. The account NPS itself is lib/metrics/nps.ts.

const npsPoints = (nps: number) => (nps + 100) / 2;

export function nps({ nps }: MeasureContext): Scored {
  if (nps.score === null) return NO_DATA;
  const n = nps.respondents.length;
  const score = npsPoints(nps.score);
  let lever: LeverDraft | null = null;
  if (nps.detractors > 0) {
    const names = nps.respondents.flatMap((r) => (r.segment === 'detractor' && r.respondentName ? [r.respondentName] : []));
    lever = {
      action: 'follow-up-detractors',
      vars: { detractors: nps.detractors },
      ...(names.length ? { names } : {}),
      score: npsPoints(npsOf(nps.promoters, 0, n)!),
    };
  } else if (nps.passives > 0) lever = { action: 'convert-passives', vars: { passives: nps.passives }, score: 100 };
  return {
    score,
    inputs: [
      { id: 'accountNps', value: nps.score, asOf: nps.asOf },
      { id: 'respondents', value: n, asOf: nps.asOf },
    ],
    asOf: nps.asOf,
    lever,
  };
}
