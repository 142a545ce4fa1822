import { z } from 'zod';
import type { ConnectorCache } from '../connector';
import type { CrmResult } from '../errors';
import { FieldInfoSchema, type CrmSchema, type FieldInfo, type FieldType } from '../schema';
import { hubspotJson, type HubSpotHttp } from './client';
import { cachedDaily } from './pipelines';
import { batchRead } from './requests';
import { HsPropertyListSchema, type HsProperty } from './schemas';

/** The objects a view reads, with their labels. */
export const SCHEMA_OBJECTS = { companies: 'Companies', contacts: 'Contacts', deals: 'Deals', tickets: 'Tickets' } as const;
type SchemaObject = keyof typeof SCHEMA_OBJECTS;

function fieldType(p: HsProperty): FieldType {
  if (p.referencedObjectType) return 'reference';
  switch (p.type) {
    case 'string':
    case 'phone_number':
      return 'string';
    case 'number':
      return p.showCurrencySymbol === true ? 'currency' : 'number';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'bool':
      return 'boolean';
    case 'enumeration':
      return p.fieldType === 'booleancheckbox' ? 'boolean' : 'picklist';
    default:
      return 'other';
  }
}

/** One property as the normalised schema describes a field. */
export function toFieldInfo(p: HsProperty): FieldInfo {
  const type = fieldType(p);
  const options = p.options.filter((o) => o.hidden !== true).map((o) => o.value);
  return {
    name: p.name,
    label: p.label,
    type,
    ...(type === 'picklist' && options.length ? { picklistValues: options } : {}),
    ...(p.referencedObjectType ? { referenceTo: [p.referencedObjectType.toLowerCase()] } : {}),
    custom: p.hubspotDefined !== true,
  };
}

const fieldsKey = (portalId: string, object: SchemaObject) => `hubspot:${portalId}:properties:${object}`;

/**
 * The portal's properties of companies, contacts, deals and tickets (each cached for a day, read
 * in parallel), and the values of the record's company, so the settings page can suggest a
 * property and show what it holds. An object the token may not read is left out of the schema.
 */
export async function readHubSpotSchema(
  http: HubSpotHttp,
  cache: ConnectorCache,
  portalId: string,
  companyId: string | null,
  now: Date,
): Promise<CrmResult<{ schema: CrmSchema; accountValues: Record<string, unknown> | null }>> {
  const names = Object.keys(SCHEMA_OBJECTS) as SchemaObject[];
  const lists = await Promise.all(
    names.map((object) =>
      cachedDaily(cache, fieldsKey(portalId, object), now.getTime(), z.array(FieldInfoSchema), async () => {
        const answer = await hubspotJson(http, `/crm/v3/properties/${object}`, HsPropertyListSchema);
        return answer.ok ? { ok: true, value: answer.value.results.filter((p) => p.hidden !== true).map(toFieldInfo) } : answer;
      }),
    ),
  );
  const companies = lists[0]!;
  // Without the company properties there is nothing to map: say why.
  if (!companies.ok) return companies;
  const objects: CrmSchema['objects'] = {};
  names.forEach((object, i) => {
    const list = lists[i]!;
    if (list.ok) objects[object] = { label: SCHEMA_OBJECTS[object], fields: list.value };
  });
  let accountValues: Record<string, unknown> | null = null;
  if (companyId) {
    const company = await batchRead(
      http,
      'companies',
      [companyId],
      companies.value.map((f) => f.name),
    );
    if (company.ok && company.value[0]) accountValues = { ...company.value[0].properties };
  }
  return { ok: true, value: { schema: { source: portalId, fetchedAt: now.toISOString(), objects }, accountValues } };
}
