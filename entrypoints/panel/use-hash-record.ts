import { useEffect, useState } from 'react';
import type { RecordRef } from '../../lib/pages/record-ref';
import { recordFromHash } from './record-from-hash';

/** The record in the panel's hash, following the content script's location.replace updates. */
export function useHashRecord(): RecordRef | null {
  const [ref, setRef] = useState(() => recordFromHash(location.hash, location.ancestorOrigins));
  useEffect(() => {
    const onHash = () => setRef(recordFromHash(location.hash, location.ancestorOrigins));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return ref;
}
