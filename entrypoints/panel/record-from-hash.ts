import { RecordRefSchema } from '../../lib/pages/record-ref-schema';
import type { RecordRef } from '../../lib/pages/record-ref';

/** The record the content script put in our URL's hash; anything else is no record. */
export function recordFromHash(hash: string): RecordRef | null {
  try {
    const parsed = RecordRefSchema.safeParse(JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
