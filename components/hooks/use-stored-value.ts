import { useCallback, useEffect, useState } from 'react';
import type { StoredValue } from '../../lib/browser/stored-keys';

/**
 * A value kept in extension storage, live across tabs and extension pages. `undefined` while
 * loading, and while there is no item yet (an account's key before its snapshot arrived).
 */
export function useStoredValue<T>(item: StoredValue<T> | null): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    setValue(undefined);
    if (!item) return;
    let alive = true;
    item.get().then(
      (v) => alive && setValue(v),
      () => undefined,
    );
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      void item?.set(next);
    },
    [item],
  );
  return [value, set];
}
