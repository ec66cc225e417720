import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import afterPack, { fuseConfig } from '../../scripts/package.mjs';
import { devToolsAllowed, isAllowedFrameNavigation } from '../../main/app/security';
import { tempDir } from '../helpers/tmp';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A stand-in Electron binary: the fuse wire as Electron ships it (sentinel, version 1, length, states as '0'/'1'). */
function fakeElectron(file: string) {
  const wire = Buffer.from('11110001', 'latin1'); // RunAsNode, cookie enc., NODE_OPTIONS, inspect, integrity, only-asar, v8 snapshot, file privileges
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(1000, 7), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), wire, Buffer.alloc(1000, 9)]));
}

describe('packaging: Electron fuses and shell rules', () => {
  it('flips the fuses of the packed binary in the afterPack hook', async () => {
    const out = path.join(tmp.dir, 'linux-unpacked');
    fs.mkdirSync(out);
    const exe = path.join(out, 'review-desk');
    fakeElectron(exe);
    await afterPack({ appOutDir: out, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: '评审台' }, executableName: 'review-desk' } });
    const wire = await getCurrentFuseWire(exe);
    const on = (o: FuseV1Options) => String.fromCharCode(wire[o] as number);
    expect(on(FuseV1Options.RunAsNode)).toBe('0');
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
    expect(fuseConfig()[FuseV1Options.RunAsNode]).toBe(false);
  });

  it('is wired into electron-builder and pins a fuses release that runs on Node 20', () => {
    expect(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')).toMatch(/^afterPack: scripts\/package\.mjs$/m);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.devDependencies['@electron/fuses']).toBe('1.8.0');
  });

  it('turns DevTools off in packaged builds, whatever the environment says', () => {
    expect(devToolsAllowed({ isPackaged: true, env: {} })).toBe(false);
    expect(devToolsAllowed({ isPackaged: true, env: { REVIEW_DESK_NO_DEVTOOLS: '' } })).toBe(false);
    expect(devToolsAllowed({ isPackaged: false, env: {} })).toBe(true);
    expect(devToolsAllowed({ isPackaged: false, env: { REVIEW_DESK_NO_DEVTOOLS: '1' } })).toBe(false);
  });

  it('lets sub-frames navigate only to our own pages and blobs', () => {
    expect(isAllowedFrameNavigation('app://review-desk/preview.html')).toBe(true);
    expect(isAllowedFrameNavigation('blob:app://review-desk/5b1c-44')).toBe(true);
    expect(isAllowedFrameNavigation('https://example.com/')).toBe(false);
    expect(isAllowedFrameNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedFrameNavigation('blob:https://evil.example/1')).toBe(false);
    expect(isAllowedFrameNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedFrameNavigation('data:text/html,<script>1</script>')).toBe(false);
  });
});
