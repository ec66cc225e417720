// `npm start`: the Electron window where an Electron binary is installed; otherwise, in one line, why not, and the
// same UI served by the loopback host, opened in a Chromium-family browser in app mode when one is found.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from '../main/app/electronBinary';

const root = path.resolve(import.meta.dirname, '..');
const passThrough = process.argv.slice(2);
const electron = findElectronBinary(root);
const child = electron
  ? spawn(electron, [root, ...passThrough], { stdio: 'inherit' })
  : (console.log('未找到 Electron 可执行文件（本机未安装 Electron 二进制），改用本机浏览器模式启动同一界面。'),
    spawn(process.execPath, [path.join(root, 'scripts', 'run-node.mjs'), 'host', '--open', ...passThrough], { stdio: 'inherit', cwd: root }));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
