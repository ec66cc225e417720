// Packages the desktop app with electron-builder on a connected build machine of the target OS and CPU:
//   npm run package:win     (on Windows x64, with Visual Studio Build Tools) → NSIS installer + portable .exe
//   npm run package:linux   (on Kylin/UOS or any Debian-family Linux, x64 or arm64) → .deb + AppImage
// electron-builder is fetched at its pinned version by npx here rather than installed with the project, because it
// downloads its own tools when it runs and the offline development machines cannot.
//
// This file is also electron-builder's afterPack hook (electron-builder.yml): it flips the Electron fuses of the
// packed binary before it is signed and wrapped into an installer.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fuses of a packaged build: no way to run the binary as plain Node (RunAsNode, NODE_OPTIONS, --inspect), cookies
 * encrypted at rest, and the app loaded only from its archive, whose integrity is checked (Windows and macOS;
 * Electron ignores the integrity fuse on Linux). Development runs an unfused Electron from node_modules.
 */
export function fuseConfig() {
  const { FuseVersion, FuseV1Options } = require('@electron/fuses');
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The Electron binary inside electron-builder's output folder for one platform. */
export function packedBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    case 'darwin':
      return path.join(context.appOutDir, `${name}.app`);
    default:
      return path.join(context.appOutDir, context.packager.executableName ?? name);
  }
}

/** electron-builder afterPack hook. */
export default async function afterPack(context) {
  const { flipFuses } = require('@electron/fuses');
  await flipFuses(packedBinary(context), { ...fuseConfig(), resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3 });
}

function main() {
  const ELECTRON_BUILDER = 'electron-builder@26.0.12';
  const root = path.resolve(import.meta.dirname, '..');
  const target = process.argv.includes('--win') ? ['--win', 'nsis', 'portable'] : ['--linux', 'deb', 'AppImage'];
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  run('npm', ['run', '-s', 'build']);
  run(process.execPath, ['scripts/rebuild-electron.mjs']);
  run('npx', ['--yes', ELECTRON_BUILDER, '--config', 'electron-builder.yml', ...target, '--publish', 'never']);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
