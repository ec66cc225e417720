import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { createKeyFile } from '../../main/services/memos/keys';
import { splitSignedPdf } from '../../main/services/memos/bundle';
import { verifyReport } from '../../shared/memo/verifyReport';

// A memo PDF received on a stick, checked before it goes into a packet (memos.verifyFile, the 校验收到的意见书 card).
process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');

type App = ReturnType<typeof testApp>;
let app: App;
let caseId: string;
let v1: string;
const files: Record<string, string> = {};
const ref = (f: string) => ({ kind: 'path' as const, path: f });
const write = (name: string, data: Uint8Array | string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, data);
  return f;
};
const exported = async (memoId: string, format: 'pdf' | 'signedPdf' | 'sig', name: string) =>
  write(name, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId, format })).outputId).data);
const verify = (file: string, opts: { sig?: string; inCase?: boolean } = {}) =>
  app.call('memos.verifyFile', { file: ref(file), ...(opts.sig ? { sig: ref(opts.sig) } : {}), ...(opts.inCase ? { caseId } : {}) });

beforeAll(async () => {
  app = testApp();
  caseId = (await app.newCase({ title: '某市公共数据资源授权运营实施方案' })).caseId;
  for (const [name, role] of [['张三', 'chair'], ['李四', 'member']] as const) await app.call('committee.save', { caseId, member: { name, unit: '某大学', role } });
  v1 = (await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '方案内容基本完整。', conclusion: '同意修改完善后报批。' } })).memoId;
  for (const n of ['张三', '李四']) {
    const key = write(`${n}.rdkey`, createKeyFile({ name: n, unit: '某大学', passphrase: `pass-${n}-1` }).keyFile);
    await app.call('memos.sign', { caseId, memoId: v1, key: ref(key), passphrase: `pass-${n}-1`, decision: 'agree' });
  }
  files.signed = await exported(v1, 'signedPdf', 'signed.pdf');
  files.plain = await exported(v1, 'pdf', 'plain.pdf');
  files.sig = await exported(v1, 'sig', 'v1.rdsig.json');
}, 180_000);
afterAll(() => app.cleanup());

it('a signed PDF says who signed, when, with which key, and that nothing changed; in the case, against its registered keys and its version', async () => {
  const alone = await verify(files.signed);
  expect(alone).toMatchObject({ allValid: true, signaturesFrom: 'pdf', keysFrom: 'file', appendedAfterSigning: false, caseMemo: null });
  const r1 = verifyReport(alone);
  expect(r1.tone).toBe('warning'); // integrity proved, identity not: no case keys to hold the fingerprints against
  expect(r1.headline).toContain('全部 2 个签名有效');
  expect(r1.signers[0]).toMatch(/^有效：张三（某大学），\d{4}年\d+月\d+日 \d\d:\d\d（北京时间）签署，SM2\/SM3 密钥指纹 [0-9A-F ]{19}…，意见：同意$/);
  expect(r1.facts.join('')).toContain('签署后 PDF 未被改动');
  expect(r1.facts.join('')).toContain('不能证明签署人身份');

  const inCase = await verify(files.signed, { inCase: true });
  expect(inCase).toMatchObject({ allValid: true, keysFrom: 'case', caseMemo: { label: '专家论证意见', version: 1, status: 'locked', samePdf: true, signaturesInCase: 2 } });
  const r2 = verifyReport(inCase);
  expect(r2.tone).toBe('success');
  expect(r2.facts.join('')).toContain('与本案卷专家论证意见第1版定稿一致');
  expect(r2.advice).toEqual([]);
});

it('one changed byte of the signed PDF, or a change saved after the signatures, fails and says not to use it', async () => {
  const bytes = fs.readFileSync(files.signed);
  const t = Buffer.from(bytes);
  t[Math.floor(splitSignedPdf(bytes).pdf.length / 2)] ^= 0x01;
  const r = await verify(write('tampered.pdf', t));
  expect(r.allValid).toBe(false);
  expect(r.items.every((i) => i.problem === 'content')).toBe(true);
  const rep = verifyReport(r);
  expect(rep.tone).toBe('error');
  expect(rep.headline).toContain('校验未通过');
  expect(rep.advice.join('')).toContain('不要把这份文件放入会议材料');
  // Its very first byte changed ("%PDF-" no longer there): still a tampered signed memo, not "not a PDF".
  const head = Buffer.from(bytes);
  head[0] ^= 0x01;
  expect((await verify(write('head.pdf', head))).items.every((i) => i.problem === 'content')).toBe(true);

  // What a PDF editor does on save: an incremental update after the last byte. The signed bytes still verify, but a
  // reader shows the update: the file as a whole is not what was signed.
  const edited = Buffer.concat([bytes, Buffer.from('\n99 0 obj\n<< /Type /Annot /Subtype /FreeText /Contents (改) >>\nendobj\nstartxref\n12345\n%%EOF\n')]);
  const e = await verify(write('edited.pdf', edited));
  expect(e.items.every((i) => i.valid)).toBe(true);
  expect(e).toMatchObject({ appendedAfterSigning: true, allValid: false });
  expect(verifyReport(e).advice.join('')).toContain('签名之后文件末尾又被追加了内容');
});

it('an unsigned PDF is refused saying what to ask for; with its signature file it verifies; with another version\'s it says the two do not belong together', async () => {
  await expect(verify(files.plain)).rejects.toMatchObject({ code: 'MEMO_PDF_UNSIGNED', message: expect.stringContaining('.rdsig.json') });
  const withSig = await verify(files.plain, { sig: files.sig, inCase: true });
  expect(withSig).toMatchObject({ allValid: true, signaturesFrom: 'file' });
  expect(verifyReport(withSig).facts.join('')).toContain('签名取自所选的签名文件');

  // The memo is made again (version 2); the office pairs the new PDF with the old signature file.
  const v2 = (await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '方案内容完整。', conclusion: '同意报批。' } })).memoId;
  const plain2 = await exported(v2, 'pdf', 'plain2.pdf');
  const wrong = await verify(plain2, { sig: files.sig, inCase: true });
  expect(wrong.allValid).toBe(false);
  expect(wrong.caseMemo).toMatchObject({ version: 1, status: 'superseded', samePdf: false });
  const rep = verifyReport(wrong);
  expect(rep.advice[0]).toMatch(/^所选签名文件记录的是《.+》第1版的签名，与所选 PDF 不对应/);
  expect(rep.facts.join('')).toContain('该版本已被新版本取代');

  // The old signed PDF, still valid, is named as superseded: a warning, not a green light.
  const old = verifyReport(await verify(files.signed, { inCase: true }));
  expect(old.tone).toBe('warning');
  expect(old.facts.join('')).toContain('请使用最新版本');
});

it('a file that is not a PDF, or a damaged signature file, is refused with what to do', async () => {
  await expect(verify(write('memo.docx', Buffer.from('PK\x03\x04 not a pdf at all')))).rejects.toMatchObject({ code: 'MEMO_FILE_NOT_PDF', message: expect.stringContaining('已签署 PDF') });
  await expect(verify(files.plain, { sig: write('junk.rdsig.json', '{"format":') })).rejects.toMatchObject({ code: 'SIG_FILE_INVALID', message: expect.stringContaining('重新索取') });
});
