import fs from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable if one is installed, found without `require('electron')` (which tries to download it).
 * Returns null where the npm package is present but its binary is not, as on machines with no route to the
 * binary's download host.
 */
export function findElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const rel = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || 'electron');
    return fs.existsSync(p) ? p : null;
  }
  if (!rel) return null;
  const exe = path.join(pkg, 'dist', rel);
  return fs.existsSync(exe) ? exe : null;
}
