import { useEffect, useState } from 'react';

/**
 * False until `ready` (the page's data shown) and the browser has painted it, then true: parts of a page below its
 * first screen (records, kits, the conclusion) mount in a second step, so a switch to the page shows its content at once.
 */
export function useAfterPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
