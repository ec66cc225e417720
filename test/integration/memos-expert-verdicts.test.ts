import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../helpers/appPerTest';
import { CORPUS_DIR } from '../helpers/reviewCorpus';
import { output } from '../helpers/run';
import { createKeyFile } from '../../main/services/memos/keys';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
const app = testAppPerTest();
const flat = (s: string) => s.replace(/\s+/g, '');

// Walk 21: a 专家论证意见 printed from a review no expert had marked (every item's 结论 the automatic one) was signed by
// five experts without a word. The 专家委员会 assesses 合规性、可行性和安全风险 (Chongqing art. 11–12), each expert marking
// the checklist (DOMAIN §1): such a version is drafted with the reason shown, and signing it is refused, naming what to do.
it('a 专家论证意见 drafted from a review with no expert verdict says why it cannot be signed, refuses signing and 拒签, and signs once an expert has marked the checklist', async () => {
  const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao' });
  await app.call('documents.import', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-web-qhd.txt') }, role: 'plan' });
  const zs = await app.call('committee.save', { caseId, member: { name: '张三', unit: '某大学', title: '教授', role: 'chair' } });
  const run = await app.call('review.run', { caseId });
  const inputs = { opinion: '基本完整。', conclusion: '同意修改完善后报批。' };
  const bare = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs });
  expect(bare.cautions.join('')).toContain(`合规审查的 ${run.report!.items.length} 个审查项尚无任何专家意见`);
  expect(bare.cautions.join('')).toContain('请专家在“合规审查”页对各审查项逐项选择“符合/基本符合/不符合”');
  // the caution is not printed: the paper is the same document as before, only not signable
  const pdf = path.join(app.dir, 'bare.pdf');
  fs.writeFileSync(pdf, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: bare.memoId, format: 'pdf' })).outputId).data);
  expect(flat(await output('pdftotext', [pdf, '-']))).not.toContain('尚无任何专家意见');

  const keyFile = path.join(app.dir, 'zs.rdkey');
  fs.writeFileSync(keyFile, createKeyFile({ name: '张三', unit: '某大学', passphrase: 'pass-张三-1' }).keyFile);
  const key = { kind: 'path' as const, path: keyFile };
  await expect(app.call('memos.sign', { caseId, memoId: bare.memoId, key, passphrase: 'pass-张三-1' })).rejects.toMatchObject({
    code: 'MEMO_NOT_SIGNABLE',
    message: expect.stringMatching(/^《专家论证意见》第1版不能签署：合规审查的 \d+ 个审查项尚无任何专家意见.*重新生成意见书再签署。未作任何改动。$/),
  });
  await expect(app.call('memos.refuse', { caseId, memoId: bare.memoId, memberId: zs.memberId })).rejects.toMatchObject({ code: 'MEMO_NOT_SIGNABLE' });
  expect((await app.call('memos.list', { caseId })).memos[0]).toMatchObject({ status: 'draft', signatures: [] });

  // one expert verdict on the checklist: the regenerated draft is signable
  await app.call('review.saveVerdict', { caseId, itemId: run.report!.items[0].id, memberId: zs.memberId, verdict: 'conforms', comment: '' });
  const marked = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs });
  expect(marked.cautions).toEqual([]);
  expect((await app.call('memos.sign', { caseId, memoId: marked.memoId, key, passphrase: 'pass-张三-1' })).signatures.map((s) => s.name)).toEqual(['张三']);
});

it('a 专家论证意见 written without the app’s review (the experts’ own opinion typed in) carries no such caution', async () => {
  const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao' });
  await app.call('committee.save', { caseId, member: { name: '张三', unit: '某大学', title: '教授', role: 'chair' } });
  const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '基本完整。', conclusion: '同意修改完善后报批。' } });
  expect(memo.cautions).toEqual([]);
});
