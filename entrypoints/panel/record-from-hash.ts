import { RecordRefSchema } from '../../lib/pages/record-ref-schema';
import type { RecordRef } from '../../lib/pages/record-ref';

/**
 * The record the content script put in our URL's hash; anything else is no record. The hash is
 * untrusted: any page allowed to frame the panel can write it. So the record must live on the host
 * of the page that embeds us (`ancestorOrigins`, where the browser has it: Chromium; Firefox
 * leaves it to the background's check of the requesting tab).
 */
export function recordFromHash(hash: string, ancestorOrigins?: ArrayLike<string>): RecordRef | null {
  let ref: RecordRef;
  try {
    const parsed = RecordRefSchema.safeParse(JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    if (!parsed.success) return null;
    ref = parsed.data;
  } catch {
    return null;
  }
  if (ancestorOrigins && ancestorOrigins.length > 0) {
    // The panel is framed by the CRM page itself, directly: one ancestor, the record's host.
    if (ancestorOrigins.length !== 1 || ancestorOrigins[0] !== `https://${ref.host}`) return null;
  }
  return ref;
}
