import fs from 'node:fs';
import os from 'node:os';
import crypto from 'node:crypto';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { PASS } from '../helpers/services';
import { testAppPerTest } from '../helpers/appPerTest';
import { lockPathOf } from '../../main/store/caseLock';
import { nodeSettingsStore } from '../../main/services/settings';
import { writeFileAtomic } from '../../main/services/files';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
type Err = { code: string; message: string; details?: unknown };
const errOf = async (p: Promise<unknown>): Promise<Err> => p.then(() => ({ code: 'OK', message: '' }), (e) => e as Err);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const mode = (f: string) => fs.statSync(f).mode & 0o777;

function flipByte(file: string, offset: number) {
  const fd = fs.openSync(file, 'r+');
  const b = Buffer.alloc(1);
  fs.readSync(fd, b, 0, 1, offset);
  b[0] ^= 0x5a;
  fs.writeSync(fd, b, 0, 1, offset);
  fs.closeSync(fd);
}

describe('opening a case: passphrase, locks, honest messages', () => {
  const app = testAppPerTest();

  it('checks the passphrase even when the case is already open, and never hands out its id without it', async () => {
    const s = await app.newCase();
    const wrong = await errOf(app.call('cases.open', { path: s.path, passphrase: 'not-the-passphrase-9' }));
    expect(wrong.code).toBe('CASE_WRONG_PASSPHRASE');
    expect(JSON.stringify(wrong)).not.toContain(s.caseId);
    const right = await errOf(app.call('cases.open', { path: s.path, passphrase: PASS }));
    expect(right).toMatchObject({ code: 'CASE_ALREADY_OPEN', details: { caseId: s.caseId } });
  });

  it('answers an empty passphrase with a message to enter one, not an internal error', async () => {
    const s = await app.newCase();
    await app.call('cases.close', { caseId: s.caseId });
    const e = await errOf(app.call('cases.open', { path: s.path, passphrase: '' }));
    expect(e.code).toBe('CASE_PASSPHRASE_EMPTY');
    expect(e.message).toContain('口令不能为空');
  });

  it('tells a damaged page 1 from a wrong passphrase, and never blames the passphrase alone for a damaged salt', async () => {
    const s = await app.newCase();
    await app.call('cases.close', { caseId: s.caseId });
    const copy = path.join(app.dir, 'salt.rdcase');
    fs.copyFileSync(s.path, copy);
    flipByte(s.path, 1000); // inside page 1, after the salt
    const page1 = await errOf(app.call('cases.open', { path: s.path, passphrase: PASS }));
    expect(page1.code).toBe('CASE_DAMAGED');
    expect(page1.message).toContain('口令正确');
    expect(page1.message).toContain('备份副本');
    flipByte(copy, 3); // the salt: every page fails, as with a wrong passphrase
    const salt = await errOf(app.call('cases.open', { path: copy, passphrase: PASS }));
    expect(salt.code).toBe('CASE_WRONG_PASSPHRASE');
    expect(salt.message).toContain('损坏');
  });

  it('reading leaves the bytes as they were: open, summary and a refused import write nothing', async () => {
    const s = await app.newCase();
    await app.call('cases.close', { caseId: s.caseId });
    const before = sha(s.path);
    const r = await app.call('cases.open', { path: s.path, passphrase: PASS });
    await app.call('cases.get', { caseId: r.caseId });
    const empty = path.join(app.dir, 'empty.docx');
    fs.writeFileSync(empty, '');
    const refused = await errOf(app.call('documents.import', { caseId: r.caseId, file: { kind: 'path', path: empty }, role: 'plan' } as never));
    expect(refused.code).toBe('DOC_EMPTY');
    expect(refused.message).toContain('案卷未作改动');
    await app.call('cases.close', { caseId: r.caseId });
    expect(sha(s.path)).toBe(before);
    // The session is still recorded, with the first change.
    const again = await app.call('cases.open', { path: s.path, passphrase: PASS });
    await app.call('cases.update', { caseId: again.caseId, info: { description: '补充说明' } });
    const audit = await app.call('cases.audit', { caseId: again.caseId, limit: 10 });
    expect(audit.entries.map((e) => e.action).reverse()).toEqual(['case.create', 'case.open', 'case.update']);
    expect(audit.intact).toBe(true);
  });

  it('reports a case held by another process as in use, by whom, and takes over the lock once that process is gone', async () => {
    const s = await app.newCase();
    await app.call('cases.close', { caseId: s.caseId });
    expect(fs.existsSync(lockPathOf(s.path))).toBe(false);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/helpers/holdCase.ts'), s.path, PASS], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
        child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      const e = await errOf(app.call('cases.open', { path: s.path, passphrase: PASS }));
      expect(e.code).toBe('CASE_IN_USE');
      expect(e.message).toContain(os.hostname());
      expect(e.message).not.toContain('已损坏');
      expect(e.details).toMatchObject({ owner: { pid: child.pid, host: os.hostname() } });
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
    }
    // The holder died without closing: its lock is stale and is replaced.
    const r = await app.call('cases.open', { path: s.path, passphrase: PASS });
    expect(JSON.parse(fs.readFileSync(lockPathOf(s.path), 'utf8')).pid).toBe(process.pid);
    await app.call('cases.close', { caseId: r.caseId });
    expect(fs.existsSync(lockPathOf(s.path))).toBe(false);
  });

  it("treats a lock it may not read (another account's, owner-only) as held, never as stale", async () => {
    const s = await app.newCase();
    await app.call('cases.close', { caseId: s.caseId });
    fs.writeFileSync(lockPathOf(s.path), JSON.stringify({ pid: 1, host: 'elsewhere', user: 'other', at: new Date().toISOString() }), { mode: 0o600 });
    const read = fs.readFileSync;
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (file === lockPathOf(s.path)) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return (read as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync);
    try {
      const e = await errOf(app.call('cases.open', { path: s.path, passphrase: PASS }));
      expect(e.code).toBe('CASE_IN_USE');
      expect(e.message).toContain('另一个用户账户');
    } finally {
      spy.mockRestore();
    }
    expect(fs.existsSync(lockPathOf(s.path))).toBe(true);
  });

  it('keeps titles out of default file names and the recent list, and creates cases, settings and outputs owner-only', async () => {
    const old = process.umask(0o022);
    try {
      const s = await app.call('cases.create', {
        info: { title: '秘密测试案卷', caseType: 'plan_review', jurisdiction: 'national', implementingAgency: '', description: '' },
        passphrase: PASS,
        passphraseConfirm: PASS,
      });
      expect(path.basename(s.path)).not.toContain('秘密');
      expect(path.basename(s.path)).toMatch(/^评审案卷-\d{8}(（\d+）)?\.rdcase$/);
      expect(JSON.stringify(await app.call('cases.recent', {}))).not.toContain('秘密');
      expect(mode(s.path)).toBe(0o600);
      // The lock beside the open case names who has it open: owner-only too.
      expect(mode(lockPathOf(s.path))).toBe(0o600);

      const dataDir = path.join(app.dir, 'settings-data');
      fs.mkdirSync(dataDir);
      const settings = await nodeSettingsStore(dataDir);
      settings.set('recentCases', [{ path: s.path }]);
      expect(mode(path.join(dataDir, 'settings.json'))).toBe(0o600);

      const out = path.join(app.dir, 'memo.pdf');
      writeFileAtomic(out, Buffer.from('%PDF'));
      expect(mode(out)).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });
});
