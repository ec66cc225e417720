import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createKeyFile } from '../../../main/services/memos/keys';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');

const app = testAppPerTest();

async function pdfText(outputId: string, name: string) {
  const file = path.join(app.dir, name);
  fs.writeFileSync(file, app.services.files.getOutput(outputId).data);
  return flat(await output('pdftotext', [file, '-']));
}

// Walk 21: 赵明 recused (worked for a bidder within three years) and the signed 评审报告's 签字表 listed them as “未签署”,
// as if a signature were missing. A recused member took no part: the page says 已回避, and nothing counts them as unsigned.
it('the 评审报告 says 已回避 for a recused member on the blank and the filled 签字表, and records neither a signature nor a refusal for them', async () => {
  const { caseId, members, scheme, applicants: [jia, yi] } = await selectionCase(app);
  const none = noneFor([jia, yi]);
  await app.call('selection.declare', { caseId, memberId: members[3].memberId, declarations: [none[0], { applicantId: yi.applicantId, relation: 'employed' }] });
  const sub = await app.call('selection.addSubstitute', { caseId, replacesMemberId: members[3].memberId, member: { name: '孙七', unit: '某研究院', title: '研究员', expertNo: '' }, reason: '赵四回避' });
  const sheet = Object.fromEntries([jia, yi].map((a, i) => [a.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * (0.8 - i / 10)]))]));
  for (const m of [...members.filter((_, i) => i !== 3).map((x) => x.memberId), sub.memberId]) {
    await app.call('selection.declare', { caseId, memberId: m, declarations: none });
    await app.call('selection.saveScores', { caseId, memberId: m, scores: sheet });
    await app.call('selection.submit', { caseId, memberId: m });
  }
  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  expect(memo.notSigning).toEqual([{ memberId: members[3].memberId, name: '赵四', reason: '已回避（与乙科技公司：三年内曾在该单位任职）' }]);
  // the blank 签字表 of the fixed PDF: no line to sign for 赵四
  const blank = await pdfText((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId, 'report.pdf');
  expect(blank.slice(blank.lastIndexOf('签字表')).split('已回避，无需签字').length - 1).toBe(1);
  // …on 赵四's row (read with its layout: pdftotext otherwise takes the 签字 column after the table)
  const rows = (await output('pdftotext', ['-layout', path.join(app.dir, 'report.pdf'), '-'])).split('\n').filter((l) => l.includes('已回避，无需签字'));
  expect(rows.map((l) => l.replace(/\s+/g, ''))).toEqual(['赵四某大学成员已回避，无需签字']);

  // 张一 signs; 赵四 can neither sign nor be recorded as refusing
  const key = (name: string) => {
    const f = path.join(app.dir, `${name}.rdkey`);
    fs.writeFileSync(f, createKeyFile({ name, unit: '某大学', passphrase: `pass-${name}-1` }).keyFile);
    return { kind: 'path' as const, path: f };
  };
  await app.call('memos.sign', { caseId, memoId: memo.memoId, key: key('张一'), passphrase: 'pass-张一-1' });
  await expect(app.call('memos.sign', { caseId, memoId: memo.memoId, key: key('赵四'), passphrase: 'pass-赵四-1' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('赵四已回避') });
  await expect(app.call('memos.refuse', { caseId, memoId: memo.memoId, memberId: members[3].memberId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('也不记为拒签') });
  const after = (await app.call('memos.list', { caseId })).memos[0];
  expect(after.signatures.map((s) => s.name)).toEqual(['张一']);

  // the filled 签字表: 已回避 for 赵四, 未签署 only for those who have yet to sign
  const page = await pdfText((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'signaturePage' })).outputId, 'sigpage.pdf');
  expect(page).toContain(flat('已回避（与乙科技公司：三年内曾在该单位任职），不参加评审，无需签署'));
  expect(page).not.toMatch(/赵四某大学未签署/);
  expect(page.split('未签署').length - 1).toBe(4); // 李二、王三、钱五、孙七
});
