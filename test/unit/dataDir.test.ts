import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PORTABLE_MARKER, resolveDataDir, defaultUserDataDir } from '../../main/services/dataDir';
import { tempDir } from '../helpers/tmp';

describe('data folder resolution (DESIGN §4)', () => {
  const tmp = tempDir();
  afterEach(() => fs.rmSync(path.join(tmp.dir, PORTABLE_MARKER), { force: true }));
  const base = { argv: [] as string[], env: {} as NodeJS.ProcessEnv, execDir: tmp.dir, userData: () => '/home/u/.config/review-desk' };

  it('prefers --data-dir, then REVIEW_DESK_DATA_DIR, then the portable marker, then userData', () => {
    fs.writeFileSync(path.join(tmp.dir, PORTABLE_MARKER), '');
    expect(resolveDataDir({ ...base, argv: ['--data-dir', '/x/a'], env: { REVIEW_DESK_DATA_DIR: '/x/b' } })).toBe(path.resolve('/x/a'));
    expect(resolveDataDir({ ...base, argv: ['--data-dir=/x/c'] })).toBe(path.resolve('/x/c'));
    expect(resolveDataDir({ ...base, env: { REVIEW_DESK_DATA_DIR: '/x/b' } })).toBe(path.resolve('/x/b'));
    expect(resolveDataDir(base)).toBe(path.join(tmp.dir, 'data'));
    fs.rmSync(path.join(tmp.dir, PORTABLE_MARKER));
    expect(resolveDataDir(base)).toBe('/home/u/.config/review-desk');
  });

  it('computes the per-user folder like Electron does on each platform', () => {
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toContain('review-desk');
    expect(defaultUserDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/review-desk');
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/u')).toBe('/cfg/review-desk');
  });
});
