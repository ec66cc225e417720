import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { CORPUS_DIR } from '../helpers/reviewCorpus';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
// Text read back as one line, the page numbers (— 4 —) left out: a sentence may run over a page break.
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');

describe('memo content from the compliance review (issue 4)', () => {
  const app = testApp();
  afterAll(() => app.cleanup());

  it('prints the review findings, 修改意见, dissent and conclusion into the 专家论证意见 without typed input', async () => {
    const c = await app.newCase({ jurisdiction: 'qinhuangdao', title: '秦皇岛市公共数据授权运营实施方案' });
    const caseId = c.caseId;
    await app.call('review.run', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') } });
    const chair = await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
    const expert = await app.call('committee.save', { caseId, member: { name: '李专家', unit: '某研究院' } });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: chair.memberId, verdict: 'fails', comment: '无产品清单' });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: expert.memberId, verdict: 'mostly', comment: '附件中有初步清单' });
    await app.call('review.saveCommitteeVerdict', { caseId, itemId: 'plan.products', verdict: 'fails', comment: '须补充两大类清单' });
    // Without a conclusion the memo is refused, naming the section.
    await expect(app.call('memos.generate', { caseId, type: 'plan_opinion' })).rejects.toMatchObject({ code: 'MEMO_CONTENT_MISSING', message: expect.stringContaining('“结论”') });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    const draft = await app.call('review.draftOpinions', { caseId });
    await app.call('review.saveOpinions', { caseId, opinions: draft.opinions.slice(0, 3).map((o, i) => (i === 0 ? { ...o, text: '授权运营期限改为不超过三年。' } : o)) });

    const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion' });
    const out = app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId);
    const file = path.join(app.dir, 'review-memo.pdf');
    fs.writeFileSync(file, out.data);
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const s of ['逐项审查情况', '专家组审查结论：修改后通过。', '1．授权运营期限改为不超过三年。', '李专家（代录）对“', '基本符合（专家组意见为不符合），理由：附件中有初步清单。', '须补充两大类清单', '【红线】']) expect(text).toContain(flat(s));
    fs.mkdirSync('test-results/memos', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', file, 'test-results/memos/review-memo']);
  });

  it('never fills a 专家论证意见 on the plan from the review of the agreement: it says the plan is not reviewed and what to do', async () => {
    const c = await app.newCase({ jurisdiction: 'hebei', title: '某市公共数据授权运营实施方案评审' });
    const caseId = c.caseId;
    await app.call('documents.import', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') }, role: 'plan', target: 'new' });
    await app.call('review.run', { caseId, kind: 'agreement', file: { kind: 'path', path: path.join(CORPUS_DIR, 'agreement-cq-good.txt') } });
    await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass' });
    // The agreement's review (and its conclusion) is not the plan's: the memo is refused with the reason.
    const refused = app.call('memos.generate', { caseId, type: 'plan_opinion' });
    await expect(refused).rejects.toMatchObject({ code: 'MEMO_CONTENT_MISSING', message: expect.stringContaining('本案卷尚未审查实施方案') });
    await expect(refused).rejects.toMatchObject({ message: expect.stringContaining('请在“合规审查”页选择“实施方案”审查后再生成') });
    // Reviewing the plan puts its findings in.
    await app.call('review.run', { caseId, kind: 'plan' });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion' });
    const out = app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId);
    const file = path.join(app.dir, 'plan-after-agreement.pdf');
    fs.writeFileSync(file, out.data);
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(text).toContain(flat('专家组审查结论：修改后通过。'));
    expect(text).not.toContain('运营期限（不超过3年）');
  });
});
