import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { CORPUS_DIR, RULESETS_DIR } from '../../helpers/reviewCorpus';
import { createKeyFile, unlockKey } from '../../../main/services/memos/keys';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));

/**
 * Two data folders play two laptops: the secretary's (with the case) and the experts' (no case, no case passphrase).
 * They exchange files only, through a "USB stick" folder.
 */
type App = ReturnType<typeof testApp>;
let office: App;
let laptop: App;
let usb: string;
beforeEach(() => {
  office = testApp();
  laptop = testApp();
  usb = path.join(office.dir, 'usb');
  fs.mkdirSync(usb);
});
afterEach(() => {
  office.cleanup();
  laptop.cleanup();
});

const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code: string }) => e.code);
const pathRef = (p: string) => ({ kind: 'path' as const, path: p });
const KEY_PASS = 'key-口令-123';

async function reviewedCase() {
  const file = path.join(office.dir, 'case.rdcase');
  const c = await office.newCase({ jurisdiction: 'qinhuangdao' }, file);
  await office.call('review.run', { caseId: c.caseId, file: pathRef(path.join(CORPUS_DIR, 'plan-hebei-defects.txt')) });
  return { caseId: c.caseId, file };
}

/** The expert makes a key on their laptop; only the certificate travels to the office and is registered. */
async function expert(caseId: string, name: string) {
  const m = await office.call('committee.save', { caseId, member: { name, unit: '某大学', role: 'member' } });
  const { keyFile, certificate } = createKeyFile({ name, unit: '某大学', passphrase: KEY_PASS });
  const keyPath = path.join(laptop.dir, `${name}.key.json`);
  fs.writeFileSync(keyPath, keyFile);
  const certPath = path.join(usb, `${name}.cert.json`);
  fs.writeFileSync(certPath, JSON.stringify(certificate));
  await office.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: pathRef(certPath) });
  return { memberId: m.memberId, name, keyPath };
}

async function exportKit(caseId: string, memberId: string) {
  const k = await office.call('experts.exportKit', { caseId, memberId });
  const file = path.join(usb, `${k.kitId}.rdkit`);
  fs.writeFileSync(file, office.services.files.getOutput(k.file.outputId).data);
  return { ...k, path: file };
}

type Kit = { kitId: string; form: { items: { itemId: string }[] }; documents: { sha256: string }[]; member: { name: string } };

/** On the expert's laptop: open the kit, record verdicts, sign and write the return onto the stick. */
async function answer(kitPath: string, keyPath: string, verdicts: { itemId: string; verdict: 'conforms' | 'mostly' | 'fails' | 'na'; comment: string }[]) {
  const { kit } = await laptop.call('experts.openKit', { file: pathRef(kitPath), key: pathRef(keyPath), passphrase: KEY_PASS });
  const k = kit as Kit;
  for (const v of verdicts) await laptop.call('experts.kitVerdict', { kitId: k.kitId, ...v });
  const r = await laptop.call('experts.writeReturn', { kitId: k.kitId, key: pathRef(keyPath), passphrase: KEY_PASS });
  const out = path.join(usb, `${k.kitId}.rdreturn`);
  fs.writeFileSync(out, laptop.services.files.getOutput(r.file.outputId).data);
  return { kit: k, path: out };
}

const importReturn = (caseId: string, p: string) => office.call('experts.importReturn', { caseId, file: pathRef(p) });

describe('expert kits and returns between two laptops', () => {
  it('round trip for five experts: each kit opens only with its expert’s key, each return merges as a signed record', async () => {
    const { caseId } = await reviewedCase();
    const names = ['张专家', '李专家', '王专家', '赵专家', '钱专家'];
    const experts = [];
    for (const n of names) experts.push(await expert(caseId, n));
    const items = (await office.call('review.get', { caseId })).report!.items.map((i) => i.id);
    expect(items.length).toBeGreaterThan(2);

    for (const [i, e] of experts.entries()) {
      const kit = await exportKit(caseId, e.memberId);
      expect(kit).toMatchObject({ protection: 'key', code: null, supersededKitId: null });
      // The kit on the stick is ciphertext: neither the document text nor earlier experts' comments are readable.
      const raw = fs.readFileSync(kit.path, 'utf8');
      expect(raw).toContain('"review-desk-kit/2"');
      expect(raw).not.toContain('意见-张专家');
      expect(raw).not.toContain('数据');
      const r = await answer(kit.path, e.keyPath, [
        { itemId: items[0], verdict: 'fails', comment: `意见-${e.name}` },
        { itemId: items[1], verdict: i % 2 ? 'conforms' : 'mostly', comment: '' },
      ]);
      // What the expert saw: their own form only, never another expert's verdicts.
      expect(JSON.stringify(r.kit)).not.toMatch(/意见-/);
      expect(r.kit.member.name).toBe(e.name);
      const imported = await importReturn(caseId, r.path);
      expect(imported).toMatchObject({ memberId: e.memberId, name: e.name, verdicts: 2 });
    }

    const state = await office.call('review.get', { caseId });
    for (const e of experts) {
      expect(state.verdicts.filter((v) => v.memberId === e.memberId).map((v) => [v.itemId, v.verdict, v.comment])).toEqual(
        expect.arrayContaining([[items[0], 'fails', `意见-${e.name}`]]),
      );
    }
    const { records } = await office.call('experts.records', { caseId });
    expect(records).toHaveLength(5);
    expect(records.every((r) => r.valid && r.kind === 'verdicts')).toBe(true);
    expect(new Set(records.map((r) => r.memberName))).toEqual(new Set(names));
    const audit = await office.call('cases.audit', { caseId, limit: 50 });
    expect(audit.entries.filter((e) => e.action === 'kits.importReturn')).toHaveLength(5);
    expect(audit.entries.filter((e) => e.action === 'kits.export')).toHaveLength(5);
  });

  it('refuses a superseded, tampered, foreign-signed, newer-format, replayed or out-of-date return, leaving the case file byte for byte', async () => {
    const { caseId, file } = await reviewedCase();
    const zhang = await expert(caseId, '张专家');
    const li = await expert(caseId, '李专家');
    const items = (await office.call('review.get', { caseId })).report!.items.map((i) => i.id);
    const v = [{ itemId: items[0], verdict: 'fails' as const, comment: '无产品清单' }];

    const kit1 = await exportKit(caseId, zhang.memberId);
    const r1 = await answer(kit1.path, zhang.keyPath, v);
    const kit2 = await exportKit(caseId, zhang.memberId);
    expect(kit2.supersededKitId).toBe(kit1.kitId);
    const r2 = await answer(kit2.path, zhang.keyPath, v);
    const kitLi = await exportKit(caseId, li.memberId);
    const rLi = await answer(kitLi.path, li.keyPath, [{ itemId: items[0], verdict: 'conforms', comment: '' }]);

    // A kit opened with the wrong key, or the right key with a wrong passphrase, opens nothing.
    expect(await codeOf(laptop.call('experts.openKit', { file: pathRef(kit2.path), key: pathRef(li.keyPath), passphrase: KEY_PASS }))).toBe('KIT_WRONG_KEY');
    expect(await codeOf(laptop.call('experts.openKit', { file: pathRef(kit2.path), key: pathRef(zhang.keyPath), passphrase: 'wrong' }))).toBe('KEY_WRONG_PASSPHRASE');
    expect(await codeOf(laptop.call('experts.openKit', { file: pathRef(kit2.path), code: 'AAAA-BBBB' }))).toBe('KIT_WRONG_KEY');
    // A kit whose ciphertext or header was changed does not decrypt (GCM).
    const badKit = path.join(usb, 'bad.rdkit');
    fs.writeFileSync(badKit, fs.readFileSync(kit2.path, 'utf8').replace('"exportedAt": "', '"exportedAt": "1'));
    expect(await codeOf(laptop.call('experts.openKit', { file: pathRef(badKit), key: pathRef(zhang.keyPath), passphrase: KEY_PASS }))).toBe('KIT_FILE_INVALID');

    const before = fs.readFileSync(file);
    const refused = async (p: string, code: string) => {
      expect(await codeOf(importReturn(caseId, p))).toBe(code);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    };
    const variant = (name: string, text: string) => {
      const p = path.join(usb, name);
      fs.writeFileSync(p, text);
      return p;
    };
    const r2Text = fs.readFileSync(r2.path, 'utf8');

    await refused(r1.path, 'KIT_RETURN_SUPERSEDED');
    // One byte changed inside the signed text: the comment's last character.
    const bytes = Buffer.from(r2Text, 'utf8');
    const at = bytes.indexOf(Buffer.from('清单'));
    expect(at).toBeGreaterThan(0);
    bytes[at + 5] ^= 0x01;
    fs.writeFileSync(path.join(usb, 'tampered.rdreturn'), bytes);
    await refused(path.join(usb, 'tampered.rdreturn'), 'KIT_RETURN_BAD_SIGNATURE');
    // Zhang's return re-signed with Li's key (Li's certificate is registered, but for Li).
    const forged = JSON.parse(r2Text);
    const liKey = unlockKey(fs.readFileSync(li.keyPath, 'utf8'), KEY_PASS);
    forged.records[0].signature = liKey.sign(Buffer.from(forged.records[0].signedText, 'utf8')).toString('base64');
    forged.certificate = liKey.certificate;
    await refused(variant('forged.rdreturn', JSON.stringify(forged)), 'KIT_RETURN_BAD_SIGNATURE');
    // A return from a newer app.
    await refused(variant('newer.rdreturn', r2Text.replace('"review-desk-return/2"', '"review-desk-return/3"')), 'KIT_FORMAT_NEWER');
    expect(await importReturn(caseId, path.join(usb, 'newer.rdreturn')).catch((e: Error) => e.message)).toMatch(/review-desk-return\/3.*升级评审台/);
    await refused(variant('junk.rdreturn', 'not json'), 'KIT_RETURN_INVALID');
    // Brought to another case file: refused there, naming the reason.
    const other = await office.newCase({ jurisdiction: 'qinhuangdao' }, path.join(office.dir, 'other.rdcase'));
    expect(await codeOf(importReturn(other.caseId, r2.path))).toBe('KIT_RETURN_WRONG_CASE');
    await office.call('cases.close', { caseId: other.caseId });
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // The good return merges; the same return again (a replay) is refused and changes nothing.
    expect(await importReturn(caseId, r2.path)).toMatchObject({ memberId: zhang.memberId, verdicts: 1 });
    const afterGood = fs.readFileSync(file);
    expect(afterGood.equals(before)).toBe(false);
    expect(await codeOf(importReturn(caseId, r2.path))).toBe('KIT_RETURN_DUPLICATE');
    expect(fs.readFileSync(file).equals(afterGood)).toBe(true);

    // The plan is re-reviewed in a new version: Li's return, made against the old version, is refused.
    await office.call('review.run', { caseId, file: pathRef(path.join(CORPUS_DIR, 'plan-hebei-complete.md')) });
    const beforeLi = fs.readFileSync(file);
    expect(await codeOf(importReturn(caseId, rLi.path))).toBe('KIT_RETURN_DOCUMENT_CHANGED');
    expect(fs.readFileSync(file).equals(beforeLi)).toBe(true);

    const { records } = await office.call('experts.records', { caseId });
    expect(records.map((r) => [r.memberName, r.valid])).toEqual([['张专家', true]]);
  });

  it('a member without a key gets a one-time kit code; the kit holds no other expert’s verdicts, and bids only after a clean 回避声明', async () => {
    const { caseId } = await reviewedCase();
    const zhang = await expert(caseId, '张专家');
    const items = (await office.call('review.get', { caseId })).report!.items.map((i) => i.id);
    const kz = await exportKit(caseId, zhang.memberId);
    await importReturn(caseId, (await answer(kz.path, zhang.keyPath, [{ itemId: items[0], verdict: 'fails', comment: '张的保密意见' }])).path);

    const zhao = await office.call('committee.save', { caseId, member: { name: '赵专家', unit: '某所', role: 'member' } });
    const kit = await exportKit(caseId, zhao.memberId);
    expect(kit.protection).toBe('code');
    expect(kit.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    expect(await codeOf(laptop.call('experts.openKit', { file: pathRef(kit.path), code: 'ABCD-EFGH-JKMN-PQRS-TVWX' }))).toBe('KIT_WRONG_CODE');
    expect(await codeOf(laptop.call('experts.openKit', { file: pathRef(kit.path), key: pathRef(zhang.keyPath), passphrase: KEY_PASS }))).toBe('KIT_WRONG_CODE');
    const { kit: opened } = await laptop.call('experts.openKit', { file: pathRef(kit.path), code: kit.code!.toLowerCase().replace(/-/g, ' ') });
    const payload = opened;
    expect(payload.member.name).toBe('赵专家');
    expect(payload.documents[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(payload.documents[0].document).toBeTruthy();
    expect(JSON.stringify(payload)).not.toContain('张的保密意见');
    expect(payload.scoring.allowed).toBe(false);
    expect(payload.scoring.applicants).toEqual([]);
    // Without a registered key the expert cannot sign a return the office would accept.
    const { keyFile } = createKeyFile({ name: '赵专家', unit: '某所', passphrase: KEY_PASS });
    const kp = path.join(laptop.dir, 'zhao.key.json');
    fs.writeFileSync(kp, keyFile);
    await laptop.call('experts.kitVerdict', { kitId: payload.kitId, itemId: items[0], verdict: 'mostly', comment: '' });
    const r = await laptop.call('experts.writeReturn', { kitId: payload.kitId, key: pathRef(kp), passphrase: KEY_PASS });
    const rp = path.join(usb, 'zhao.rdreturn');
    fs.writeFileSync(rp, laptop.services.files.getOutput(r.file.outputId).data);
    expect(await codeOf(importReturn(caseId, rp))).toBe('KIT_RETURN_NEEDS_KEY');
  });

  it('refuses a kit from a newer app with a message to upgrade', async () => {
    const { caseId } = await reviewedCase();
    const zhang = await expert(caseId, '张专家');
    const kit = await exportKit(caseId, zhang.memberId);
    const p = path.join(usb, 'newer.rdkit');
    fs.writeFileSync(p, fs.readFileSync(kit.path, 'utf8').replace('"review-desk-kit/2"', '"review-desk-kit/3"'));
    const err = await laptop.call('experts.openKit', { file: pathRef(p), key: pathRef(zhang.keyPath), passphrase: KEY_PASS }).catch((e: { code: string; message: string }) => e);
    expect(err).toMatchObject({ code: 'KIT_FORMAT_NEWER', message: expect.stringMatching(/review-desk-kit\/3.*升级评审台/) });
  });
});
