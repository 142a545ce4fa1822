import { describe, expect, it } from 'vitest';
import {
  DEFAULT_METRICS_SETTINGS as D,
  MetricsSettingsSchema,
  parseMetricsSettings,
  parseMetricsSettingsWithIssues,
} from './metrics-settings';

describe('metrics settings defaults (DESIGN §2)', () => {
  it('carry the scorecard, SLA, windows and milestones of the design', () => {
    expect(D).toMatchObject({
      version: 1,
      weights: { usage: 25, adoption: 10, nps: 20, support: 20, finance: 15, relationship: 10 },
      bands: { atRiskBelow: 50, healthyFrom: 75 },
      usage: { dropThreshold: 0.2, dropPenalty: 20 },
      finance: { firstDays: 30, firstScore: 60, secondDays: 60, secondScore: 30 },
      slaDays: { urgent: 1, high: 3, medium: 7, low: 14 },
      ticketWindowDays: 90,
      npsWindowMonths: 12,
      relationship: { touchWithinDays: 30 },
      segments: { enterpriseFrom: 100_000, midMarketFrom: 25_000 },
    });
    expect(D.milestones.map((m) => [m.id, m.offsetDays])).toEqual([
      ['risk-review', 120],
      ['qbr', 90],
      ['proposal', 60],
      ['commercial', 30],
      ['signed', 0],
    ]);
    expect(Object.values(D.weights).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('reading stored settings', () => {
  it('gives the defaults for nothing stored, silently', () => {
    for (const raw of [undefined, null, {}]) expect(parseMetricsSettingsWithIssues(raw)).toEqual({ settings: D, issues: [] });
  });

  it('keeps what is valid and fills the rest field by field, without a word about missing values', () => {
    const { settings, issues } = parseMetricsSettingsWithIssues({ weights: { usage: 50 }, slaDays: { urgent: 2 }, npsWindowMonths: 6 });
    expect(settings.weights).toEqual({ ...D.weights, usage: 50 });
    expect(settings.slaDays).toEqual({ ...D.slaDays, urgent: 2 });
    expect(settings.npsWindowMonths).toBe(6);
    expect(issues).toEqual([]);
  });

  it('replaces each invalid value with its default and says where and why', () => {
    const { settings, issues } = parseMetricsSettingsWithIssues({
      weights: { usage: -5, nps: 30 },
      slaDays: 'soon',
      ticketWindowDays: 2.5,
      usage: { weeklyLoginMinimum: 0 },
      milestones: [
        { id: 'qbr', offsetDays: 80 },
        { id: '', offsetDays: 10 },
        { id: 'qbr', offsetDays: 70 },
        { id: 'signed', offsetDays: 0 },
      ],
    });
    expect(settings.weights).toEqual({ ...D.weights, nps: 30 });
    expect(settings.slaDays).toEqual(D.slaDays);
    expect(settings.ticketWindowDays).toBe(90);
    expect(settings.usage.weeklyLoginMinimum).toBe(5);
    expect(settings.milestones).toEqual([
      { id: 'qbr', offsetDays: 80 },
      { id: 'signed', offsetDays: 0 },
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      'weights.usage',
      'usage.weeklyLoginMinimum',
      'slaDays',
      'ticketWindowDays',
      'milestones.1',
      'milestones.2.id',
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('resets a section whose values contradict each other, and says so', () => {
    const { settings, issues } = parseMetricsSettingsWithIssues({
      bands: { atRiskBelow: 80, healthyFrom: 60 },
      weights: { usage: 0, adoption: 0, nps: 0, support: 0, finance: 0, relationship: 0 },
      segments: { enterpriseFrom: 20_000, midMarketFrom: 50_000 },
    });
    expect(settings.bands).toEqual(D.bands);
    expect(settings.weights).toEqual(D.weights);
    expect(settings.segments).toEqual(D.segments);
    expect(issues.map((i) => i.path).sort()).toEqual(['bands.healthyFrom', 'segments.enterpriseFrom', 'weights']);
  });

  it('never throws, whatever is stored', () => {
    for (const raw of [42, 'x', [], { weights: null }, { milestones: 'all' }, { version: 7 }, { bands: [] }]) {
      const { settings, issues } = parseMetricsSettingsWithIssues(raw);
      expect(MetricsSettingsSchema.safeParse(settings).success).toBe(true);
      expect(issues.length).toBeGreaterThan(0);
    }
    expect(parseMetricsSettings('garbage')).toEqual(D);
  });

  it('round-trips saved settings unchanged', () => {
    const saved = { ...D, weights: { ...D.weights, finance: 0 }, milestones: [{ id: 'kickoff', offsetDays: 150 }, ...D.milestones] };
    expect(parseMetricsSettingsWithIssues(JSON.parse(JSON.stringify(saved)))).toEqual({ settings: saved, issues: [] });
  });
});

describe('the schema the options form validates with', () => {
  it('points a rule across fields at the field to fix', () => {
    const r = MetricsSettingsSchema.safeParse({ ...D, relationship: { ...D.relationship, zeroAfterDays: 20 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['relationship.zeroAfterDays']);
  });

  it.each([
    ['bands', { atRiskBelow: 60, healthyFrom: 60 }, true],
    ['relationship', { ...D.relationship, zeroAfterDays: D.relationship.touchWithinDays }, false],
    ['finance', { ...D.finance, secondDays: D.finance.firstDays }, true],
    ['finance', { ...D.finance, secondDays: D.finance.firstDays - 1 }, false],
    ['segments', { enterpriseFrom: 50_000, midMarketFrom: 50_000 }, true],
  ] as const)('keeps each pair of thresholds in order at its edge: %s %o accepted: %s', (key, value, accepted) => {
    expect(MetricsSettingsSchema.safeParse({ ...D, [key]: value }).success).toBe(accepted);
  });

  it('refuses a negative SLA', () => {
    expect(MetricsSettingsSchema.safeParse({ ...D, slaDays: { ...D.slaDays, high: -3 } }).success).toBe(false);
  });
});
