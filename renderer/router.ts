import { useEffect, useState } from 'react';

/** Hash routes: `#/` the start page, `#/case/<caseId>/<module>` inside an open case. No history leaves the window. */
export type Route = { page: 'start' } | { page: 'case'; caseId: string; module: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'case' && parts[1]) return { page: 'case', caseId: parts[1], module: parts[2] ?? 'info' };
  return { page: 'start' };
}

export function navigate(route: Route) {
  window.location.hash = route.page === 'start' ? '#/' : `#/case/${encodeURIComponent(route.caseId)}/${encodeURIComponent(route.module)}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
