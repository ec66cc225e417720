import type { AppContract, ResponseOf } from '../../shared/api/index';
import { START_DATA_ID } from '../../shared/startData';
import { request } from './client';

/**
 * The start page's two reads. Usually the host has written their answers into the page (shared/startData.ts: the
 * loopback host and the Electron main both do), and they are taken from there before anything else runs (main.tsx
 * imports this module first), so the first render is the start page, with no round trip. Without them (a host that
 * did not write them, a block that does not parse) the reads are sent as the first thing the page's script does, so
 * they run on the host while the browser is still evaluating React. Each answer is handed out once: a later read
 * (after creating a case, after a name change) asks the host again.
 */
type Answers = { 'app.info': ResponseOf<AppContract['app.info']>; 'cases.recent': ResponseOf<AppContract['cases.recent']> };
type Early = { [K in keyof Answers]: Promise<Answers[K]> };

/** The answers the host wrote into the page, or undefined; the block is removed either way (read once). */
export function startDataIn(doc: { getElementById(id: string): { textContent: string | null; remove(): void } | null }): Answers | undefined {
  const el = doc.getElementById(START_DATA_ID);
  if (!el) return undefined;
  el.remove();
  try {
    const d = JSON.parse(el.textContent ?? '') as Partial<Answers> | null;
    const info = d?.['app.info'];
    const recent = d?.['cases.recent'];
    if (info && typeof info === 'object' && typeof info.userName === 'string' && Array.isArray(recent)) return { 'app.info': info, 'cases.recent': recent };
  } catch {
    // Not JSON: ask the host.
  }
  return undefined;
}

const given = startDataIn(document);
const pending: Partial<Early> = given
  ? { 'app.info': Promise.resolve(given['app.info']), 'cases.recent': Promise.resolve(given['cases.recent']) }
  : { 'app.info': request('app.info', {}), 'cases.recent': request('cases.recent', {}) };
const sent = Object.values(pending);
// The answers that have arrived (at once when the page carried them), for a first render that shows them (earlyAnswer).
const arrived: Partial<Answers> = given ? { ...given } : {};
if (!given) {
  pending['app.info']!.then((v) => (arrived['app.info'] = v), () => {});
  pending['cases.recent']!.then((v) => (arrived['cases.recent'] = v), () => {});
}
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
export const earlyAnswered = (ms: number) => (given ? Promise.resolve() : Promise.race([Promise.allSettled(sent), new Promise((r) => setTimeout(r, ms))]));
