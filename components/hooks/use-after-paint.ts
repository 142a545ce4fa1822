import { useEffect, useState } from 'react';

/**
 * True once the browser has painted after `ready` became true (a frame, then a task), and from
 * then on: work the first paint does not show (the live CRM read, more rows, later columns) waits for it.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return painted;
}
