import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RecentCase } from '../../shared/domain/case';
import { fault } from '../../shared/api/errors';

/** The part of electron-store / conf the app uses: both satisfy it, so services never know which they have. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

type RecentEntry = Omit<RecentCase, 'exists'>;
const MAX_RECENT = 20;

/**
 * App settings and the recent-cases list. Only paths and case types are kept here, never titles or contents: the
 * settings file is not encrypted, and a case's title can itself be confidential.
 */
export class Settings {
  constructor(private readonly store: KeyValueStore) {}

  userName(): string {
    const v = this.store.get('userName');
    if (typeof v === 'string' && v) return v;
    try {
      return os.userInfo().username;
    } catch {
      return '本机用户';
    }
  }

  /**
   * The user's own name, for what is printed with it (an expert's ruling, a 代录 operator): never the system login
   * (root, Administrator), so without a name set this refuses and the UI asks for it.
   */
  printedName(): string {
    const v = this.store.get('userName');
    if (typeof v === 'string' && v.trim()) return v.trim();
    throw fault('USER_NAME_REQUIRED');
  }

  /** Whether a recorded name is the system login (or its stand-in), i.e. no person's name: never printed. */
  isLogin(name: string): boolean {
    if (name === '本机用户') return true;
    try {
      return name === os.userInfo().username;
    } catch {
      return false;
    }
  }

  setUserName(name: string) {
    this.store.set('userName', name);
  }

  recentCases(): RecentEntry[] {
    const v = this.store.get('recentCases');
    return Array.isArray(v) ? (v as RecentEntry[]) : [];
  }

  touchRecent(entry: RecentEntry) {
    const rest = this.recentCases().filter((r) => r.path !== entry.path);
    this.store.set('recentCases', [entry, ...rest].slice(0, MAX_RECENT));
  }

  forgetRecent(path: string) {
    this.store.set('recentCases', this.recentCases().filter((r) => r.path !== path));
  }
}

/**
 * conf and electron-store create settings.json with configFileMode, which the umask can still widen, and leave an
 * existing file's mode as it is: chmod it to owner-only after every write.
 */
export function privateSettings<T extends KeyValueStore & { path: string }>(store: T): T {
  const chmod = () => {
    try {
      fs.chmodSync(store.path, 0o600);
    } catch {
      // Not written yet, or a file system without modes (FAT on a USB stick): nothing to tighten.
    }
  };
  chmod();
  const set = store.set.bind(store);
  store.set = (k: string, v: unknown) => {
    set(k, v);
    chmod();
  };
  return store;
}

/** Settings under plain Node (CLI, host, tests): electron-store's own engine, `conf`, in the data folder. */
export async function nodeSettingsStore(dataDir: string): Promise<KeyValueStore> {
  const { default: Conf } = await import('conf');
  const make = () => privateSettings(new Conf({ cwd: dataDir, configName: 'settings', projectName: 'review-desk', clearInvalidConfig: false, configFileMode: 0o600 }) as unknown as KeyValueStore & { path: string });
  try {
    return make();
  } catch {
    // A damaged settings file must not keep the app from starting: keep it aside for inspection and start afresh.
    const file = path.join(dataDir, 'settings.json');
    if (fs.existsSync(file)) fs.renameSync(file, `${file}.damaged-${Date.now()}`);
    return make();
  }
}

/**
 * The settings file as it is now, read-only and without conf or electron-store: both keep it at
 * `<data folder>/settings.json` (conf's `cwd` + `configName`, electron-store's `cwd` + `name`) and write it at every
 * `set`, so one read gives what their `get` gives. The start page's reads use it (main/ipc/startReads.ts): the loopback
 * host and the Electron main answer them, and write them into the page, before the store and the services are loaded.
 * No file: empty settings, as the stores start. A file that cannot be read or parsed: null (the services' store then
 * answers, and deals with a damaged file as it does).
 */
export function settingsFileSnapshot(dataDir: string): KeyValueStore | null {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') return null;
    data = {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const values = data as Record<string, unknown>;
  return {
    get: (key) => (Object.hasOwn(values, key) ? values[key] : undefined),
    set: () => {
      throw new Error('settingsFileSnapshot is read-only');
    },
  };
}
