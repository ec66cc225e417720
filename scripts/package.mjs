// Packages the desktop app with electron-builder on a connected build machine of the target OS and CPU:
//   npm run package:win     (on Windows x64, with Visual Studio Build Tools) → NSIS installer + portable .exe
//   npm run package:linux   (on Kylin/UOS or any Debian-family Linux, x64 or arm64) → .deb + AppImage
// electron-builder is fetched at its pinned version by npx here rather than installed with the project, because it
// downloads its own tools when it runs and the offline development machines cannot.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ELECTRON_BUILDER = 'electron-builder@26.0.12';
const root = path.resolve(import.meta.dirname, '..');
const target = process.argv.includes('--win') ? ['--win', 'nsis', 'portable'] : ['--linux', 'deb', 'AppImage'];
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

run('npm', ['run', '-s', 'build']);
run(process.execPath, ['scripts/rebuild-electron.mjs']);
run('npx', ['--yes', ELECTRON_BUILDER, '--config', 'electron-builder.yml', ...target, '--publish', 'never']);
