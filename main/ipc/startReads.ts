import { Settings, settingsFileSnapshot, type KeyValueStore } from '../services/settings';
import { appInfo, recentCases } from '../services/startReads';
import type { Result } from '../../shared/result';

/**
 * Answers a call from what is there before the services (undefined: the call waits for the backend). The loopback host
 * uses it until its backend is made (main/host/server.ts); a promise when what it reads is still being opened.
 */
export type StartReads = (name: string, body: unknown) => Result<unknown> | undefined | Promise<Result<unknown> | undefined>;

/** What the start page reads as soon as its script runs (renderer/api/early.ts). */
export const START_READS = ['app.info', 'cases.recent'] as const;

/**
 * The start page's two reads, app.info and cases.recent, answered by the services' own functions over the same
 * settings store the services are then made with. Their requests are empty objects in the contract (shared/api):
 * anything else is left to the dispatch, which answers it as it would any malformed request.
 */
export function startReads(o: { appVersion: string; dataDir: string; settingsStore: KeyValueStore; nativeDialogs: boolean }): (name: string, body: unknown) => Result<unknown> | undefined {
  const settings = new Settings(o.settingsStore);
  const reads: Record<(typeof START_READS)[number], () => unknown> = {
    'app.info': () => appInfo({ appVersion: o.appVersion, dataDir: o.dataDir, nativeDialogs: o.nativeDialogs, settings }),
    'cases.recent': () => recentCases(settings),
  };
  return (name, body) => {
    if (!(START_READS as readonly string[]).includes(name) || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    try {
      return { ok: true, value: reads[name as (typeof START_READS)[number]]() };
    } catch {
      // A settings file that cannot be read now: the backend's dispatch answers, with its own error if it fails too.
      return undefined;
    }
  };
}

type StartReadOptions = { appVersion: string; dataDir: string; nativeDialogs: boolean };

/**
 * The answers to both start reads, as the page's data block carries them (shared/startData.ts), or undefined when
 * either cannot be answered from the settings (the page then asks, and the services answer).
 */
export function startData(o: StartReadOptions & { settingsStore: KeyValueStore }): Record<(typeof START_READS)[number], unknown> | undefined {
  const read = startReads(o);
  const out: Partial<Record<(typeof START_READS)[number], unknown>> = {};
  for (const name of START_READS) {
    const r = read(name, {});
    if (!r?.ok) return undefined;
    out[name] = r.value;
  }
  return out as Record<(typeof START_READS)[number], unknown>;
}

/**
 * The start reads over the settings file as it is at each call (settingsFileSnapshot), with neither conf,
 * electron-store nor the services loaded: the loopback host (main/host/serve.ts) and the Electron main
 * (main/app/main.ts) both answer the start page from these, before and after their services are made.
 */
export function fileStartReads(o: StartReadOptions): { reads: StartReads; data: () => ReturnType<typeof startData> } {
  const store = () => settingsFileSnapshot(o.dataDir);
  return {
    reads: (name, body) => {
      const settingsStore = store();
      return settingsStore ? startReads({ ...o, settingsStore })(name, body) : undefined;
    },
    data: () => {
      const settingsStore = store();
      return settingsStore ? startData({ ...o, settingsStore }) : undefined;
    },
  };
}
