/**
 * What the content script hands the panel: which CRM record the user is looking at.
 * A plain type here (the content script must stay free of zod); the panel parses it with
 * RecordRefSchema when it arrives.
 */
export type RecordRef =
  | {
      crm: 'salesforce';
      /** The page's host (e.g. acme.lightning.force.com); the API host is derived from it. */
      host: string;
      /** SObject API name: Account, Contact, Opportunity, Case or Contract. */
      objectType: string;
      /** Always the 18-character form. */
      recordId: string;
    }
  | {
      crm: 'hubspot';
      host: string;
      objectType: 'company' | 'contact' | 'deal' | 'ticket';
      recordId: string;
      portalId: string;
    };
/** Every CRM Success Lens reads (one entry per folder under lib/crm/). */
export const CRMS = ['salesforce', 'hubspot'] as const;
export type Crm = (typeof CRMS)[number];

/** A stable key for one record across the extension (cache keys, store keys). */
export function recordKey(ref: RecordRef): string {
  return ref.crm === 'hubspot'
    ? `hubspot:${ref.portalId}:${ref.objectType}:${ref.recordId}`
    : `salesforce:${ref.host}:${ref.objectType}:${ref.recordId}`;
}
