// Builds the SQLite driver for Electron's ABI into build/native-electron/, from a copy of the package, so that the
// Node build in node_modules (used by tests, the CLI and the host) is never overwritten. Needs the network to fetch
// Electron's headers: run it on a connected build machine, on the OS and CPU you package for.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronVersion = require('electron/package.json').version;
const src = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const work = path.join(root, 'build', 'native-src');
const out = path.join(root, 'build', 'native-electron');

fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) && !p.endsWith(`${path.sep}build`) });
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [path.dirname(require.resolve('npm/package.json', { paths: [path.dirname(process.execPath), '/usr/lib/node_modules', '/usr/local/lib/node_modules'] }))] });
execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', `--arch=${process.env.npm_config_arch ?? process.arch}`], { cwd: work, stdio: 'inherit' });
fs.mkdirSync(out, { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), path.join(out, 'better_sqlite3.node'));
console.log(`Electron ${electronVersion} 版 SQLite 驱动已生成：${path.join(out, 'better_sqlite3.node')}`);
