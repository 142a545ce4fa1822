import type { AccountSnapshot, PartSource } from '../crm/snapshot.ts';

export type SourcedMeasure = 'usage' | 'adoption' | 'nps' | 'finance';
export type MeasureSource = { file: string; importedAt: string };

function fileOf(source: PartSource | undefined, fields: readonly string[]): MeasureSource | null {
  if (!source) return null;
  for (const f of fields) {
    const given = source.fields?.[f];
    if (given) return given;
  }
  return source.fields ? null : { file: source.file, importedAt: source.importedAt };
}

/**
 * The imported file behind each health measure's newest input, for the panel to name; a measure
 * fed by the CRM is absent. Usage reads active users or logins, adoption the feature counts.
 */
export function measureSources(snapshot: AccountSnapshot): Partial<Record<SourcedMeasure, MeasureSource>> {
  const out: Partial<Record<SourcedMeasure, MeasureSource>> = {};
  const usage = snapshot.usage.status === 'ok' ? snapshot.usage.source : undefined;
  const pairs: Array<[SourcedMeasure, MeasureSource | null]> = [
    ['usage', fileOf(usage, ['activeUsers', 'licensedSeats', 'logins'])],
    ['adoption', fileOf(usage, ['featuresUsed', 'featuresTotal'])],
    ['nps', fileOf(snapshot.nps.status === 'ok' ? snapshot.nps.source : undefined, [])],
    ['finance', fileOf(snapshot.invoices.status === 'ok' ? snapshot.invoices.source : undefined, [])],
  ];
  for (const [measure, source] of pairs) if (source) out[measure] = source;
  return out;
}
