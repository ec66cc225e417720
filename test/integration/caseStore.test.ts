import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore, APPLICATION_ID } from '../../main/store/caseStore';
import { openDatabase } from '../../main/store/native';
import { LATEST_SCHEMA_VERSION } from '../../main/store/migrations/index';
import { PASS } from '../helpers/services';
import { testAppPerTest } from '../helpers/appPerTest';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e) => e.code as string);

describe('case files', () => {
  const app = testAppPerTest();

  it('is one encrypted SQLite file: no plaintext header, no title in the bytes', async () => {
    const s = await app.newCase({ title: '绝密方案评审-ZEBRA' });
    await app.call('cases.close', { caseId: s.caseId });
    const bytes = fs.readFileSync(s.path);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('ZEBRA'))).toBe(false);
    expect(bytes.includes(Buffer.from('绝密方案评审'))).toBe(false);
    expect(fs.readdirSync(path.dirname(s.path)).filter((f) => f.startsWith(path.basename(s.path)))).toEqual([path.basename(s.path)]);
  });

  it('reopens with the passphrase and keeps what was saved', async () => {
    const s = await app.newCase({ title: '某市实施方案评审', jurisdiction: 'chongqing' });
    await app.call('cases.update', { caseId: s.caseId, info: { implementingAgency: '重庆市大数据应用发展管理局' } });
    await app.call('cases.close', { caseId: s.caseId });
    const r = await app.call('cases.open', { path: s.path, passphrase: PASS });
    expect(r).toMatchObject({ title: '某市实施方案评审', jurisdiction: 'chongqing', implementingAgency: '重庆市大数据应用发展管理局', auditIntact: true, schemaVersion: LATEST_SCHEMA_VERSION });
    await app.call('cases.update', { caseId: r.caseId, info: { description: '再次修改' } });
    const audit = await app.call('cases.audit', { caseId: r.caseId, limit: 10 });
    expect(audit.entries.map((e) => e.action).reverse()).toEqual(['case.create', 'case.update', 'case.open', 'case.update']);
  });

  it('refuses a wrong passphrase without changing a byte', async () => {
    const s = await app.newCase();
    await app.call('cases.close', { caseId: s.caseId });
    const before = sha(s.path);
    expect(await codeOf(app.call('cases.open', { path: s.path, passphrase: 'wrong-passphrase-1' }))).toBe('CASE_WRONG_PASSPHRASE');
    expect(sha(s.path)).toBe(before);
    expect(await codeOf(app.call('cases.open', { path: s.path, passphrase: PASS }))).toBe('OK');
  });

  it('refuses files that are not cases, each with its own message', async () => {
    const pdf = path.join(app.dir, 'a.rdcase');
    fs.writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(8192)]));
    await expect(app.call('cases.open', { path: pdf, passphrase: PASS })).rejects.toMatchObject({ code: 'CASE_NOT_A_CASE', message: expect.stringContaining('PDF') });

    const plain = path.join(app.dir, 'plain.sqlite');
    const db = openDatabase(plain, {});
    db.exec('CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (1);');
    db.close();
    await expect(app.call('cases.open', { path: plain, passphrase: PASS })).rejects.toMatchObject({ code: 'CASE_NOT_A_CASE', message: expect.stringContaining('未加密') });

    const tiny = path.join(app.dir, 'tiny.rdcase');
    fs.writeFileSync(tiny, 'hello');
    expect(await codeOf(app.call('cases.open', { path: tiny, passphrase: PASS }))).toBe('CASE_NOT_A_CASE');

    // An encrypted SQLite database of someone else's (right key, other application id).
    const foreign = path.join(app.dir, 'foreign.db');
    const f = openDatabase(foreign, {});
    f.pragma(`cipher='sqlcipher'`);
    f.pragma('legacy=4');
    f.key(Buffer.from(PASS));
    f.exec('CREATE TABLE t (x INTEGER) STRICT;');
    f.close();
    expect(await codeOf(app.call('cases.open', { path: foreign, passphrase: PASS }))).toBe('CASE_NOT_A_CASE');

    expect(await codeOf(app.call('cases.open', { path: path.join(app.dir, 'nope.rdcase'), passphrase: PASS }))).toBe('CASE_FILE_MISSING');
  });

  it('refuses a case made by a newer version, unchanged', async () => {
    const s = await app.newCase();
    app.services.openCases.get(s.caseId).db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    await app.call('cases.close', { caseId: s.caseId });
    const before = sha(s.path);
    await expect(app.call('cases.open', { path: s.path, passphrase: PASS })).rejects.toMatchObject({ code: 'CASE_TOO_NEW', message: expect.stringContaining('更新版本') });
    expect(sha(s.path)).toBe(before);
  });

  it('refuses a damaged or truncated file, unchanged', async () => {
    const s = await app.newCase();
    const store = app.services.openCases.get(s.caseId);
    store.tx(() => store.putBlob(crypto.randomBytes(200_000)));
    await app.call('cases.close', { caseId: s.caseId });

    const damaged = path.join(app.dir, 'damaged.rdcase');
    const bytes = fs.readFileSync(s.path);
    bytes.fill(0x5a, 20_000, 20_064); // inside a data page
    fs.writeFileSync(damaged, bytes);
    const before = sha(damaged);
    expect(await codeOf(app.call('cases.open', { path: damaged, passphrase: PASS }))).toBe('CASE_DAMAGED');
    expect(sha(damaged)).toBe(before);

    const truncated = path.join(app.dir, 'truncated.rdcase');
    fs.writeFileSync(truncated, fs.readFileSync(s.path).subarray(0, 4096 * 3 + 100));
    expect(await codeOf(app.call('cases.open', { path: truncated, passphrase: PASS }))).toBe('CASE_DAMAGED');
  });

  it('detects an audit log altered outside the app', async () => {
    const s = await app.newCase();
    await app.call('cases.update', { caseId: s.caseId, info: { title: '改后' } });
    const db = app.services.openCases.get(s.caseId).db;
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    // Someone with the passphrase and a SQLite tool drops the trigger and rewrites history:
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 2").run();
    await app.call('cases.close', { caseId: s.caseId });
    const r = await app.call('cases.open', { path: s.path, passphrase: PASS });
    expect(r.auditIntact).toBe(false);
  });

  it('refuses weak or mismatched passphrases and never overwrites a file', async () => {
    await expect(app.newCase()).resolves.toBeTruthy();
    await expect(app.call('cases.create', { info: { title: 't', caseType: 'plan_review', jurisdiction: 'national' }, passphrase: '1234', passphraseConfirm: '1234' })).rejects.toMatchObject({ code: 'PASSPHRASE_TOO_WEAK' });
    await expect(app.call('cases.create', { info: { title: 't', caseType: 'plan_review', jurisdiction: 'national' }, passphrase: PASS, passphraseConfirm: PASS + 'x' })).rejects.toMatchObject({ code: 'PASSPHRASE_MISMATCH' });
    fs.writeFileSync(path.join(app.dir, 'taken.rdcase'), 'x');
    expect(await codeOf(app.newCase({}, path.join(app.dir, 'taken.rdcase')))).toBe('CASE_FILE_EXISTS');
    expect(fs.readFileSync(path.join(app.dir, 'taken.rdcase'), 'utf8')).toBe('x');
    expect(await codeOf(app.newCase({}, path.join(app.dir, 'no-such-folder', 'x.rdcase')))).toBe('CASE_LOCATION_UNWRITABLE');
  });

  it('does not open the same case twice', async () => {
    const s = await app.newCase();
    expect(await codeOf(app.call('cases.open', { path: s.path, passphrase: PASS }))).toBe('CASE_ALREADY_OPEN');
  });

  it('stores blobs by SHA-256, in chunks, and gives them back byte for byte', async () => {
    const s = await app.newCase();
    const store = app.services.openCases.get(s.caseId);
    const big = crypto.randomBytes(9 * 1024 * 1024 + 17);
    const src = path.join(app.dir, 'big.bin');
    fs.writeFileSync(src, big);
    const { sha256, size } = store.tx(() => store.putBlobFromFile(src));
    expect(sha256).toBe(crypto.createHash('sha256').update(big).digest('hex'));
    expect(size).toBe(big.length);
    expect(store.tx(() => store.putBlob(big))).toBe(sha256); // same content, stored once
    expect((store.db.prepare('SELECT count(*) AS n FROM blob_chunks WHERE sha256 = ?').get(sha256) as { n: number }).n).toBe(3);
    expect(store.getBlob(sha256).equals(big)).toBe(true);
    const out = path.join(app.dir, 'out.bin');
    store.writeBlobToFile(sha256, out);
    expect(sha(out)).toBe(sha256);
    const empty = store.tx(() => store.putBlob(new Uint8Array(0)));
    expect(store.getBlob(empty).length).toBe(0);
  });

  it('marks its files with the application id', async () => {
    const s = await app.newCase();
    expect(app.services.openCases.get(s.caseId).db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(CaseStore).toBeTruthy();
  });
});
