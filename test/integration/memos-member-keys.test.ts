import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { createKeyFile } from '../../main/services/memos/keys';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');

let app: ReturnType<typeof testApp>;
let caseId: string;
const members: Record<string, string> = {};

beforeAll(async () => {
  app = testApp();
  caseId = (await app.newCase({ title: '某市公共数据资源授权运营实施方案' })).caseId;
  for (const [name, role] of [['张三', 'chair'], ['李四', 'member'], ['王五', 'member']] as const) {
    members[name] = (await app.call('committee.save', { caseId, member: { name, unit: `某大学${name}课题组`, role } })).memberId;
  }
});
afterAll(() => app.cleanup());

const saveOut = (outputId: string, name: string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
  return f;
};

/** Keys made for a committee member are registered in the same step; a second key needs a confirmed replacement. */
describe('memos.createMemberKey', () => {
  it('names the key after the committee member, registers it at once, and the key signs without a second upload', async () => {
    const r = await app.call('memos.createMemberKey', { caseId, memberId: members['张三'], passphrase: 'pass-张三-1' });
    expect(r.replaced).toBeNull();
    const cert = JSON.parse(fs.readFileSync(saveOut(r.certificate.outputId, 'z3.json'), 'utf8'));
    expect(cert).toMatchObject({ name: '张三', unit: '某大学张三课题组', algorithm: 'sm2', fingerprint: r.fingerprint });
    expect((await app.call('memos.keys', { caseId })).keys).toEqual([expect.objectContaining({ memberId: members['张三'], name: '张三', fingerprint: r.fingerprint, replacedAt: null })]);
    const key = saveOut(r.key.outputId, 'z3.rdkey');
    expect(fs.readFileSync(key, 'utf8')).not.toContain('pass-张三-1');
    // The key signs in as that member right away (nothing uploaded in between).
    const s = await app.call('experts.signIn', { caseId, key: { kind: 'path', path: key }, passphrase: 'pass-张三-1' });
    expect(s.memberId).toBe(members['张三']);
    await app.call('experts.signOut', { session: s.sessionId });
    const audit = (await app.call('cases.audit', { caseId, limit: 20 })).entries.filter((e) => e.action === 'key.register');
    expect(audit).toHaveLength(1);
  });

  it('refuses a second key for the same member, saying what replacing means; replacing keeps the old certificate for verification but not for signing', async () => {
    const before = (await app.call('memos.keys', { caseId })).keys;
    await expect(app.call('memos.createMemberKey', { caseId, memberId: members['张三'], passphrase: 'pass-张三-2' })).rejects.toMatchObject({
      code: 'KEY_MEMBER_HAS_KEY',
      message: expect.stringMatching(/张三已登记签名密钥.*替换原密钥.*已用原密钥签署的意见书和记录照常可以核验.*原密钥不能再签署/),
    });
    // The same rule for a certificate uploaded by hand.
    const other = createKeyFile({ name: '张三', unit: '', passphrase: 'pass-张三-x' });
    const certFile = path.join(app.dir, 'z3-other.json');
    fs.writeFileSync(certFile, JSON.stringify(other.certificate));
    await expect(app.call('memos.registerKey', { caseId, memberId: members['张三'], certificate: { kind: 'path', path: certFile } })).rejects.toMatchObject({ code: 'KEY_MEMBER_HAS_KEY' });
    expect((await app.call('memos.keys', { caseId })).keys).toEqual(before);

    const r = await app.call('memos.createMemberKey', { caseId, memberId: members['张三'], passphrase: 'pass-张三-2', algorithm: 'ed25519', replace: true });
    expect(r.replaced).toBe(before[0].fingerprint);
    const keys = (await app.call('memos.keys', { caseId })).keys;
    expect(keys.map((k) => [k.fingerprint, k.replacedAt === null])).toEqual([[before[0].fingerprint, false], [r.fingerprint, true]]);
    // The old key no longer signs in; the new one does.
    await expect(app.call('experts.signIn', { caseId, key: { kind: 'path', path: path.join(app.dir, 'z3.rdkey') }, passphrase: 'pass-张三-1' })).rejects.toMatchObject({ code: 'KEY_REPLACED' });
    const s = await app.call('experts.signIn', { caseId, key: { kind: 'path', path: saveOut(r.key.outputId, 'z3-new.rdkey') }, passphrase: 'pass-张三-2' });
    expect(s.memberId).toBe(members['张三']);
    const audit = (await app.call('cases.audit', { caseId, limit: 30 })).entries.find((e) => e.action === 'key.replace');
    expect(audit?.detail).toMatchObject({ name: '张三', fingerprint: r.fingerprint, replaces: before[0].fingerprint });
  });

  it('refuses a member not in the committee', async () => {
    await expect(app.call('memos.createMemberKey', { caseId, memberId: 'nobody', passphrase: 'pass-x-12345' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
