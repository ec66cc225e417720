import ElectronStore from 'electron-store';
import { makeBackend } from '../ipc/backend';
import { prewarmWorker } from '../services/worker';
import { privateSettings, type KeyValueStore } from '../services/settings';
import type { NativeDialogs } from '../services/container';

/**
 * The Electron main's services, a bundle of their own (dist/electron/backend.cjs, scripts/build-electron.mjs): the
 * main bundle (main.cjs) is only the shell, so Electron compiles and runs ~0.3 MB before it opens the window instead
 * of ~11 MB; this one is required while the window loads (main/app/main.ts).
 */
export function makeElectronBackend(opts: { dataDir: string; appVersion: string; dialogs: NativeDialogs }) {
  const settingsStore = privateSettings(new ElectronStore({ cwd: opts.dataDir, name: 'settings', configFileMode: 0o600 }) as unknown as KeyValueStore & { path: string });
  const made = makeBackend({ ...opts, settingsStore });
  prewarmWorker(1000);
  return made;
}
