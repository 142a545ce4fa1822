import { useCallback, useEffect, useState } from 'react';
import type { StoredValue } from '../../lib/browser/stored-keys';

/** A value kept in extension storage, live across tabs and extension pages. `undefined` while loading. */
export function useStoredValue<T>(item: StoredValue<T>): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    item.get().then((v) => alive && setValue(v), () => undefined);
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      void item.set(next);
    },
    [item],
  );
  return [value, set];
}
