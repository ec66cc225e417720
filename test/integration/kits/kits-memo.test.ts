import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, KEY_PASS, pathRef, twoLaptops } from './kit-helpers';
import { opensslVerifySm2 } from '../../helpers/openssl';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

let t: ReturnType<typeof twoLaptops>;
beforeEach(() => (t = twoLaptops()));
afterEach(() => t.cleanup());

const OPINION = '该实施方案对照《河北省公共数据资源授权运营管理办法》第十二条所列十三项内容逐项编写，数据资源范围、运营机构选择条件、成本收入核算和收益分配机制等内容基本完整，论证较为充分。';

describe('a memo signed through a kit', () => {
  it('sends the fixed PDF, brings back the expert’s signature, and the signed PDF verifies in the app and with OpenSSL', async () => {
    const file = path.join(t.office.dir, 'memo.rdcase');
    const { caseId } = await t.office.newCase({ title: '某市公共数据资源授权运营实施方案' }, file);
    const a = await t.expert(caseId, '张三', 'chair');
    const b = await t.expert(caseId, '李四');
    const memo = await t.office.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: OPINION, conclusion: '同意该实施方案修改完善后按程序报批。' } });

    // No review run and no applicants: the kit carries only the memo to sign.
    const ka = await t.exportKit(caseId, a.memberId, memo.memoId);
    expect(ka.contents).toMatchObject({ review: false, recusal: false, scoring: false, memo: memo.memoId });
    const kit = await t.openKit(ka.path, a.keyPath);
    expect(kit.memo).toMatchObject({ memoId: memo.memoId, version: 1, pdfSha256: memo.pdfSha256 });
    expect(kit.form).toBeNull();
    // The PDF the expert reads is byte for byte the version fixed in the case.
    const pdf = await t.laptop.call('experts.kitMemoPdf', { kitId: kit.kitId });
    const bytes = t.laptop.services.files.getOutput(pdf.file.outputId).data;
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(memo.pdfSha256);
    expect(bytes.equals(t.office.services.memos.pdf(caseId, memo.memoId))).toBe(true);
    expect(await codeOf(t.laptop.call('experts.writeReturn', { kitId: kit.kitId, key: pathRef(a.keyPath), passphrase: KEY_PASS }))).toBe('EXPERT_NOTHING_TO_SUBMIT');
    await expect(t.laptop.call('experts.kitMemo', { kitId: kit.kitId, decision: 'dissent', reasons: ' ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await t.laptop.call('experts.kitMemo', { kitId: kit.kitId, decision: 'agree', reasons: '' });
    const ra = await t.writeReturn(kit.kitId, a.keyPath);
    expect(ra.contents).toEqual({ verdicts: 0, recusal: false, scores: false, memo: true });

    // 李四's kit goes out for the same version; he dissents with reasons.
    const kb = await t.exportKit(caseId, b.memberId, memo.memoId);
    const kitB = await t.openKit(kb.path, b.keyPath);
    await t.laptop.call('experts.kitMemo', { kitId: kitB.kitId, decision: 'dissent', reasons: '收益分配比例论证不足。' });
    const rb = await t.writeReturn(kitB.kitId, b.keyPath);

    expect(await t.importReturn(caseId, ra.path)).toMatchObject({ records: [], memo: { memoId: memo.memoId, version: 1, decision: 'agree' } });
    expect(await t.importReturn(caseId, rb.path)).toMatchObject({ memo: { decision: 'dissent' } });
    const signed = (await t.office.call('memos.list', { caseId })).memos.find((m) => m.memoId === memo.memoId)!;
    expect(signed.status).toBe('locked');
    expect(signed.signatures.map((s) => [s.name, s.decision, s.reasons])).toEqual([['张三', 'agree', ''], ['李四', 'dissent', '收益分配比例论证不足。']]);

    // The signed PDF as today: verified in the app, and the filled 签字表 shows both.
    const out = await t.office.call('memos.export', { caseId, memoId: memo.memoId, format: 'signedPdf' });
    const signedPdf = path.join(t.office.dir, 'signed.pdf');
    fs.writeFileSync(signedPdf, t.office.services.files.getOutput(out.outputId).data);
    const v = await t.office.call('memos.verifyFile', { file: pathRef(signedPdf) });
    expect(v).toMatchObject({ allValid: true, version: 1 });
    expect(v.items.map((i) => [i.signer, i.valid])).toEqual([['张三（某大学）', true], ['李四（某大学）', true]]);
    const text = execFileSync('pdftotext', ['-layout', signedPdf, '-'], { encoding: 'utf8' });
    // The filled 签字表 in the incremental update names both signers and the dissent's reasons (lines wrap).
    const flat = text.replace(/\s+/g, '');
    for (const x of ['1张三同意', '2李四不同意见。', '理由：收益']) expect(flat).toContain(x);
    // And independently with OpenSSL 3 (SM2 with SM3, default ID).
    const bundle = t.office.services.memos.bundle(caseId, memo.memoId);
    const s = bundle.signatures.find((x) => JSON.parse(x.signedData).signer.name === '张三')!;
    const cert = bundle.certificates.find((c) => c.fingerprint === JSON.parse(s.signedData).signer.fingerprint)!;
    const dir = path.join(t.office.dir, 'ossl');
    expect(opensslVerifySm2(dir, cert, s.signedData, s.signature)).toContain('Signature Verified Successfully');
    const audit = (await t.office.call('cases.audit', { caseId, limit: 30 })).entries.filter((e) => e.action === 'memo.sign');
    expect(audit.map((e) => e.actor)).toEqual(expect.arrayContaining([expect.stringMatching(/导入 张三 的回执/)]));
  });

  it('refuses a memo signature for a version superseded since the kit went out, a tampered one, and a replay', async () => {
    const file = path.join(t.office.dir, 'memo2.rdcase');
    const { caseId } = await t.office.newCase({ title: '某市公共数据资源授权运营实施方案' }, file);
    const a = await t.expert(caseId, '张三', 'chair');
    const b = await t.expert(caseId, '李四');
    const v1 = await t.office.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: OPINION, conclusion: '同意。' } });
    const ka = await t.exportKit(caseId, a.memberId, v1.memoId);
    const kb = await t.exportKit(caseId, b.memberId, v1.memoId);
    const kitA = await t.openKit(ka.path, a.keyPath);
    await t.laptop.call('experts.kitMemo', { kitId: kitA.kitId, decision: 'agree', reasons: '' });
    const ra = await t.writeReturn(kitA.kitId, a.keyPath);
    const kitB = await t.openKit(kb.path, b.keyPath);
    await t.laptop.call('experts.kitMemo', { kitId: kitB.kitId, decision: 'agree', reasons: '' });
    const rb = await t.writeReturn(kitB.kitId, b.keyPath);

    // One byte of the signed memo text changed: the signature no longer verifies.
    const before = fs.readFileSync(file);
    const tampered = JSON.parse(fs.readFileSync(ra.path, 'utf8'));
    tampered.memo.signedData = tampered.memo.signedData.replace('"agree"', '"agreE"');
    const tp = path.join(t.usb, 'tampered.rdreturn');
    fs.writeFileSync(tp, JSON.stringify(tampered));
    expect(await codeOf(t.importReturn(caseId, tp))).toBe('KIT_RETURN_BAD_SIGNATURE');
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    await t.importReturn(caseId, ra.path);
    expect(await codeOf(t.importReturn(caseId, ra.path))).toBe('KIT_RETURN_DUPLICATE');
    // The memo is changed and fixed again as version 2: 李四 signed version 1, which is no longer current.
    await t.office.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: OPINION, conclusion: '同意该实施方案。' } });
    const mid = fs.readFileSync(file);
    await expect(t.importReturn(caseId, rb.path)).rejects.toMatchObject({ code: 'KIT_RETURN_MEMO', message: expect.stringContaining('已被新版本取代') });
    expect(fs.readFileSync(file).equals(mid)).toBe(true);
    expect(await codeOf(t.office.call('experts.exportKit', { caseId, memberId: b.memberId, memoId: v1.memoId }))).toBe('MEMO_LOCKED');
  });
});
