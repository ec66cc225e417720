import type { AppContract, ResponseOf } from '../../shared/api/index';
import { request } from './client';

/**
 * The start page's two reads, sent as the first thing the page's script does (main.tsx imports this module first), so
 * they run on the host while the browser is still evaluating React and antd, instead of after the first render.
 * Each is handed out once: a later read (after creating a case, after a name change) asks the host again.
 */
type Early = { 'app.info': Promise<ResponseOf<AppContract['app.info']>>; 'cases.recent': Promise<ResponseOf<AppContract['cases.recent']>> };
const pending: Partial<Early> = {
  'app.info': request('app.info', {}),
  'cases.recent': request('cases.recent', {}),
};
// Nobody may be waiting yet: a failure is seen when the page takes the promise, not as an unhandled rejection.
for (const p of Object.values(pending)) p.catch(() => {});

export function earlyRead<K extends keyof Early>(name: K): Early[K] {
  const p = pending[name];
  delete pending[name];
  return (p ?? (name === 'app.info' ? request('app.info', {}) : request('cases.recent', {}))) as Early[K];
}
