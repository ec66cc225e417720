import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../helpers/appPerTest';
import { output } from '../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');
const PLAN = ['秦皇岛市公共数据资源授权运营实施方案', '一、授权运营名称', '秦皇岛市公共数据资源授权运营（教育场景）。', '二、实施机构', '秦皇岛市数据和政务服务局负责组织实施。'].join('\n');

const app = testAppPerTest();

async function memoTexts(caseId: string, name: string) {
  const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion' });
  const texts: string[] = [];
  for (const format of ['pdf', 'docx'] as const) {
    const file = path.join(app.dir, `${name}.${format}`);
    fs.writeFileSync(file, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format })).outputId).data);
    texts.push(flat(format === 'pdf' ? await output('pdftotext', [file, '-']) : (await mammoth.extractRawText({ path: file })).value));
  }
  return texts;
}

// Walk 11: “专家组已形成意见 0 项” printed beside a 代录 note for 王组长's one verdict; a reader counts that verdict too.
it('the 专家论证意见 says what its count counts: the committee’s view (组长确认) apart from items with members’ own verdicts only (PDF and DOCX)', async () => {
  const { caseId } = await app.newCase({ title: '秦皇岛市公共数据资源授权运营实施方案', jurisdiction: 'qinhuangdao' });
  const file = path.join(app.dir, 'plan.txt');
  fs.writeFileSync(file, PLAN);
  const review = await app.call('review.run', { caseId, file: { kind: 'path', path: file } });
  const total = review.report!.items.length;
  const chair = await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '燕山大学', title: '教授' } });
  const li = await app.call('committee.save', { caseId, member: { name: '李专家', role: 'member', unit: '河北大学', title: '教授' } });
  // Neither has a key: the secretary enters their verdicts (代录) without a reason; nobody sets the committee's view.
  await app.call('review.saveVerdict', { caseId, itemId: 'plan.supervision', memberId: chair.memberId, verdict: 'fails', comment: '' });
  await app.call('review.saveVerdict', { caseId, itemId: 'plan.supervision', memberId: li.memberId, verdict: 'fails', comment: '' });
  await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: li.memberId, verdict: 'mostly', comment: '' });
  await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
  for (const text of await memoTexts(caseId, 'own-only')) {
    expect(text).toContain(flat(`共 ${total} 项，其中专家组（组长确认）已形成意见 0 项；另有 2 项仅有专家个人意见，专家组尚未形成意见。`));
    // The same 代录 note for both members is one sentence.
    expect(text).toContain(flat('注：李专家对 2 个、王组长对 1 个审查项的意见系代录：由李秘书根据纸质意见表录入（未注明纸质表格；成员未登记签名密钥，由秘书代录，未填写代录理由），非本人电子录入。'));
    expect(text.split('系代录：').length - 1).toBe(1);
    // The table row shows each member's own verdict where the chair set none (it showed only the automatic finding).
    expect(text).toContain(flat('专家个人意见（专家组尚未形成意见）：王组长（代录）不符合；李专家（代录）不符合'));
    expect(text).toContain(flat('专家个人意见（专家组尚未形成意见）：李专家（代录）基本符合'));
  }
  // The chair confirms the committee's view on both: nothing is left uncounted and the sentence is the plain one.
  await app.call('review.saveCommitteeVerdict', { caseId, itemId: 'plan.supervision', verdict: 'fails', comment: '缺少监督管理要求' });
  await app.call('review.saveCommitteeVerdict', { caseId, itemId: 'plan.products', verdict: 'mostly', comment: '' });
  for (const text of await memoTexts(caseId, 'confirmed')) {
    expect(text).toContain(flat(`共 ${total} 项，其中专家组已形成意见 2 项。`));
    expect(text).not.toContain('仅有专家个人意见');
    expect(text).not.toContain('专家个人意见（专家组尚未形成意见）');
  }
});
