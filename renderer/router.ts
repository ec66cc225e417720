import { useEffect, useState } from 'react';

/**
 * Hash routes: `#/` the start page, `#/case/<caseId>/<module>` inside an open case, `#/expert` the expert's own screen
 * for a kit (no case open). No history leaves the window.
 */
export type Route = { page: 'start' } | { page: 'expert' } | { page: 'case'; caseId: string; module: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'case' && parts[1]) return { page: 'case', caseId: parts[1], module: parts[2] ?? 'info' };
  if (parts[0] === 'expert') return { page: 'expert' };
  return { page: 'start' };
}

export function navigate(route: Route) {
  window.location.hash = route.page === 'case' ? `#/case/${encodeURIComponent(route.caseId)}/${encodeURIComponent(route.module)}` : route.page === 'expert' ? '#/expert' : '#/';
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
