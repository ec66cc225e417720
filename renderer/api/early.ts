import type { AppContract, ResponseOf } from '../../shared/api/index';
import { request } from './client';

/**
 * The start page's two reads, sent as the first thing the page's script does (main.tsx imports this module first), so
 * they run on the host while the browser is still evaluating React and antd, instead of after the first render.
 * Each is handed out once: a later read (after creating a case, after a name change) asks the host again.
 */
type Answers = { 'app.info': ResponseOf<AppContract['app.info']>; 'cases.recent': ResponseOf<AppContract['cases.recent']> };
type Early = { [K in keyof Answers]: Promise<Answers[K]> };
const pending: Partial<Early> = {
  'app.info': request('app.info', {}),
  'cases.recent': request('cases.recent', {}),
};
const sent = Object.values(pending);
// The answers that have arrived, for a first render that shows them at once (earlyAnswer).
const arrived: Partial<Answers> = {};
pending['app.info']!.then((v) => (arrived['app.info'] = v), () => {});
pending['cases.recent']!.then((v) => (arrived['cases.recent'] = v), () => {});
// Nobody may be waiting yet: a failure is seen when the page takes the promise, not as an unhandled rejection.
for (const p of sent) p.catch(() => {});

export function earlyRead<K extends keyof Early>(name: K): Early[K] {
  const p = pending[name];
  delete pending[name];
  delete arrived[name];
  return (p ?? (name === 'app.info' ? request('app.info', {}) : request('cases.recent', {}))) as Early[K];
}

/** The answer if it has arrived and was not handed out yet (then it is handed out); otherwise undefined. */
export function earlyAnswer<K extends keyof Answers>(name: K): Answers[K] | undefined {
  const v = arrived[name];
  if (v !== undefined) earlyRead(name);
  return v as Answers[K] | undefined;
}

/**
 * Settles when both reads have answered or failed, or after `ms`: main.tsx renders then, so that a host answering at
 * once (the loopback host answers them before its services are made) gets the start page in one render, and a slow
 * one gets the spinner meanwhile.
 */
export const earlyAnswered = (ms: number) => Promise.race([Promise.allSettled(sent), new Promise((r) => setTimeout(r, ms))]);
