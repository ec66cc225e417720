import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { CORPUS_DIR } from '../../helpers/reviewCorpus';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '');

describe('one-step rulings on checklist items and red lines, followed by the opinions and marked in the memo', () => {
  const app = testApp();
  afterAll(() => app.cleanup());

  it('an expert overrules a "missing" item with where the content is and why; a dismissed red line is marked in the memo, never a finding', async () => {
    const c = await app.newCase({ jurisdiction: 'qinhuangdao', title: '某市公共数据授权运营实施方案' });
    const caseId = c.caseId;
    const s = await app.call('review.run', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') } });
    expect(s.report!.items.find((i) => i.id === 'plan.supervision')!.status).toBe('missing');
    const present = s.report!.items.find((i) => i.status === 'present')!;

    // A "missing" overruled needs the location and the reason; a "present" finding is not ruled here.
    await expect(app.call('review.ruleFlag', { caseId, flagId: 'plan.supervision', ruling: 'dismissed', reason: '第十条已写明' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('内容所在位置') });
    await expect(app.call('review.ruleFlag', { caseId, flagId: 'plan.supervision', ruling: 'dismissed', reason: '', location: '第十条' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(app.call('review.ruleFlag', { caseId, flagId: present.id, ruling: 'dismissed', reason: '不对' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('无须改判') });
    const ruled = await app.call('review.ruleFlag', { caseId, flagId: 'plan.supervision', ruling: 'dismissed', reason: '监督和年度评估写在“保障措施”一节', location: '第十条 保障措施' });
    expect(ruled.flagRulings).toEqual([expect.objectContaining({ flagId: 'plan.supervision', target: 'item', ruling: 'dismissed', location: '第十条 保障措施', decidedBy: expect.any(String) })]);
    await app.call('review.ruleFlag', { caseId, flagId: 'pricing', ruling: 'dismissed', reason: '所指条款为成本补偿，已报价格主管部门核定' });
    await app.call('review.ruleFlag', { caseId, flagId: 'plan.products', ruling: 'upheld', reason: '只写了报批，没有清单' });

    // The drafted opinions follow the rulings: no opinion for the overruled item or the dismissed red line.
    const draft = (await app.call('review.draftOpinions', { caseId })).opinions.map((o) => o.itemId);
    expect(draft).not.toContain('plan.supervision');
    expect(draft).not.toContain('pricing');
    expect(draft).toContain('plan.products');
    expect(draft).toContain('term_over_3y');

    const audit = (await app.call('cases.audit', { caseId, limit: 50 })).entries.filter((e) => e.action === 'review.flagRuling');
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).toContain('第十条 保障措施');

    const content = await app.call('review.memoContent', { caseId });
    expect(content.flags.find((f) => f.id === 'pricing')!.ruling).toMatchObject({ ruling: 'dismissed' });
    expect(content.items.find((i) => i.id === 'plan.supervision')!.ruling).toMatchObject({ ruling: 'dismissed', location: '第十条 保障措施' });

    // The memo printed and read back: the dismissed red line is marked with who and why, and is not printed as 【红线】.
    await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    await app.call('review.saveOpinions', { caseId, opinions: (await app.call('review.draftOpinions', { caseId })).opinions });
    const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion' });
    const out = app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId);
    const file = path.join(app.dir, 'rulings-memo.pdf');
    fs.writeFileSync(file, out.data);
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(text).toContain(flat('【已排除】自动审查曾提示“公益用途收费或不执行政府指导价”'));
    expect(text).toContain(flat('核实改判不成立，理由：所指条款为成本补偿，已报价格主管部门核定。'));
    expect(text).not.toContain(flat('【红线】公益用途收费或不执行政府指导价'));
    expect(text).toContain(flat('【红线】授权运营期限超过3年'));
    expect(text).toContain(flat('内容见第十条保障措施'));
    fs.mkdirSync('test-results/memos', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, 'test-results/memos/rulings-memo']);
  });
});
