import fs from 'node:fs';
import path from 'node:path';

export const PORTABLE_MARKER = 'review-desk.portable';

/**
 * The data folder, decided before anything else starts (DESIGN §4): `--data-dir`, then REVIEW_DESK_DATA_DIR, then a
 * portable marker file beside the executable (data goes to ./data next to it, for USB-stick use), then the platform's
 * per-user folder (Electron's userData, or its equivalent under plain Node).
 */
export function resolveDataDir(opts: { argv: string[]; env: NodeJS.ProcessEnv; execDir: string; userData: () => string }): string {
  const i = opts.argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i >= 0) {
    const v = opts.argv[i].includes('=') ? opts.argv[i].slice('--data-dir='.length) : opts.argv[i + 1];
    if (v) return path.resolve(v);
  }
  if (opts.env.REVIEW_DESK_DATA_DIR) return path.resolve(opts.env.REVIEW_DESK_DATA_DIR);
  if (fs.existsSync(path.join(opts.execDir, PORTABLE_MARKER))) return path.join(opts.execDir, 'data');
  return opts.userData();
}

/** Electron's userData location for our app name, computed without Electron (CLI and host). */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = process.env.HOME ?? '') {
  const name = 'review-desk';
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', name);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), name);
}

/** The data folder's parts, without touching the disk (the start page's reads need the case folder's path only). */
export const dataDirPaths = (dataDir: string) => ({ dataDir, cases: path.join(dataDir, 'cases'), tmp: path.join(dataDir, 'tmp') });

export function ensureDataDirs(dataDir: string) {
  const dirs = dataDirPaths(dataDir);
  fs.mkdirSync(dirs.cases, { recursive: true });
  // tmp holds in-flight uploads only; nothing in it outlives a run.
  fs.rmSync(dirs.tmp, { recursive: true, force: true });
  fs.mkdirSync(dirs.tmp, { recursive: true, mode: 0o700 });
  return dirs;
}
